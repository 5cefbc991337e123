package org.slumber.core.internal.server;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slumber.core.SlumberConfigurationException;
import org.slumber.core.app.SlumberApp;
import org.slumber.core.auth.Accounts;
import org.slumber.core.auth.PasswordHasher;
import org.slumber.core.client.SlumberScheme;
import org.slumber.core.internal.auth.AuthAppDefinition;
import org.slumber.core.internal.auth.AuthBackend;
import org.slumber.core.internal.auth.AuthModels;
import org.slumber.core.internal.auth.Authenticator;
import org.slumber.core.internal.auth.LocalAccounts;
import org.slumber.core.internal.auth.LocalAuthBackend;
import org.slumber.core.internal.auth.PermissionSync;
import org.slumber.core.internal.discovery.Adapters;
import org.slumber.core.internal.discovery.Role;
import org.slumber.core.internal.model.AppDeclaration;
import org.slumber.core.internal.model.Registry;
import org.slumber.core.internal.model.RegistryCompiler;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;
import org.slumber.spi.hosting.Host;
import org.slumber.spi.hosting.HostProvider;
import org.slumber.spi.hosting.HostSettings;
import org.slumber.spi.storage.Storage;
import org.slumber.spi.storage.StorageProvider;
import org.slumber.spi.storage.StorageSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Puts a server together from a {@link Blueprint} and starts it. */
public final class Assembly {

    private static final Logger LOG = LoggerFactory.getLogger(Assembly.class);
    private static final int PAGE_SIZE = 10;

    /**
     * What to start.
     *
     * @param settings        the settings (already merged with builder values)
     * @param storage         an open storage to use, or null
     * @param storageProvider a storage provider to use, or null to discover one
     * @param hostProvider    a host provider to use, or null to discover one
     * @param apps            apps registered in code
     * @param discoverApps    whether to add the apps found with ServiceLoader
     * @param onNewDatabase   called with the accounts when the schema was just created, or null
     * @param loader          the class loader to search
     */
    public record Blueprint(Settings settings, Storage storage, StorageProvider storageProvider,
                            HostProvider hostProvider, List<SlumberApp> apps, boolean discoverApps,
                            Consumer<Accounts> onNewDatabase, ClassLoader loader) {
    }

    private Assembly() {
    }

    /** Starts the server the blueprint describes. */
    public static RunningServer start(Blueprint blueprint) {
        long started = System.nanoTime();
        Settings settings = blueprint.settings();
        String service = settings.get(Setting.SERVICE);
        String mountPoint = settings.get(Setting.MOUNT);
        String rootUrl = service == null ? mountPoint : mountPoint + service + "/";
        String name = service == null ? "server at " + mountPoint : "service " + service;

        AtomicReference<AuthBackend> backend = new AtomicReference<>();
        List<AppDeclaration> declarations = new ArrayList<>();
        declarations.add(AppDeclaration.of(new AuthAppDefinition(settings.get(Setting.AUTH_APP), backend::get,
                new GetProfileOperation())));
        for (SlumberApp app : apps(blueprint)) {
            declarations.add(AppDeclaration.of(app));
        }
        Registry registry = new RegistryCompiler(mountPoint, rootUrl, settings.get(Setting.AUTH_APP),
                BuiltInOperations.all()).compile(declarations);
        Directory directory = Directory.parse(service, settings.get(Setting.DIRECTORY),
                "http://localhost:" + settings.get(Setting.PORT) + rootUrl, app -> registry.app(app) != null);

        Storage storage = blueprint.storage() != null ? blueprint.storage() : openStorage(blueprint);
        try {
            boolean fresh = storage.createSchema(registry.schema());
            AuthModels authModels = AuthModels.of(registry);
            PermissionSync.run(storage, registry, authModels);
            PasswordHasher hasher = new PasswordHasher(settings.get(Setting.PASSWORD_ITERATIONS));
            LocalAuthBackend local = new LocalAuthBackend(storage, authModels, hasher,
                    settings.get(Setting.AUTH_CACHE_TTL));
            backend.set(local);
            Accounts accounts = new LocalAccounts(storage, authModels, hasher, local::forgetUsers);
            if (fresh && blueprint.onNewDatabase() != null) {
                blueprint.onNewDatabase().accept(accounts);
            }
            Authenticator authenticator = new Authenticator(secrets(settings, service), settings.get(Setting.CLOCK_SKEW),
                    Clock.systemUTC(), local, settings.get(Setting.BASIC_AUTH), settings.get(Setting.DEV_USER),
                    settings.get(Setting.AUTH_CACHE_TTL));
            if (settings.get(Setting.DEV_USER) != null) {
                LOG.warn("Local development access is ON: requests from the loopback address without credentials "
                        + "act as user '{}'. Never use this in production; unset {} to turn it off.",
                        settings.get(Setting.DEV_USER), Setting.DEV_USER.environmentVariable());
            }
            AtomicReference<Directory> known = new AtomicReference<>(directory);
            Documents documents = new Documents(url -> showRemoteReference(url, known.get()));
            InputReader input = new InputReader(hasher, url -> storeRemoteReference(url, known.get()));
            ServerContext context = new ServerContext(registry, storage, documents, input, local, PAGE_SIZE);
            Router router = new Router(context, authenticator, directory, settings.get(Setting.MISS_SIGN_DELAY).toMillis());
            Host host = startHost(blueprint, settings, router);
            if (settings.get(Setting.DIRECTORY) == null && service != null && settings.get(Setting.PORT) == 0) {
                directory = Directory.parse(service, null, "http://localhost:" + host.port() + rootUrl,
                        app -> registry.app(app) != null);
                router.directory(directory);
                known.set(directory);
            }
            LOG.info("Slumber {} on http://{}:{}{} ({} apps, {} models) started in {} ms", name,
                    settings.get(Setting.HOST), host.port(), rootUrl, registry.apps().size(), registry.models().size(),
                    (System.nanoTime() - started) / 1_000_000);
            return new RunningServer(name, host, storage, router, registry, directory, accounts);
        } catch (RuntimeException | Error e) {
            storage.close();
            throw e;
        }
    }

    private static List<SlumberApp> apps(Blueprint blueprint) {
        List<SlumberApp> apps = new ArrayList<>(blueprint.apps());
        if (blueprint.discoverApps()) {
            try {
                for (SlumberApp app : ServiceLoader.load(SlumberApp.class, blueprint.loader())) {
                    apps.add(app);
                }
            } catch (ServiceConfigurationError e) {
                throw new SlumberConfigurationException("An app listed in META-INF/services/"
                        + SlumberApp.class.getName() + " cannot be loaded: " + e.getMessage()
                        + ". Fix the class (it needs a public no-argument constructor) or its services entry.", e);
            }
        }
        return apps;
    }

    private static Storage openStorage(Blueprint blueprint) {
        Settings settings = blueprint.settings();
        StorageSettings storageSettings = new StorageSettings(settings.get(Setting.DATABASE_URL),
                settings.get(Setting.DATABASE_USER), settings.get(Setting.DATABASE_PASSWORD),
                settings.get(Setting.DATABASE_POOL_SIZE), Map.of());
        StorageProvider provider = blueprint.storageProvider() != null ? blueprint.storageProvider()
                : Adapters.find(Role.STORAGE, settings, storageSettings, blueprint.loader());
        return provider.open(storageSettings);
    }

    private static Host startHost(Blueprint blueprint, Settings settings, Router router) {
        HostProvider provider = blueprint.hostProvider() != null ? blueprint.hostProvider()
                : Adapters.find(Role.HOSTING, settings, null, blueprint.loader());
        HostSettings hostSettings = new HostSettings(settings.get(Setting.HOST), settings.get(Setting.PORT),
                settings.get(Setting.THREADS), settings.get(Setting.MAX_BODY_BYTES), settings.get(Setting.IDLE_TIMEOUT),
                settings.get(Setting.STOP_TIMEOUT));
        try {
            return provider.start(hostSettings, router);
        } catch (IOException e) {
            throw new SlumberConfigurationException("Cannot listen on " + hostSettings.host() + ":"
                    + hostSettings.port() + " (" + e.getMessage() + "); choose another port with "
                    + Setting.PORT.environmentVariable() + " or " + Setting.PORT.key(), e);
        }
    }

    /** The signing keys this server accepts: {@code slumber.keys}, plus its own key when it has a secret. */
    static Map<String, String> secrets(Settings settings, String service) {
        Map<String, String> secrets = new LinkedHashMap<>(settings.get(Setting.KEYS));
        String secret = settings.get(Setting.SECRET);
        if (secret != null) {
            String key = settings.get(Setting.KEY) != null ? settings.get(Setting.KEY) : service;
            if (key == null) {
                throw new SlumberConfigurationException("Setting slumber.secret is set but there is no key to "
                        + "sign with: set slumber.key (or slumber.service, which it defaults to)");
            }
            secrets.put(key, secret);
        }
        return secrets;
    }

    /**
     * The stored form of a remote reference: an absolute http(s) or slumber:// URL ending in '/',
     * in slumber:// form when a service of the directory matches; a slumber:// URL must name a
     * known service.
     */
    private static String storeRemoteReference(String url, Directory directory) {
        boolean known = url.startsWith(SlumberScheme.PREFIX) || url.startsWith("http://")
                || url.startsWith("https://");
        if (!known || !url.endsWith("/")) {
            throw new IllegalArgumentException("expects an absolute or slumber:// URL of an instance, ending in '/'");
        }
        if (url.startsWith(SlumberScheme.PREFIX)) {
            SlumberScheme.fromSlumberScheme(url, directory.services());
            return url;
        }
        return SlumberScheme.toSlumberScheme(url, directory.services());
    }

    /** The wire form of a stored remote reference: its absolute URL (unchanged when no service matches). */
    private static String showRemoteReference(String stored, Directory directory) {
        try {
            return SlumberScheme.fromSlumberScheme(stored, directory.services());
        } catch (IllegalArgumentException e) {
            return stored;
        }
    }
}
