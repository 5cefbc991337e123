package org.slumber.examples.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark commands of {@code org.slumber.examples.run.Main}:
 * <ul>
 *   <li>{@code bench-server}: (1) throughput against the raw baseline (2), the cost of signing,
 *       the servers' memory (5);</li>
 *   <li>{@code bench-paging}: (3) the first page against a page near the end;</li>
 *   <li>{@code bench-client}: (4) the client in-process, over HTTP, and raw HttpClient 5;</li>
 *   <li>{@code bench-startup}: (5) the time to the first answer;</li>
 *   <li>{@code bench}: all four, then one summary table;</li>
 *   <li>{@code bench-serve-slumber|bench-serve-raw <db dir> <port>}: the server children.</li>
 * </ul>
 * Options: {@code --smoke} (about a second per measurement, small data; what CI runs) and, for
 * {@code bench-server} and {@code bench}, {@code --jfr[=file]} (a JFR profile of the Slumber
 * child, by default {@code target/bench/slumber.jfr}), and {@code --jvm-flags=FLAG,FLAG,...} (the JVM
 * flags of both server children instead of {@link BenchConfig#CHILD_JVM_FLAGS}). Each benchmark
 * prints one table.
 */
public final class BenchCommands {

    /** The commands this class runs. */
    public static final List<String> COMMANDS = List.of("bench", "bench-server", "bench-paging", "bench-client",
            "bench-startup", "bench-serve-slumber", "bench-serve-raw");

    private BenchCommands() {
    }

    /** Runs a command with its arguments, printing to {@code out}; returns the tables printed. */
    public static List<ResultTable> run(String command, List<String> arguments, Path examplesDirectory,
                                        PrintStream out) throws Exception {
        switch (command) {
            case "bench-serve-slumber" -> {
                BenchServers.serveSlumber(arguments);
                return List.of();
            }
            case "bench-serve-raw" -> {
                BenchServers.serveRaw(arguments);
                return List.of();
            }
            default -> {
                // the benchmarks below
            }
        }
        BenchConfig config = config(arguments, examplesDirectory);
        quietLogging();
        out.println("# Slumber benchmarks: " + command + " (" + config.mode() + ")");
        List<ResultTable> tables = new ArrayList<>();
        switch (command) {
            case "bench-server" -> tables.add(print(ServerBenchmark.run(config, out), out));
            case "bench-paging" -> tables.add(print(PagingBenchmark.run(config, out), out));
            case "bench-client" -> tables.add(print(ClientBenchmark.run(config, out), out));
            case "bench-startup" -> tables.add(print(StartupBenchmark.run(config, out), out));
            case "bench" -> {
                tables.add(print(ServerBenchmark.run(config, out), out));
                tables.add(print(PagingBenchmark.run(config, out), out));
                tables.add(print(ClientBenchmark.run(config, out), out));
                tables.add(print(StartupBenchmark.run(config, out), out));
                tables.add(print(summary(tables, config), out));
            }
            default -> throw new IllegalArgumentException("Unknown benchmark command " + command + "; commands: "
                    + COMMANDS);
        }
        return tables;
    }

    private static BenchConfig config(List<String> arguments, Path examplesDirectory) {
        boolean smoke = false;
        Path jfr = null;
        List<String> flags = null;
        for (String argument : arguments) {
            if (argument.equals("--smoke")) {
                smoke = true;
            } else if (argument.equals("--jfr")) {
                jfr = Path.of("");
            } else if (argument.startsWith("--jfr=")) {
                jfr = Path.of(argument.substring("--jfr=".length()));
            } else if (argument.startsWith("--jvm-flags=")) {
                flags = List.of(argument.substring("--jvm-flags=".length()).split(","));
            } else {
                throw new IllegalArgumentException("Unknown option " + argument + "; options: --smoke, --jfr[=file], "
                        + "--jvm-flags=FLAG,FLAG,...");
            }
        }
        BenchConfig config = BenchConfig.of(smoke, examplesDirectory);
        if (flags != null) {
            config = config.withChildJvmFlags(flags);
        }
        if (jfr != null) {
            config = config.withJfr(jfr.toString().isEmpty() ? config.directory().resolve("slumber.jfr") : jfr);
        }
        return config;
    }

    /**
     * Keeps Slumber's INFO lines (starts and stops of the servers the benchmarks run in this JVM)
     * out of the tables, unless the log level was chosen ({@code -Dorg.slf4j.simpleLogger.defaultLogLevel}).
     * Takes effect when nothing has logged yet in this JVM, as with {@code mvn exec:java}.
     */
    private static void quietLogging() {
        String level = "org.slf4j.simpleLogger.defaultLogLevel";
        if (System.getProperty(level) == null) {
            System.setProperty(level, "warn");
        }
    }

    private static ResultTable print(ResultTable table, PrintStream out) {
        table.print(out);
        return table;
    }

    /** One table with every row of the others, the first column naming where it comes from. */
    static ResultTable summary(List<ResultTable> tables, BenchConfig config) {
        ResultTable summary = new ResultTable("Summary (" + config.mode() + ")", "value", "baseline");
        summary.context(Machine.describe());
        summary.context(BenchConfig.AUTHENTICATION);
        summary.context("value and baseline as in each table above: Slumber vs raw, signed vs unsigned, near-end "
                + "vs first page, HTTP client vs raw client / in-process");
        int pass = 0;
        int miss = 0;
        for (ResultTable table : tables) {
            for (ResultTable.Row row : table.rows()) {
                summary.add(row);
                if (row.verdict() == ResultTable.Verdict.PASS) {
                    pass++;
                } else if (row.verdict() == ResultTable.Verdict.MISS) {
                    miss++;
                }
            }
        }
        summary.note(pass + " targets met, " + miss + " missed");
        return summary;
    }
}
