package org.slumber.examples.run;

import java.nio.file.Path;
import java.util.Arrays;
import org.slumber.core.Slumber;
import org.slumber.core.settings.Settings;
import org.slumber.examples.pizza.PizzaExample;

/**
 * The example programs, chosen by the first argument ({@code -Dexec.args="..."} with
 * {@code mvn exec:java}):
 * <ul>
 *   <li>{@code single} (the default): the pizza example on port 8000 (setting {@code SLUMBER_PORT});</li>
 *   <li>{@code curl METHOD PATH [BODY]}: prints a ready, FOST-signed curl command for the running example.</li>
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
            default -> {
                System.err.println("Unknown command '" + command + "'. Commands: single, curl METHOD PATH [BODY]");
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
