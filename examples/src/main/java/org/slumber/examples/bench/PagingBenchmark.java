package org.slumber.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.slumber.core.Slumber;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.client.UserAgent;
import org.slumber.examples.bench.ResultTable.Target;

/**
 * (3) Paging cost: whether a keyset page near the end of a long list costs the same as the
 * first page. The paging database holds {@code N} pizzas (1,000,000 in the full run); every
 * tenth is exclusive to shop 1, so the shop's data array {@code pizza} holds {@code N / 10}
 * items spread over the whole table. Slumber runs in this JVM; each page is fetched many times,
 * first and near-end pages alternating, over loopback HTTP (HttpClient 5, the bytes read) and
 * through the client's in-process shortcut (no socket: the server's work and the JSON), and the
 * medians are compared.
 *
 * <p>The database is kept under {@code target/bench/paging-db-<N>} and reused while it holds
 * the right row counts, as seeding a million rows into Derby takes a while.
 */
public final class PagingBenchmark {

    private static final String PIZZA = "/slumber/pizzas/slumber_examples/Pizza/";
    private static final String SHOP = "/slumber/pizzas/slumber_examples/Shop/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PagingBenchmark() {
    }

    /** A page to time: its path and the pk its first item must have. */
    private record Page(String path, long firstPk) {
    }

    /** Runs the benchmark and returns its table. */
    public static ResultTable run(BenchConfig config, PrintStream log) throws Exception {
        int rows = config.pagingRows();
        int items = config.arrayItems();
        Path database = config.directory().resolve("paging-db-" + rows);
        String seeding;
        if (BenchDatabase.pagingDatabaseReady(database, rows)) {
            seeding = "reused";
            log.printf("[paging] reusing %s (%,d pizzas)%n", database, rows);
        } else {
            log.printf("[paging] seeding %,d pizzas into %s%n", rows, database);
            long start = System.nanoTime();
            BenchDatabase.createPagingDatabase(database, rows);
            seeding = String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
            log.printf("[paging] seeded in %s%n", seeding);
        }
        ResultTable table = new ResultTable("Paging cost: a page near the end vs the first page (" + config.mode()
                + ")", "near end", "first page");
        table.context(Machine.describe());
        table.context(String.format(Locale.ROOT, "data: %,d pizzas in on-disk Derby; shop 1's data array `pizza` "
                + "holds every tenth (%,d items, keys 10, 20, ...); pages of 10, newest key first", rows, items));
        table.context(String.format(Locale.ROOT, "method: Slumber in this JVM; per page %,d warm-up requests, then "
                + "%,d timed requests, first and near-end pages alternating; single thread; medians in µs",
                config.pagingWarmUp(), config.pagingRepetitions()));
        table.context("near end: Pizza/instances/?start_after=13 (the 10 keys below 13, of the smallest 12) and "
                + "Shop/data/1/pizza/?start_after=120 (the array's smallest 12 keys are 10 .. 120)");
        table.context(BenchConfig.AUTHENTICATION);
        table.add(new ResultTable.Row(String.format(Locale.ROOT, "seeding %,d pizzas (JDBC batches of 1,000, "
                + "commit per 10,000)", rows), seeding, String.format(Locale.ROOT, "%,d rows", rows), "-",
                "(info)", ResultTable.Verdict.INFO));

        Page instancesFirst = new Page(PIZZA + "instances/", rows);
        Page instancesLast = new Page(PIZZA + "instances/?start_after=13", 12);
        Page arrayFirst = new Page(SHOP + "data/1/pizza/", (long) items * 10);
        Page arrayLast = new Page(SHOP + "data/1/pizza/?start_after=120", 110);

        try (Slumber server = BenchServers.startSlumber(database, 0);
             CloseableHttpClient http = HttpClients.custom().disableAutomaticRetries().disableContentCompression()
                     .build()) {
            String origin = "http://127.0.0.1:" + server.port();
            try (SlumberClient client = SlumberClient.builder()
                    .services(Map.of("pizzas", origin + "/slumber/pizzas/"))
                    .unsigned().inProcess(true).discoverConfigurers(false).retries(0).build()) {
                UserAgent inProcess = client.userAgent();
                for (Page page : new Page[] {instancesFirst, instancesLast, arrayFirst, arrayLast}) {
                    verify(http, origin, page);
                }
                log.println("[paging] timing Pizza/instances/ over HTTP and in-process");
                pair(table, String.format(Locale.ROOT, "(3) Pizza/instances/ (%,d rows), over HTTP (µs)", rows),
                        config, () -> timeHttp(http, origin + instancesFirst.path()),
                        () -> timeHttp(http, origin + instancesLast.path()));
                pair(table, String.format(Locale.ROOT, "(3) Pizza/instances/ (%,d rows), in-process (µs)", rows),
                        config, () -> timeInProcess(inProcess, origin + instancesFirst.path()),
                        () -> timeInProcess(inProcess, origin + instancesLast.path()));
                log.println("[paging] timing Shop/data/1/pizza/ over HTTP and in-process");
                pair(table, String.format(Locale.ROOT, "(3) Shop/data/1/pizza/ (%,d items), over HTTP (µs)", items),
                        config, () -> timeHttp(http, origin + arrayFirst.path()),
                        () -> timeHttp(http, origin + arrayLast.path()));
                pair(table, String.format(Locale.ROOT, "(3) Shop/data/1/pizza/ (%,d items), in-process (µs)", items),
                        config, () -> timeInProcess(inProcess, origin + arrayFirst.path()),
                        () -> timeInProcess(inProcess, origin + arrayLast.path()));
            }
        }
        return table;
    }

    @FunctionalInterface
    private interface Timed {
        long nanos() throws IOException;
    }

    /** Times the first and the near-end page alternately; adds the row of their medians. */
    private static void pair(ResultTable table, String measurement, BenchConfig config, Timed first, Timed last)
            throws IOException {
        for (int i = 0; i < config.pagingWarmUp(); i++) {
            first.nanos();
            last.nanos();
        }
        int repetitions = config.pagingRepetitions();
        long[] firstNanos = new long[repetitions];
        long[] lastNanos = new long[repetitions];
        for (int i = 0; i < repetitions; i++) {
            if (i % 2 == 0) {
                firstNanos[i] = first.nanos();
                lastNanos[i] = last.nanos();
            } else {
                lastNanos[i] = last.nanos();
                firstNanos[i] = first.nanos();
            }
        }
        table.ratioRow(measurement + ", last/first", Stats.medianMicros(lastNanos, repetitions),
                Stats.medianMicros(firstNanos, repetitions), "%.0f", Target.atMost(1.2, "<= 1.20"));
    }

    private static long timeHttp(CloseableHttpClient http, String url) throws IOException {
        long start = System.nanoTime();
        int status = http.execute(new HttpGet(url), response -> {
            EntityUtils.consume(response.getEntity());
            return response.getCode();
        });
        long took = System.nanoTime() - start;
        if (status != 200) {
            throw new IllegalStateException("GET " + url + " answered " + status);
        }
        return took;
    }

    private static long timeInProcess(UserAgent agent, String url) {
        long start = System.nanoTime();
        Map<String, Object> document = agent.get(url);
        long took = System.nanoTime() - start;
        if (!(document.get("page") instanceof java.util.List<?>)) {
            throw new IllegalStateException("GET " + url + " answered no page: " + document);
        }
        return took;
    }

    /** Checks that a page holds 10 items starting at the expected key, and has a next page. */
    private static void verify(CloseableHttpClient http, String origin, Page page) throws IOException {
        JsonNode document = http.execute(new HttpGet(origin + page.path()), response -> {
            if (response.getCode() != 200) {
                throw new IllegalStateException("GET " + page.path() + " answered " + response.getCode() + ": "
                        + EntityUtils.toString(response.getEntity()));
            }
            return JSON.readTree(response.getEntity().getContent());
        });
        JsonNode items = document.path("page");
        if (items.size() != 10 || items.get(0).path("pk").asLong() != page.firstPk()
                || !document.hasNonNull("next_page")) {
            throw new IllegalStateException("GET " + page.path() + " should give 10 items from key "
                    + page.firstPk() + " and a next page, but gave " + document);
        }
    }
}
