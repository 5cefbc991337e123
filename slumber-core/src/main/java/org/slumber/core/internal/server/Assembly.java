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
import org.slumber.core.client.SlumberClient;
import org.slumber.core.internal.auth.RemoteAuthBackend;
import org.slumber.core.internal.client.InProcessHosts;
import org.slumber.core.auth.PasswordHasher;
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
    private static final java.time.Duration REMOTE_AUTH_TTL = java.time.Duration.ofSeconds(120);

    /**
     * What to start.
     *
     * @param settings        the settings (already merged with builder values)
     * @param storage         an open storage to use, or null
     * @param storageProvider a storage provider to use, or null to discover one
     * @param hostProvider    a host provider to use, or null to discover one
     * @param apps            apps registered in code
     * @param permissionApps  apps hosted elsewhere whose models' permissions this server keeps
     * @param discoverApps    whether to add the apps found with ServiceLoader
     * @param onNewDatabase   called with the accounts when the schema was just created, or null
     * @param loader          the class loader to search
     */
    public record Blueprint(Settings settings, Storage storage, StorageProvider storageProvider,
                            HostProvider hostProvider, List<SlumberApp> apps, List<SlumberApp> permissionApps,
                            boolean discoverApps, Consumer<Accounts> onNewDatabase, ClassLoader loader) {
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
        Registry registry = compile(blueprint, settings, mountPoint, rootUrl, backend);
        AtomicReference<Directory> directory = new AtomicReference<>(Directory.parse(service,
                settings.get(Setting.DIRECTORY), "http://localhost:" + settings.get(Setting.PORT) + rootUrl,
                app -> registry.app(app) != null));
        AtomicReference<SlumberClient> client = new AtomicReference<>();

        Storage storage = blueprint.storage() != null ? blueprint.storage() : openStorage(blueprint);
        try {
            boolean fresh = storage.createSchema(registry.schema());
            AuthModels authModels = AuthModels.of(registry);
            PermissionSync.run(storage, registry, authModels,
                    blueprint.permissionApps().stream().map(AppDeclaration::of).toList());
            PasswordHasher hasher = new PasswordHasher(settings.get(Setting.PASSWORD_ITERATIONS));
            LocalAuthBackend local = new LocalAuthBackend(storage, authModels, hasher,
                    settings.get(Setting.AUTH_CACHE_TTL));
            LocalAccounts accounts = new LocalAccounts(storage, authModels, hasher, local::forgetUsers);
            boolean remoteAuth = settings.get(Setting.AUTH_BACKEND).equals("remote");
            backend.set(remoteAuth ? new RemoteAuthBackend(client::get, settings.get(Setting.AUTH_APP), accounts,
                    local, REMOTE_AUTH_TTL) : local);
            if (fresh && blueprint.onNewDatabase() != null) {
                blueprint.onNewDatabase().accept(accounts);
            }
            RemoteReferences remote = new RemoteReferences(() -> directory.get().services(), client::get);
            ServerContext context = new ServerContext(registry, storage, new Documents(remote::show),
                    new InputReader(hasher, remote), backend.get(), remote, PAGE_SIZE);
            Router router = new Router(context, authenticator(settings, service, backend.get()), directory.get(),
                    settings.get(Setting.MISS_SIGN_DELAY).toMillis());
            // the client exists before the host accepts requests; with port 0 it is made again
            // once the port is known
            client.set(client(settings, directory.get(), blueprint.loader()));
            Host host;
            try {
                host = startHost(blueprint, settings, router);
            } catch (RuntimeException | Error e) {
                client.get().close();
                throw e;
            }
            try {
                if (settings.get(Setting.DIRECTORY) == null && service != null && settings.get(Setting.PORT) == 0) {
                    directory.set(Directory.parse(service, null, "http://localhost:" + host.port() + rootUrl,
                            app -> registry.app(app) != null));
                    router.directory(directory.get());
                    SlumberClient first = client.getAndSet(client(settings, directory.get(), blueprint.loader()));
                    first.close();
                }
                if (directory.get().documentUrl() != null) {
                    directory.set(fetchDirectory(directory.get(), client.get(), remoteAuth));
                    router.directory(directory.get());
                }
                if (remoteAuth) {
                    RemoteAuthBackend.requireAuthService(client.get());
                }
                InProcessHosts.Registration registration = InProcessHosts.register(origins(directory.get(), host),
                        router);
                LOG.info("Slumber {} on http://{}:{}{} ({} apps, {} models, {} auth) started in {} ms", name,
                        settings.get(Setting.HOST), host.port(), rootUrl, registry.apps().size(),
                        registry.models().size(), remoteAuth ? "remote" : "local",
                        (System.nanoTime() - started) / 1_000_000);
                return new RunningServer(name, host, storage, router, registry, directory.get(), accounts,
                        client.get(), registration);
            } catch (RuntimeException | Error e) {
                host.close();
                client.get().close();
                throw e;
            }
        } catch (RuntimeException | Error e) {
            storage.close();
            throw e;
        }
    }

    private static Registry compile(Blueprint blueprint, Settings settings, String mountPoint, String rootUrl,
                                    AtomicReference<AuthBackend> backend) {
        List<AppDeclaration> declarations = new ArrayList<>();
        declarations.add(AppDeclaration.of(new AuthAppDefinition(settings.get(Setting.AUTH_APP), backend::get,
                new GetProfileOperation())));
        for (SlumberApp app : apps(blueprint)) {
            declarations.add(AppDeclaration.of(app));
        }
        return new RegistryCompiler(mountPoint, rootUrl, settings.get(Setting.AUTH_APP), BuiltInOperations.all())
                .compile(declarations);
    }

    private static Authenticator authenticator(Settings settings, String service, AuthBackend backend) {
        if (settings.get(Setting.DEV_USER) != null) {
            LOG.warn("Local development access is ON: requests from the loopback address without credentials "
                    + "act as user '{}'. Never use this in production; unset {} to turn it off.",
                    settings.get(Setting.DEV_USER), Setting.DEV_USER.environmentVariable());
        }
        return new Authenticator(secrets(settings, service), settings.get(Setting.CLOCK_SKEW), Clock.systemUTC(),
                backend, settings.get(Setting.BASIC_AUTH), settings.get(Setting.DEV_USER),
                settings.get(Setting.AUTH_CACHE_TTL));
    }

    /** The server's own client: its directory, its signing key, its settings' timeouts. */
    private static SlumberClient client(Settings settings, Directory directory, ClassLoader loader) {
        SlumberClient.Builder builder = SlumberClient.builder().settings(settings).classLoader(loader);
        if (directory.documentUrl() != null) {
            builder.directory(directory.documentUrl().toString());
        } else {
            builder.services(directory.services() == null ? Map.of() : directory.services());
        }
        return builder.build();
    }

    /**
     * Reads a URL-form directory's document, so the application list shows every service. The
     * remote authentication backend needs it at once; otherwise a directory that cannot be
     * read yet is read later, by the client, on first use.
     */
    private static Directory fetchDirectory(Directory directory, SlumberClient client, boolean required) {
        try {
            return directory.withFetchedServices(client.serviceUrls());
        } catch (RuntimeException e) {
            if (required) {
                throw new SlumberConfigurationException("Setting slumber.auth.backend is remote, so the directory "
                        + "at " + directory.documentUrl() + " (setting slumber.directory) must be readable at "
                        + "start-up to find the auth service: " + e.getMessage(), e);
            }
            LOG.warn("Cannot read the directory at {} yet ({}); the client will read it on first use",
                    directory.documentUrl(), e.getMessage());
            return directory;
        }
    }

    /**
     * The origins the in-process shortcut answers for: loopback on the bound port and, with a
     * directory map, the service's own URL (a URL-form directory only guesses it).
     */
    private static List<String> origins(Directory directory, Host host) {
        List<String> origins = new ArrayList<>();
        origins.add("http://localhost:" + host.port() + "/");
        origins.add("http://127.0.0.1:" + host.port() + "/");
        if (directory.service() != null && directory.services() != null && directory.documentUrl() == null) {
            String own = directory.services().get(directory.service());
            if (own != null) {
                origins.add(own);
            }
        }
        return origins;
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

}
