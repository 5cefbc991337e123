package org.slumber.examples.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slumber.examples.bench.ResultTable.Target;

/**
 * (5) Start-up: the wall time from {@code ProcessBuilder.start()} of a server child on an
 * existing database to its first 200 answer of {@code GET /slumber/} (polled every 10 ms over a
 * fresh loopback connection), then to its first answer of instance data (the first request that
 * reads the database), and its resident memory right then. Slumber and the raw baseline start
 * alternately, each on a fresh copy of the throughput database; medians are reported.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    private record Start(double firstAnswerMillis, double firstDataMillis, double rssMib) {
    }

    /** Runs the benchmark and returns its table. */
    public static ResultTable run(BenchConfig config, PrintStream log) throws Exception {
        Path master = config.directory().resolve("server-db-" + config.pizzas());
        if (!Files.isDirectory(master.resolve("seg0"))) {
            log.printf("[startup] seeding %,d pizzas into %s%n", config.pizzas(), master);
            BenchDatabase.createServerDatabase(master, new BenchDatabase.Seed(config.pizzas(), config.shops(),
                    config.pricesPerPizza()));
        }
        List<Start> slumber = new ArrayList<>();
        List<Start> raw = new ArrayList<>();
        for (int i = 1; i <= config.starts(); i++) {
            slumber.add(start(config, master, "slumber", "bench-serve-slumber", BenchServers.slumberEnvironment()));
            raw.add(start(config, master, "raw", "bench-serve-raw", Map.of()));
            log.printf(Locale.ROOT, "[startup] start %d: Slumber %.0f ms, raw %.0f ms to the first answer%n", i,
                    slumber.get(i - 1).firstAnswerMillis(), raw.get(i - 1).firstAnswerMillis());
        }
        ResultTable table = new ResultTable("Start-up and memory (" + config.mode() + ")", "Slumber", "raw");
        table.context(Machine.describe());
        table.context(String.format(Locale.ROOT, "method: %d start(s) per server, alternating, each a child process "
                        + "(JVM flags %s) on a fresh copy of the %,d-pizza database; poll every 10 ms; medians",
                config.starts(), String.join(" ", config.childJvmFlags()), config.pizzas()));
        table.context(BenchConfig.AUTHENTICATION + " (Slumber child); the raw server checks nothing");
        table.valueRow("(5) process start -> first 200 of GET /slumber/ (ms)",
                Stats.median(slumber.stream().map(Start::firstAnswerMillis).toList()),
                Stats.median(raw.stream().map(Start::firstAnswerMillis).toList()), "%.0f",
                Target.atMost(1500, "Slumber <= 1500"));
        table.valueRow("(5) process start -> first instance data answer (ms)",
                Stats.median(slumber.stream().map(Start::firstDataMillis).toList()),
                Stats.median(raw.stream().map(Start::firstDataMillis).toList()), "%.0f", Target.none());
        table.valueRow("(5) RSS right after the first answers (MiB, VmRSS)",
                Stats.median(slumber.stream().map(Start::rssMib).toList()),
                Stats.median(raw.stream().map(Start::rssMib).toList()), "%.0f", Target.none());
        return table;
    }

    private static Start start(BenchConfig config, Path master, String name, String command,
                               Map<String, String> environment) throws Exception {
        Path database = config.directory().resolve("startup-" + name + "-db");
        BenchDatabase.copy(master, database);
        try (ChildProcess child = ChildProcess.start("startup-" + name, command, database, ChildProcess.freePort(),
                config.childJvmFlags(), environment, config.directory().resolve("startup-" + name + ".log"))) {
            Duration first = child.awaitAnswer("/slumber/", Duration.ofSeconds(120));
            Duration data = child.awaitAnswer(ServerBenchmark.PIZZA + "data/1/", Duration.ofSeconds(120));
            return new Start(first.toNanos() / 1e6, data.toNanos() / 1e6, child.rssMib());
        }
    }
}
