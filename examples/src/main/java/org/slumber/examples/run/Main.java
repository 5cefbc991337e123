package org.slumber.examples.run;

import java.nio.file.Path;
import java.util.Arrays;
import org.slumber.core.Slumber;
import org.slumber.core.settings.Settings;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.settings.Setting;
import org.slumber.examples.bench.BenchCommands;
import org.slumber.examples.network.NetworkDemo;
import org.slumber.examples.network.NetworkExample;
import org.slumber.examples.network.NetworkLauncher;
import org.slumber.examples.pizza.ExampleAccounts;
import org.slumber.examples.pizza.PizzaExample;

/**
 * The example programs, chosen by the first argument ({@code -Dexec.args="..."} with
 * {@code mvn exec:java}):
 * <ul>
 *   <li>{@code single} (the default): the pizza example on port 8000 (setting {@code SLUMBER_PORT});</li>
 *   <li>{@code curl METHOD PATH [BODY]}: prints a ready, FOST-signed curl command for the running example;</li>
 *   <li>{@code network}: the network example, three processes on ports 8000-8002 (base port from
 *       {@code SLUMBER_PORT});</li>
 *   <li>{@code serve auth|takeaway|pizzas BASE_PORT}: one service of the network (what {@code network} starts);</li>
 *   <li>{@code demo}: the demo client run against the running network;</li>
 *   <li>{@code bench}, {@code bench-server}, {@code bench-paging}, {@code bench-client},
 *       {@code bench-startup} {@code [--smoke]}: the benchmarks (see
 *       {@link org.slumber.examples.bench.BenchCommands}).</li>
 * </ul>
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "single" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "single" -> single();
            case "curl" -> System.out.println(SignedCurl.command(settings(), rest));
            case "network" -> NetworkLauncher.run(NetworkExample.Ports.from(basePort()), examplesDirectory());
            case "serve" -> serve(NetworkExample.Role.valueOf(rest[0].toUpperCase(java.util.Locale.ROOT)),
                    Integer.parseInt(rest[1]));
            case "demo" -> demo();
            case "bench", "bench-server", "bench-paging", "bench-client", "bench-startup", "bench-serve-slumber",
                 "bench-serve-raw" -> BenchCommands.run(command, Arrays.asList(rest), examplesDirectory(), System.out);
            default -> {
                System.err.println("Unknown command '" + command + "'. Commands: single, curl METHOD PATH [BODY], "
                        + "network, serve ROLE BASE_PORT, demo, bench, bench-server, bench-paging, bench-client, "
                        + "bench-startup [--smoke]");
                System.exit(2);
            }
        }
    }

    private static Settings settings() {
        return PizzaExample.defaults(Settings.load(), examplesDirectory());
    }

    private static void single() throws InterruptedException {
        Slumber server = PizzaExample.start(settings());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "slumber-shutdown"));
        System.out.println();
        System.out.println("The pizza example is running: " + server.localUrl());
        System.out.println("Try: ./examples/signed-curl.sh GET /slumber/pizzas/slumber_examples/Pizza/   (Ctrl-C stops)");
        System.out.println();
        server.awaitStop();
    }

    private static void serve(NetworkExample.Role role, int basePort) throws InterruptedException {
        Settings settings = NetworkExample.settings(Settings.load(), role, NetworkExample.Ports.from(basePort),
                secret(), examplesDirectory().resolve("target").resolve("network"));
        Slumber server = NetworkExample.start(role, settings);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "slumber-shutdown"));
        server.awaitStop();
    }

    private static void demo() {
        NetworkExample.Ports ports = NetworkExample.Ports.from(basePort());
        try (SlumberClient client = SlumberClient.builder().directory(ports.directoryUrl())
                .signing(ExampleAccounts.SERVICE_USER, secret()).build()) {
            NetworkDemo.run(client, System.out);
        }
    }

    private static int basePort() {
        return Settings.load().get(Setting.PORT);
    }

    private static String secret() {
        String secret = Settings.load().get(Setting.SECRET);
        return secret != null ? secret : PizzaExample.DEFAULT_SECRET;
    }

    /** The examples module's directory: {@code -Dexamples.dir} (set by its pom), else {@code examples} or the working directory. */
    static Path examplesDirectory() {
        String configured = System.getProperty("examples.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        Path here = Path.of("").toAbsolutePath();
        return here.resolve("examples").toFile().isDirectory() ? here.resolve("examples") : here;
    }
}
