package org.slumber.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.slumber.core.Slumber;
import org.slumber.core.client.SlumberClient;
import org.slumber.examples.bench.ResultTable.Target;

/**
 * (4) Client cost: {@code get} of a pizza and reading one field, single-threaded, against a
 * Slumber server in this JVM (local development access, unsigned requests), by
 * <ol type="a">
 *   <li>a {@link SlumberClient} with the in-process shortcut (no socket),</li>
 *   <li>a {@link SlumberClient} over loopback HTTP (the adapter-httpclient transport),</li>
 *   <li>a raw HttpClient 5 classic GET of the same URL, parsed with Jackson's
 *       {@code ObjectMapper.readTree} and read with {@code path("fields").path("name").path("data")}.</li>
 * </ol>
 * The Slumber clients do {@code client.instanceAt(url).string("name")}: a fresh remote instance
 * each call, no cache (Pizza has no cache time; the example's configurers are not loaded). After
 * a warm-up, rounds of calls alternate between the three; the medians of the rounds' per-call
 * times are compared.
 */
public final class ClientBenchmark {

    private static final String PIZZA = "/slumber/pizzas/slumber_examples/Pizza/";

    private ClientBenchmark() {
    }

    @FunctionalInterface
    private interface Call {
        String name(String url) throws IOException;
    }

    /** Runs the benchmark and returns its table. */
    public static ResultTable run(BenchConfig config, PrintStream log) throws Exception {
        Path master = config.directory().resolve("server-db-" + config.pizzas());
        if (!Files.isDirectory(master.resolve("seg0"))) {
            log.printf("[client] seeding %,d pizzas into %s%n", config.pizzas(), master);
            BenchDatabase.createServerDatabase(master, new BenchDatabase.Seed(config.pizzas(), config.shops(),
                    config.pricesPerPizza()));
        }
        Path database = config.directory().resolve("client-db");
        BenchDatabase.copy(master, database);
        ResultTable table = new ResultTable("Client: get + read one field (" + config.mode() + ")",
                "HTTP client (b)", "compared");
        table.context(Machine.describe());
        table.context(String.format(Locale.ROOT, "operation: client.instanceAt(<pizza data URL>).string(\"name\"), "
                + "ids cycling over %,d pizzas, single thread, server in this JVM", config.pizzas()));
        table.context("(a) SlumberClient inProcess(true); (b) SlumberClient inProcess(false), adapter-httpclient; "
                + "(c) raw HttpClient 5 classic GET + Jackson readTree");
        table.context(String.format(Locale.ROOT, "method: %,d warm-up calls per client, then %d rounds of %,d calls "
                        + "per client, clients alternating; median of the rounds' µs per call", config.clientWarmUp(),
                config.clientRounds(), config.clientIterations()));
        table.context(BenchConfig.AUTHENTICATION + "; all three clients send unsigned requests");

        try (Slumber server = BenchServers.startSlumber(database, 0)) {
            String service = "http://127.0.0.1:" + server.port() + "/slumber/pizzas/";
            String pizzas = "http://127.0.0.1:" + server.port() + PIZZA + "data/";
            try (SlumberClient inProcess = client(service, true);
                 SlumberClient overHttp = client(service, false);
                 CloseableHttpClient raw = rawClient()) {
                ObjectMapper json = new ObjectMapper();
                List<Call> calls = List.of(
                        url -> inProcess.instanceAt(url).string("name"),
                        url -> overHttp.instanceAt(url).string("name"),
                        url -> raw.execute(new HttpGet(url), response -> {
                            if (response.getCode() != 200) {
                                throw new IllegalStateException("GET " + url + " answered " + response.getCode());
                            }
                            return json.readTree(response.getEntity().getContent()).path("fields").path("name")
                                    .path("data").asText();
                        }));
                String expected = BenchDatabase.pizzaName(7);
                for (Call call : calls) {
                    String name = call.name(pizzas + "7/");
                    if (!expected.equals(name)) {
                        throw new IllegalStateException("Pizza 7 is called '" + name + "', expected '" + expected + "'");
                    }
                }
                log.printf("[client] warming up (%,d calls per client)%n", config.clientWarmUp());
                long n = 0;
                for (Call call : calls) {
                    n = loop(call, pizzas, config.pizzas(), n, config.clientWarmUp());
                }
                List<List<Double>> perCall = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                for (int round = 0; round < config.clientRounds(); round++) {
                    for (int k = 0; k < calls.size(); k++) {
                        int which = (round + k) % calls.size();
                        long start = System.nanoTime();
                        n = loop(calls.get(which), pizzas, config.pizzas(), n, config.clientIterations());
                        perCall.get(which).add((System.nanoTime() - start) / 1e3 / config.clientIterations());
                    }
                }
                double a = Stats.median(perCall.get(0));
                double b = Stats.median(perCall.get(1));
                double c = Stats.median(perCall.get(2));
                log.printf(Locale.ROOT, "[client] µs per call: (a) %.1f, (b) %.1f, (c) %.1f%n", a, b, c);
                table.ratioRow("(4) HTTP client (b) vs raw HttpClient 5 + Jackson (c), µs per call, b/c", b, c, "%.1f",
                        Target.atMost(1.3, "<= 1.30"));
                table.ratioRow("(4) HTTP client (b) vs in-process (a), µs per call, b/a", b, a, "%.1f",
                        Target.atLeast(10, ">= 10.0"));
            }
        }
        return table;
    }

    private static long loop(Call call, String prefix, int pizzas, long n, int iterations) throws IOException {
        long next = n;
        for (int i = 0; i < iterations; i++) {
            if (call.name(prefix + (1 + next % pizzas) + "/") == null) {
                throw new IllegalStateException("a pizza without a name");
            }
            next++;
        }
        return next;
    }

    private static SlumberClient client(String service, boolean inProcess) {
        return SlumberClient.builder()
                .services(Map.of("pizzas", service))
                .unsigned()
                .inProcess(inProcess)
                .discoverConfigurers(false)
                .build();
    }

    /** HttpClient 5 configured as the adapter configures it: pooled, keep-alive, nothing automatic. */
    private static CloseableHttpClient rawClient() {
        return LoadGenerator.bareClient(50, 20, RequestConfig.DEFAULT);
    }
}
