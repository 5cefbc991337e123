package org.slumber.core;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.internal.client.ActingUser;
import java.util.function.Consumer;
import org.slumber.core.app.SlumberApp;
import org.slumber.core.auth.Accounts;
import org.slumber.core.internal.server.Assembly;
import org.slumber.core.internal.server.RunningServer;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;
import org.slumber.spi.hosting.HostProvider;
import org.slumber.spi.storage.Storage;
import org.slumber.spi.storage.StorageProvider;

/**
 * A running Slumber server: the apps it hosts, served over HTTP from storage. Made with
 * {@link #builder()}; closing it stops the host gracefully and closes the storage.
 *
 * <pre>{@code
 * try (Slumber server = Slumber.builder()
 *         .service("pizzas")
 *         .directory(Map.of("pizzas", "http://localhost:8000/slumber/pizzas/"))
 *         .start()) {
 *     server.awaitStop();
 * }
 * }</pre>
 *
 * <p>With the adapters on the class path and the settings in the environment,
 * {@code Slumber.builder().start()} alone starts a server.
 */
public final class Slumber implements AutoCloseable {

    private final RunningServer server;

    private Slumber(RunningServer server) {
        this.server = server;
    }

    /** A builder, starting from {@link Settings#load()} unless {@link Builder#settings} replaces them. */
    public static Builder builder() {
        return new Builder();
    }

    /** The address the host bound. */
    public InetSocketAddress address() {
        return server.address();
    }

    /** The port the host bound. */
    public int port() {
        return server.address().getPort();
    }

    /**
     * The absolute URL of this service's root on this machine ({@code http://localhost:8000/slumber/pizzas/}),
     * as the default directory names it; for tests and tools.
     */
    public String localUrl() {
        return "http://localhost:" + port() + server.registry().rootUrl();
    }

    /** The service map this server shows in its directory (null in plain mode without a directory). */
    public Map<String, String> services() {
        return server.directory().services();
    }

    /** This server's own client: its directory and signing key, for calling other services. */
    public SlumberClient client() {
        return server.client();
    }

    /**
     * Runs {@code work} acting for a user: requests the client sends meanwhile, on this thread,
     * carry {@code X-FOST-User: username}, so the remote service applies that user's permissions.
     */
    public static <T> T runAs(String username, Supplier<T> work) {
        return ActingUser.get(Objects.requireNonNull(username, "username"), work);
    }

    /** As {@link #runAs(String, Supplier)}, for work that returns nothing. */
    public static void runAs(String username, Runnable work) {
        ActingUser.run(Objects.requireNonNull(username, "username"), work);
    }

    /** Administration of the auth app's users, groups and permissions. */
    public Accounts accounts() {
        return server.accounts();
    }

    /** Blocks until the server is closed (by another thread or a shutdown hook). */
    public void awaitStop() throws InterruptedException {
        server.awaitStop();
    }

    /** Stops the host gracefully, then closes the storage. Idempotent. */
    @Override
    public void close() {
        server.close();
    }

    /** Internal: the running server, for the in-process client shortcut and tests. */
    RunningServer internals() {
        return server;
    }

    /**
     * Composes a server. Values set here win over the settings; adapters passed here win over
     * discovery. Not thread-safe; {@link #start()} may be called once.
     */
    public static final class Builder {

        private Settings settings;
        private final Map<Setting<?>, Object> overrides = new LinkedHashMap<>();
        private Storage storage;
        private StorageProvider storageProvider;
        private HostProvider hostProvider;
        private final List<SlumberApp> apps = new ArrayList<>();
        private final List<SlumberApp> permissionApps = new ArrayList<>();
        private boolean discoverApps = true;
        private Consumer<Accounts> onNewDatabase;
        private ClassLoader loader;

        private Builder() {
        }

        /** The settings to start from (default: {@link Settings#load()}). */
        public Builder settings(Settings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /** The service name (setting {@code slumber.service}). */
        public Builder service(String name) {
            return set(Setting.SERVICE, requireName(name));
        }

        /** The directory as a map of service names to absolute URLs or local app names. */
        public Builder directory(Map<String, String> services) {
            StringBuilder text = new StringBuilder();
            services.forEach((key, value) -> text.append(text.length() == 0 ? "" : ",").append(key).append('=')
                    .append(value));
            return set(Setting.DIRECTORY, text.toString());
        }

        /** The directory as the absolute URL of a directory document. */
        public Builder directory(String url) {
            if (url.contains("=") || url.contains(",")) {
                throw new IllegalArgumentException("a directory URL cannot contain '=' or ','; pass a map instead");
            }
            return set(Setting.DIRECTORY, url);
        }

        /** The port (setting {@code slumber.port}); 0 for any free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
            }
            return set(Setting.PORT, port);
        }

        /** Sets any setting in code. */
        public <T> Builder set(Setting<T> setting, T value) {
            overrides.put(Objects.requireNonNull(setting, "setting"), value);
            return this;
        }

        /** An open storage to use instead of opening one; the server closes it when it stops. */
        public Builder storage(Storage value) {
            this.storage = Objects.requireNonNull(value, "storage");
            return this;
        }

        /** A storage provider to use instead of discovering one. */
        public Builder storage(StorageProvider value) {
            this.storageProvider = Objects.requireNonNull(value, "storage provider");
            return this;
        }

        /** A host provider to use instead of discovering one. */
        public Builder host(HostProvider value) {
            this.hostProvider = Objects.requireNonNull(value, "host provider");
            return this;
        }

        /** Registers an app in code (in addition to those found with ServiceLoader). */
        public Builder app(SlumberApp app) {
            apps.add(Objects.requireNonNull(app, "app"));
            return this;
        }

        /**
         * Keeps the permissions of an app this server does not host: for an auth service, the
         * apps of the services that use it as their remote authentication backend, so that their
         * permissions can be granted here.
         */
        public Builder permissionsOf(SlumberApp app) {
            permissionApps.add(Objects.requireNonNull(app, "app"));
            return this;
        }

        /** Whether to add the apps listed in {@code META-INF/services/org.slumber.core.app.SlumberApp} (default true). */
        public Builder discoverApps(boolean value) {
            this.discoverApps = value;
            return this;
        }

        /** Called once the schema has been created in a new database, to create the first accounts. */
        public Builder onNewDatabase(Consumer<Accounts> action) {
            this.onNewDatabase = Objects.requireNonNull(action, "action");
            return this;
        }

        /** The class loader searched for adapters and apps (default: the thread's context class loader). */
        public Builder classLoader(ClassLoader value) {
            this.loader = Objects.requireNonNull(value, "class loader");
            return this;
        }

        /**
         * Starts the server: compiles the apps, opens storage and creates the schema, starts the
         * host. Returns once requests are accepted.
         *
         * @throws SlumberConfigurationException for a setting, app or adapter that needs fixing
         */
        public Slumber start() {
            Settings effective = settings != null ? settings : Settings.load();
            for (Map.Entry<Setting<?>, Object> entry : overrides.entrySet()) {
                effective = with(effective, entry.getKey(), entry.getValue());
            }
            ClassLoader classLoader = loader != null ? loader : Thread.currentThread().getContextClassLoader();
            return new Slumber(Assembly.start(new Assembly.Blueprint(effective, storage, storageProvider, hostProvider,
                    List.copyOf(apps), List.copyOf(permissionApps), discoverApps, onNewDatabase, classLoader)));
        }

        @SuppressWarnings("unchecked")
        private static <T> Settings with(Settings settings, Setting<T> setting, Object value) {
            return settings.with(setting, (T) value);
        }

        private static String requireName(String name) {
            if (name == null || !name.matches("[A-Za-z0-9_.-]+")) {
                throw new IllegalArgumentException("a service name is letters, digits, '_', '.' and '-', got " + name);
            }
            return name;
        }
    }
}
