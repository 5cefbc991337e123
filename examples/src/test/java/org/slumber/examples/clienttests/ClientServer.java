package org.slumber.examples.clienttests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import org.slumber.core.Slumber;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;
import org.slumber.examples.pizza.ExampleAccounts;
import org.slumber.examples.pizza.PizzaExample;
import org.slumber.jetty.JettyHostProvider;
import org.slumber.spi.hosting.Host;
import org.slumber.spi.hosting.HostProvider;
import org.slumber.spi.hosting.HostRequest;
import org.slumber.spi.hosting.HostResponse;
import org.slumber.spi.hosting.HostSettings;
import org.slumber.spi.hosting.RequestHandler;

/**
 * The pizza example on real Jetty and a fresh in-memory Derby database, for the client tests.
 * The Jetty host is wrapped so that every request that arrives over the network is counted:
 * in-process requests go straight to the router and are not. The service map of a
 * {@code pizzas} server names its own loopback URL ({@link #localUrl()}), so that URLs the
 * client sees and URLs the server stores agree.
 */
final class ClientServer implements AutoCloseable {

    static final String KEY = "service";
    static final String SECRET = "client-test-secret";

    /** Network requests that reached any server started here (every counting host adds to it). */
    private static final AtomicLong ALL_NETWORK_REQUESTS = new AtomicLong();

    private final Slumber server;
    private final AtomicLong networkRequests;

    private ClientServer(Slumber server, AtomicLong networkRequests) {
        this.server = server;
        this.networkRequests = networkRequests;
    }

    /** The single deployment: service {@code pizzas}, directory {@code {"pizzas": <own loopback URL>}}. */
    static ClientServer start() {
        int port = freePort();
        Settings settings = base()
                .with(Setting.PORT, port)
                .with(Setting.DIRECTORY, "pizzas=http://localhost:" + port + "/slumber/pizzas/");
        return start(PizzaExample.defaults(settings, Path.of("target")));
    }

    /**
     * The single deployment as the example's own test fixture starts it: any free port, no
     * directory setting, so the server derives its service map ({@code http://localhost:<port>/...}).
     */
    static ClientServer startWithDerivedDirectory() {
        return start(PizzaExample.defaults(base().with(Setting.PORT, 0), Path.of("target")));
    }

    /** A plain deployment: no service name, no directory; its application list is at {@code /slumber/}. */
    static ClientServer startPlain() {
        return start(base().with(Setting.PORT, 0).with(Setting.KEY, KEY));
    }

    private static Settings base() {
        return Settings.load(Map.of(), new Properties(), ClientServer.class.getClassLoader())
                .with(Setting.HOST, "127.0.0.1")
                .with(Setting.SECRET, SECRET)
                .with(Setting.DATABASE_URL, "jdbc:derby:memory:client-" + UUID.randomUUID() + ";create=true")
                .with(Setting.MISS_SIGN_DELAY, Duration.ZERO)
                .with(Setting.PASSWORD_ITERATIONS, 1000)
                .with(Setting.AUTH_CACHE_TTL, Duration.ZERO)
                .with(Setting.THREADS, 16);
    }

    private static ClientServer start(Settings settings) {
        AtomicLong counter = new AtomicLong();
        Slumber slumber = Slumber.builder()
                .settings(settings)
                .host(new CountingHostProvider(counter))
                .onNewDatabase(ExampleAccounts::create)
                .start();
        return new ClientServer(slumber, counter);
    }

    /** The running server. */
    Slumber slumber() {
        return server;
    }

    /** The URL of the service's application list on this machine ({@code http://localhost:<port>/slumber/pizzas/}). */
    String localUrl() {
        return server.localUrl();
    }

    /** {@code http://localhost:<port>}, the origin the server's service map and {@link #localUrl()} use. */
    String origin() {
        return "http://localhost:" + server.port();
    }

    /** The requests that reached this server through its Jetty host. */
    long networkRequests() {
        return networkRequests.get();
    }

    /** The requests that reached any counting host of these tests. */
    static long allNetworkRequests() {
        return ALL_NETWORK_REQUESTS.get();
    }

    /** A client of the {@code pizzas} service at {@link #localUrl()}, signing as {@code service}. */
    SlumberClient client(Mode mode) {
        return builder(mode).services(Map.of("pizzas", localUrl())).build();
    }

    /** A client builder signing as {@code service} in the given mode, with no directory yet. */
    static SlumberClient.Builder builder(Mode mode) {
        return SlumberClient.builder().signing(KEY, SECRET).inProcess(mode.inProcess());
    }

    @Override
    public void close() {
        server.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jetty, with a counter around the request handler it is given. */
    private record CountingHostProvider(AtomicLong counter) implements HostProvider {

        @Override
        public String name() {
            return "counting-jetty";
        }

        @Override
        public Host start(HostSettings settings, RequestHandler handler) throws IOException {
            return new JettyHostProvider().start(settings, new RequestHandler() {
                @Override
                public CompletionStage<HostResponse> handle(HostRequest request) {
                    counter.incrementAndGet();
                    ALL_NETWORK_REQUESTS.incrementAndGet();
                    return handler.handle(request);
                }

                @Override
                public HostResponse refuse(HostRequest head, int status, String reason) {
                    return handler.refuse(head, status, reason);
                }
            });
        }
    }
}
