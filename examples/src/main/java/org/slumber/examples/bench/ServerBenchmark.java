package org.slumber.examples.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.slumber.examples.bench.ResultTable.Target;

/**
 * (1), (2) and the memory half of (5): the throughput of the pizza example against the raw
 * baseline. One Derby database is seeded, then copied, so that the Slumber child and the raw
 * child each serve their own identical copy; wrk drives each of the three URLs for a warm-up and
 * then for rounds that alternate between the two servers; the medians of req/s and p99 are
 * compared. {@link SigningBenchmark} then measures what FOST signing costs against local
 * development access, and the resident memory of both children is read at the end.
 */
public final class ServerBenchmark {

    static final String PIZZA = "/slumber/pizzas/slumber_examples/Pizza/";

    private ServerBenchmark() {
    }

    /** Runs the benchmark, printing progress to {@code log}, and returns its table. */
    public static ResultTable run(BenchConfig config, PrintStream log) throws Exception {
        WrkRunner wrk = new WrkRunner(WrkRunner.find(), config.directory().resolve("wrk"), config.wrkThreads(),
                config.connections());
        Path master = config.directory().resolve("server-db-" + config.pizzas());
        log.printf("[server] seeding %,d pizzas into %s%n", config.pizzas(), master);
        long seedStart = System.nanoTime();
        BenchDatabase.createServerDatabase(master, new BenchDatabase.Seed(config.pizzas(), config.shops(),
                config.pricesPerPizza()));
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        Path slumberDb = config.directory().resolve("server-slumber-db");
        Path rawDb = config.directory().resolve("server-raw-db");
        BenchDatabase.copy(master, slumberDb);
        BenchDatabase.copy(master, rawDb);

        List<String> slumberFlags = new ArrayList<>(config.childJvmFlags());
        if (config.jfr() != null) {
            Files.createDirectories(config.jfr().toAbsolutePath().getParent());
            slumberFlags.add("-XX:StartFlightRecording=filename=" + config.jfr().toAbsolutePath()
                    + ",settings=profile,dumponexit=true");
        }
        Endpoint instance = Endpoint.cycling("(1a) instance data GET Pizza/data/<id>/", PIZZA + "data/", "/", 1,
                config.pizzas());
        Endpoint page = Endpoint.fixed("(1b) first page GET Pizza/instances/", PIZZA + "instances/");
        Endpoint prices = Endpoint.cycling("(1c) data array GET Pizza/data/<id>/prices/", PIZZA + "data/",
                "/prices/", 1, config.pizzas());

        ResultTable table = new ResultTable("Server throughput: Slumber vs raw Jetty + JDBC (" + config.mode() + ")",
                "Slumber", "baseline");
        context(table, config, wrk, seedSeconds, slumberFlags);
        log.println("[server] starting the Slumber and raw children");
        try (ChildProcess slumber = ChildProcess.start("slumber", "bench-serve-slumber", slumberDb,
                ChildProcess.freePort(), slumberFlags, BenchServers.slumberEnvironment(),
                config.directory().resolve("slumber-child.log"));
             ChildProcess raw = ChildProcess.start("raw", "bench-serve-raw", rawDb, ChildProcess.freePort(),
                     config.childJvmFlags(), java.util.Map.of(), config.directory().resolve("raw-child.log"))) {
            slumber.awaitAnswer("/slumber/", Duration.ofSeconds(120));
            raw.awaitAnswer("/slumber/", Duration.ofSeconds(120));
            int compared = compareAnswers(slumber, raw, List.of(instance, page, prices), config.pizzas());
            table.context("JSON check: the raw server's answers equal Slumber's, byte for byte, for " + compared
                    + " URLs");

            List<Endpoint> endpoints = List.of(instance, page, prices);
            log.printf("[server] JIT warm-up: each URL for %d s on each server%n", config.warmUp().toSeconds());
            for (Endpoint endpoint : endpoints) {
                check(wrk.run(slumber.origin(), endpoint, config.warmUp()), "Slumber", endpoint);
                check(wrk.run(raw.origin(), endpoint, config.warmUp()), "raw", endpoint);
            }
            for (Endpoint endpoint : endpoints) {
                throughput(table, endpoint, slumber, raw, wrk, config, log);
            }
            String heap = config.childJvmFlags().stream().filter(flag -> flag.startsWith("-Xmx")).findFirst()
                    .orElse("default heap");
            double slumberRss = slumber.rssMib();
            double rawRss = raw.rssMib();
            double slumberHeap = slumber.heapCommittedMib();
            double rawHeap = raw.heapCommittedMib();
            SigningBenchmark.run(table, instance, slumber, raw, wrk, config, log);
            table.valueRow("(5) RSS after the throughput run (MiB, VmRSS, " + heap + ") vs raw", slumberRss, rawRss,
                    "%.0f", Target.atMost(256, "Slumber <= 256"));
            table.valueRow("(5) Java heap committed after the throughput run (MiB, jcmd GC.heap_info) vs raw",
                    slumberHeap, rawHeap, "%.0f", Target.none());
            table.valueRow("(5) RSS after the signing runs too (MiB, VmRSS; replay window full) vs raw",
                    slumber.rssMib(), raw.rssMib(), "%.0f", Target.none());
        }
        if (config.jfr() != null) {
            table.note("JFR recording of the Slumber child: " + config.jfr().toAbsolutePath());
        }
        return table;
    }

    private static void context(ResultTable table, BenchConfig config, WrkRunner wrk, double seedSeconds,
                                List<String> slumberFlags) {
        table.context(Machine.describe());
        table.context("columns: Slumber's value, the baseline named in the row (raw server, or Slumber with dev "
                + "access), their ratio");
        table.context(String.format(Locale.ROOT, "data: %,d pizzas (half exclusive to one of %d shops), %d prices "
                        + "each, on-disk Derby, one copy per server (seeded in %.1f s)", config.pizzas(),
                config.shops(), config.pricesPerPizza(), seedSeconds));
        table.context(String.format(Locale.ROOT, "load: %s, %d threads, %d connections, keep-alive; first a JIT "
                        + "warm-up of %d s per URL and server, then per URL and server a %d s warm-up and %d round(s) "
                        + "of %d s alternating Slumber/raw; medians", wrk.version(), config.wrkThreads(),
                config.connections(), config.warmUp().toSeconds(), config.warmUp().toSeconds(), config.rounds(),
                config.round().toSeconds()));
        table.context("servers: child processes, JVM flags " + String.join(" ", config.childJvmFlags())
                + (slumberFlags.size() > config.childJvmFlags().size() ? " (+ JFR for Slumber)" : "")
                + "; " + BenchServers.THREADS + " request threads and " + BenchServers.CONNECTIONS
                + " database connections each; load generator and servers share the machine's cores");
        table.context("raw: Jetty 12 core Handler.Abstract, JDBC prepared statements, Jackson JsonGenerator, no "
                + "authentication; fewer statements than Slumber: instance data one LEFT JOIN (Slumber: 2), a prices "
                + "page 2 (Slumber: 3)");
        table.context(BenchConfig.AUTHENTICATION + "; signing cost on (1a), FOST-signed with key " + BenchConfig.KEY
                + ": wrk with requests signed before the run against plain unsigned requests, and against unsigned "
                + "requests carrying the same bytes in headers the server ignores (decoys; the raw server shows "
                + "what the headers alone cost); a Java load generator (HttpClient 5, " + config.connections()
                + " threads, keep-alive) signing each request against decoys; each round runs every variant, the "
                + "round with the median ratio is shown");
    }

    /** Checks that both servers answer 200 with the same bytes for a few URLs of each endpoint. */
    private static int compareAnswers(ChildProcess slumber, ChildProcess raw, List<Endpoint> endpoints, int pizzas)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        java.util.Set<String> compared = new java.util.LinkedHashSet<>();
        for (Endpoint endpoint : endpoints) {
            for (long n : new long[] {0, 1, 6, pizzas / 2, pizzas - 1}) {
                String path = endpoint.path(n);
                if (!compared.add(path)) {
                    continue;
                }
                HttpResponse<byte[]> fromSlumber = get(http, slumber.origin() + path);
                HttpResponse<byte[]> fromRaw = get(http, raw.origin() + path);
                if (fromSlumber.statusCode() != 200 || fromRaw.statusCode() != 200) {
                    throw new IllegalStateException("GET " + path + " answered " + fromSlumber.statusCode()
                            + " (Slumber) and " + fromRaw.statusCode() + " (raw), not 200");
                }
                if (!Arrays.equals(fromSlumber.body(), fromRaw.body())) {
                    throw new IllegalStateException("GET " + path + " differs:\nSlumber: "
                            + new String(fromSlumber.body(), java.nio.charset.StandardCharsets.UTF_8) + "\nraw:     "
                            + new String(fromRaw.body(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return compared.size();
    }

    private static HttpResponse<byte[]> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void throughput(ResultTable table, Endpoint endpoint, ChildProcess slumber, ChildProcess raw,
                                   WrkRunner wrk, BenchConfig config, PrintStream log)
            throws IOException, InterruptedException {
        log.printf("[server] %s: warming up both servers (%d s each)%n", endpoint.label(),
                config.warmUp().toSeconds());
        check(wrk.run(slumber.origin(), endpoint, config.warmUp()), "Slumber", endpoint);
        check(wrk.run(raw.origin(), endpoint, config.warmUp()), "raw", endpoint);
        List<Double> slumberRate = new ArrayList<>();
        List<Double> slumberP99 = new ArrayList<>();
        List<Double> rawRate = new ArrayList<>();
        List<Double> rawP99 = new ArrayList<>();
        for (int round = 1; round <= config.rounds(); round++) {
            // alternate which server goes first, so that drift within a round favours neither
            WrkRunner.Result s;
            WrkRunner.Result r;
            if (round % 2 == 1) {
                s = check(wrk.run(slumber.origin(), endpoint, config.round()), "Slumber", endpoint);
                r = check(wrk.run(raw.origin(), endpoint, config.round()), "raw", endpoint);
            } else {
                r = check(wrk.run(raw.origin(), endpoint, config.round()), "raw", endpoint);
                s = check(wrk.run(slumber.origin(), endpoint, config.round()), "Slumber", endpoint);
            }
            slumberRate.add(s.requestsPerSecond());
            slumberP99.add(s.p99Millis());
            rawRate.add(r.requestsPerSecond());
            rawP99.add(r.p99Millis());
            log.printf(Locale.ROOT, "[server] %s round %d: Slumber %,.0f req/s p99 %.2f ms; raw %,.0f req/s p99 %.2f ms%n",
                    endpoint.label(), round, s.requestsPerSecond(), s.p99Millis(), r.requestsPerSecond(),
                    r.p99Millis());
        }
        table.note(endpoint.label().substring(0, 4) + " rounds, req/s: Slumber " + rounds(slumberRate)
                + "; raw " + rounds(rawRate) + " (p99 ms: Slumber " + rounds(slumberP99) + "; raw " + rounds(rawP99)
                + ")");
        boolean first = endpoint.label().startsWith("(1a)");
        table.ratioRow(endpoint.label() + ": req/s vs raw", Stats.median(slumberRate), Stats.median(rawRate), "%,.0f",
                Target.atLeast(first ? 0.60 : 0.50, first ? ">= 0.60" : ">= 0.50"));
        table.ratioRow(endpoint.label() + ": p99 latency (ms) vs raw", Stats.median(slumberP99), Stats.median(rawP99),
                "%.2f", first ? Target.atMost(2.0, "<= 2.00") : Target.none());
    }

    private static WrkRunner.Result check(WrkRunner.Result result, String server, Endpoint endpoint) {
        if (result.non2xx() > 0) {
            throw new IllegalStateException(server + " answered " + result.non2xx() + " of " + result.requests()
                    + " requests of " + endpoint.label() + " with a status other than 2xx/3xx");
        }
        if (result.requests() <= 0) {
            throw new IllegalStateException(server + " answered no requests of " + endpoint.label());
        }
        if (result.socketErrors() > 0) {
            throw new IllegalStateException("wrk had " + result.socketErrors() + " socket errors (connect, read, write "
                    + "or timeout) against " + server + " on " + endpoint.label() + "; see the child's log under "
                    + "target/bench/");
        }
        return result;
    }

    /** The values of the rounds, in order: {@code 12,345 / 13,001 / 12,876}. */
    private static String rounds(List<Double> values) {
        return values.stream().map(v -> ResultTable.format(v >= 100 ? "%,.0f" : "%.2f", v))
                .collect(java.util.stream.Collectors.joining(" / "));
    }
}
