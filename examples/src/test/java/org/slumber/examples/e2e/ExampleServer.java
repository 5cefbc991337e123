package org.slumber.examples.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.slumber.core.Slumber;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;
import org.slumber.examples.pizza.PizzaExample;

/**
 * The pizza example's single deployment for end-to-end tests: real Jetty on a free loopback
 * port, a fresh in-memory Derby database, the example's accounts, signing key {@code service}
 * with {@link #SECRET}, no miss-sign delay and fast password hashes.
 */
final class ExampleServer implements AutoCloseable {

    static final String SECRET = "test-secret";

    private final Slumber server;
    private final String databaseUrl;

    private ExampleServer(Slumber server, String databaseUrl) {
        this.server = server;
        this.databaseUrl = databaseUrl;
    }

    /** Starts a fresh server with the test defaults. */
    static ExampleServer start() {
        return start(settings -> settings);
    }

    /** Starts a fresh server with the test defaults changed by {@code customize}. */
    static ExampleServer start(UnaryOperator<Settings> customize) {
        String databaseUrl = "jdbc:derby:memory:e2e-" + UUID.randomUUID() + ";create=true";
        Settings settings = Settings.load(Map.of(), new java.util.Properties(), ExampleServer.class.getClassLoader())
                .with(Setting.HOST, "127.0.0.1")
                .with(Setting.PORT, 0)
                .with(Setting.SECRET, SECRET)
                .with(Setting.DATABASE_URL, databaseUrl)
                .with(Setting.MISS_SIGN_DELAY, Duration.ZERO)
                .with(Setting.PASSWORD_ITERATIONS, 1000)
                .with(Setting.AUTH_CACHE_TTL, Duration.ZERO)
                .with(Setting.THREADS, 16);
        settings = PizzaExample.defaults(customize.apply(settings), Path.of("target"));
        return new ExampleServer(PizzaExample.start(settings), databaseUrl);
    }

    /** {@code http://127.0.0.1:<port>}. */
    String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    int port() {
        return server.port();
    }

    Slumber slumber() {
        return server;
    }

    String databaseUrl() {
        return databaseUrl;
    }

    /** A client signing as the example's key, acting as the key's own user. */
    WireClient client() {
        return new WireClient(origin(), "service", SECRET, null);
    }

    /** A client signing as the example's key, acting as {@code user}. */
    WireClient clientAs(String user) {
        return new WireClient(origin(), "service", SECRET, user);
    }

    /** A client that sends no credentials. */
    WireClient anonymous() {
        return new WireClient(origin(), null, null, null);
    }

    @Override
    public void close() {
        server.close();
    }
}
