package org.slumber.core.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.slumber.core.SlumberConfigurationException;
import org.slumber.core.internal.client.Agent;
import org.slumber.core.internal.client.InProcessTransport;
import org.slumber.core.internal.client.NetworkTransport;
import org.slumber.core.internal.client.TransportHolder;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;
import org.slumber.spi.transport.Transport;
import org.slumber.spi.transport.TransportProvider;
import org.slumber.spi.transport.TransportSettings;

/**
 * The entry point of the client (client.md): made from the process's settings, or from an
 * explicit directory URL or service map. Thread-safe; close it to release the transport's
 * connections.
 *
 * <pre>{@code
 * try (SlumberClient client = SlumberClient.builder()
 *         .services(Map.of("pizzas", "http://localhost:8000/slumber/pizzas/"))
 *         .signing("service", secret)
 *         .build()) {
 *     RemoteModel pizzas = client.service("pizzas").app("slumber_examples").model("Pizza");
 * }
 * }</pre>
 */
public final class SlumberClient implements AutoCloseable {

    private final ClientContext context;
    private final TransportHolder transport;

    private SlumberClient(ClientContext context, TransportHolder transport) {
        this.context = context;
        this.transport = transport;
    }

    /** A client from {@link Settings#load()}: directory, signing key and secret, timeouts. */
    public static SlumberClient fromSettings() {
        return builder().settings(Settings.load()).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The service of this name.
     *
     * @throws RemoteLookupException naming the known services when there is none
     */
    public RemoteService service(String name) {
        String url = context.directory.services().get(name);
        if (url == null) {
            throw new RemoteLookupException("No service " + name + " in " + context.directory.source()
                    + "; it lists " + new TreeSet<>(context.directory.services().keySet()));
        }
        return new RemoteService(context, name, url);
    }

    /**
     * The one service of a plain directory (a directory URL that is a service's application list).
     *
     * @throws RemoteLookupException when the directory lists named services
     */
    public RemoteService service() {
        Map<String, String> services = context.directory.services();
        String url = services.get(ServiceDirectory.PLAIN);
        if (url == null) {
            throw new RemoteLookupException(context.directory.source() + " lists named services "
                    + new TreeSet<>(services.keySet()) + "; ask for one with service(name)");
        }
        return new RemoteService(context, ServiceDirectory.PLAIN, url);
    }

    /** The names of the directory's services (empty string for a plain directory's one). */
    public Set<String> services() {
        return Collections.unmodifiableSet(context.directory.services().keySet());
    }

    /** Service name to absolute URL. */
    public Map<String, String> serviceUrls() {
        return context.directory.services();
    }

    /** The model at an absolute URL. */
    public RemoteModel modelAt(String url) {
        return new RemoteModel(context, url, null);
    }

    /** The instance at an absolute URL (or a {@code slumber://} URL), without fetching it. */
    public RemoteInstance instanceAt(String url) {
        return context.instance(SlumberScheme.fromSlumberScheme(url, context.directory.services()), null);
    }

    /** The user agent all of this client's requests go through. */
    public UserAgent userAgent() {
        return context.agent;
    }

    /** How many requests this client has sent (in-process ones included). */
    public long requestCount() {
        return context.agent.requestCount();
    }

    /** Closes the transport, if one was opened. */
    @Override
    public void close() {
        transport.close();
    }

    /** Composes a client. Not thread-safe. */
    public static final class Builder {

        private Settings settings;
        private Map<String, String> services;
        private String directoryUrl;
        private Transport transport;
        private TransportProvider transportProvider;
        private String key;
        private String secret;
        private boolean unsigned;
        private final List<ClientConfigurer> configurers = new java.util.ArrayList<>();
        private boolean discoverConfigurers = true;
        private boolean inProcess = true;
        private Integer retries;
        private ClassLoader loader;

        private Builder() {
        }

        /** Settings for the directory, signing and timeouts (default: {@link Settings#defaults()}). */
        public Builder settings(Settings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /** A service map: service name to absolute URL. */
        public Builder services(Map<String, String> value) {
            this.services = new LinkedHashMap<>(Objects.requireNonNull(value, "services"));
            this.directoryUrl = null;
            return this;
        }

        /** A directory URL: any document with {@code {"services": {...}}}, or a service's application list. */
        public Builder directory(String url) {
            this.directoryUrl = Objects.requireNonNull(url, "url");
            this.services = null;
            return this;
        }

        /** Signs every request with this key and secret (default: from the settings). */
        public Builder signing(String signingKey, String signingSecret) {
            this.key = Objects.requireNonNull(signingKey, "key");
            this.secret = Objects.requireNonNull(signingSecret, "secret");
            this.unsigned = false;
            return this;
        }

        /** Sends requests unsigned (only the service directory answers those). */
        public Builder unsigned() {
            this.unsigned = true;
            return this;
        }

        /** The transport to send through (default: discovered, on first use). */
        public Builder transport(Transport value) {
            this.transport = Objects.requireNonNull(value, "transport");
            return this;
        }

        /** The transport provider to open a transport from (default: discovered). */
        public Builder transport(TransportProvider value) {
            this.transportProvider = Objects.requireNonNull(value, "transport provider");
            return this;
        }

        /**
         * Whether requests for servers running in this JVM skip the network (default true). Turn
         * it off to send every request through the transport, as to a server elsewhere.
         */
        public Builder inProcess(boolean value) {
            this.inProcess = value;
            return this;
        }

        /** How often a GET is sent again after a connection failure or a 5xx (default: setting slumber.client.retries, 3). */
        public Builder retries(int count) {
            if (count < 0 || count > 10) {
                throw new IllegalArgumentException("retries must be 0 to 10, got " + count);
            }
            this.retries = count;
            return this;
        }

        /** Registers proxies and cache times (in addition to the configurers found with ServiceLoader). */
        public Builder configure(ClientConfigurer configurer) {
            configurers.add(Objects.requireNonNull(configurer, "configurer"));
            return this;
        }

        /** Whether to run the ClientConfigurers listed in META-INF/services (default true). */
        public Builder discoverConfigurers(boolean value) {
            this.discoverConfigurers = value;
            return this;
        }

        /** The class loader searched for configurers and the transport. */
        public Builder classLoader(ClassLoader value) {
            this.loader = Objects.requireNonNull(value, "class loader");
            return this;
        }

        /**
         * Builds the client. Nothing is fetched yet: a directory URL is read on first use.
         *
         * @throws SlumberConfigurationException when no directory is given
         */
        public SlumberClient build() {
            Settings effective = settings != null ? settings : Settings.defaults();
            ClassLoader classLoader = loader != null ? loader : Thread.currentThread().getContextClassLoader();
            String[] credentials = credentials(effective);
            TransportSettings transportSettings = new TransportSettings(
                    effective.get(Setting.CLIENT_CONNECT_TIMEOUT), effective.get(Setting.CLIENT_RESPONSE_TIMEOUT),
                    effective.get(Setting.CLIENT_MAX_CONNECTIONS),
                    Math.min(effective.get(Setting.CLIENT_MAX_CONNECTIONS_PER_ROUTE),
                            effective.get(Setting.CLIENT_MAX_CONNECTIONS)));
            TransportHolder holder = new TransportHolder(transport, transportProvider, effective, transportSettings,
                    classLoader);
            Transport route = inProcess ? new InProcessTransport(transportSettings.responseTimeout(), holder::get)
                    : new NetworkTransport(holder);
            java.util.concurrent.atomic.AtomicReference<ServiceDirectory> directoryRef =
                    new java.util.concurrent.atomic.AtomicReference<>();
            Agent agent = new Agent(credentials[0], credentials[1], inProcess,
                    url -> directoryRef.get() == null || directoryRef.get().trusts(url), route,
                    retries != null ? retries : effective.get(Setting.CLIENT_RETRIES));
            ClientConfig config = new ClientConfig();
            BuiltInProxies.register(config, effective.get(Setting.AUTH_APP));
            if (discoverConfigurers) {
                try {
                    for (ClientConfigurer configurer : ServiceLoader.load(ClientConfigurer.class, classLoader)) {
                        configurer.configure(config);
                    }
                } catch (ServiceConfigurationError e) {
                    throw new SlumberConfigurationException("A ClientConfigurer listed in META-INF/services/"
                            + ClientConfigurer.class.getName() + " cannot be loaded: " + e.getMessage(), e);
                }
            }
            configurers.forEach(configurer -> configurer.configure(config));
            config.freeze();
            ServiceDirectory directory = directory(effective, agent);
            directoryRef.set(directory);
            return new SlumberClient(new ClientContext(agent, config, directory,
                    effective.get(Setting.CLIENT_METADATA_TTL)), holder);
        }

        /** The signing key and secret, or nulls for unsigned requests. */
        private String[] credentials(Settings effective) {
            if (unsigned) {
                return new String[2];
            }
            if (key != null) {
                return new String[] {key, secret};
            }
            String settingsSecret = effective.get(Setting.SECRET);
            if (settingsSecret == null) {
                return new String[2];
            }
            String settingsKey = effective.get(Setting.KEY) != null ? effective.get(Setting.KEY)
                    : effective.get(Setting.SERVICE);
            if (settingsKey == null) {
                throw new SlumberConfigurationException("Setting slumber.secret is set but there is no key to sign "
                        + "with: set slumber.key (or slumber.service, which it defaults to)");
            }
            return new String[] {settingsKey, settingsSecret};
        }

        private ServiceDirectory directory(Settings effective, Agent agent) {
            if (services != null) {
                return ServiceDirectory.of(services);
            }
            if (directoryUrl != null) {
                return ServiceDirectory.at(directoryUrl, agent);
            }
            String setting = effective.get(Setting.DIRECTORY);
            if (setting == null || setting.isBlank()) {
                throw new SlumberConfigurationException("The client has no directory: set slumber.directory (a "
                        + "directory URL or a map name=url,...), or call directory(url) or services(map)");
            }
            if (!setting.contains("=")) {
                return ServiceDirectory.at(setting.trim(), agent);
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (String entry : setting.split(",")) {
                int equals = entry.indexOf('=');
                if (equals <= 0) {
                    throw new SlumberConfigurationException("Setting slumber.directory has the entry '" + entry
                            + "'; each entry of a directory map is name=url");
                }
                map.put(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
            }
            return ServiceDirectory.of(map);
        }
    }
}
