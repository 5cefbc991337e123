package org.slumber.examples.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slumber.core.Slumber;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;
import org.slumber.examples.pizza.PizzaExample;

/**
 * Starting the two servers under test: Slumber (the pizza example's single deployment) and the
 * raw baseline, either in this JVM or as the child processes {@code bench-serve-slumber} and
 * {@code bench-serve-raw}.
 */
public final class BenchServers {

    /** Request threads of both servers (Slumber's default). */
    static final int THREADS = Setting.THREADS.defaultValue();
    /** Database connections of both servers (Slumber's default). */
    static final int CONNECTIONS = Setting.DATABASE_POOL_SIZE.defaultValue();

    private BenchServers() {
    }

    /** The environment of the Slumber child: local development access and the signing secret. */
    static Map<String, String> slumberEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(Setting.DEV_USER.environmentVariable(), BenchConfig.DEV_USER);
        environment.put(Setting.SECRET.environmentVariable(), BenchConfig.SECRET);
        return environment;
    }

    /**
     * The settings of a Slumber server on a benchmark database: the example's defaults (service
     * {@code pizzas}, key {@code service}), loopback only, the given port, and whatever
     * {@code base} holds (from the environment in the child: SLUMBER_DEV_USER, SLUMBER_SECRET).
     */
    static Settings slumberSettings(Settings base, Path database, int port) {
        return PizzaExample.defaults(base
                .with(Setting.HOST, "127.0.0.1")
                .with(Setting.PORT, port)
                .with(Setting.DATABASE_URL, BenchDatabase.url(database)), database.getParent());
    }

    /** Starts Slumber in this JVM with local development access and the benchmark's secret. */
    public static Slumber startSlumber(Path database, int port) {
        Settings settings = Settings.defaults()
                .with(Setting.DEV_USER, BenchConfig.DEV_USER)
                .with(Setting.SECRET, BenchConfig.SECRET);
        return PizzaExample.start(slumberSettings(settings, database, port));
    }

    /** Starts the raw baseline in this JVM. */
    public static RawServer startRaw(Path database, int port) throws Exception {
        return RawServer.start(database, "127.0.0.1", port, THREADS, CONNECTIONS);
    }

    /** {@code bench-serve-slumber <db dir> <port>}: serves until SIGTERM. Settings from the environment. */
    public static void serveSlumber(List<String> arguments) throws InterruptedException {
        Path database = Path.of(arguments.get(0));
        int port = Integer.parseInt(arguments.get(1));
        Slumber server = PizzaExample.start(slumberSettings(Settings.load(), database, port));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "slumber-shutdown"));
        server.awaitStop();
    }

    /** {@code bench-serve-raw <db dir> <port>}: serves until SIGTERM. */
    public static void serveRaw(List<String> arguments) throws Exception {
        Path database = Path.of(arguments.get(0));
        int port = Integer.parseInt(arguments.get(1));
        RawServer server = startRaw(database, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            BenchDatabase.shutdown(database);
        }, "raw-shutdown"));
        server.join();
    }
}
