package org.slumber.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slumber.core.Slumber;

/**
 * The raw baseline of the throughput benchmark must answer the benchmarked URLs with exactly
 * Slumber's bytes, or the comparison is not fair: both servers run here on identical copies of
 * a small benchmark database (with 12 prices per pizza, so that the prices page has a next
 * page, and names with quotes and accents), and every answer is compared byte for byte, with
 * its status and content type.
 */
class RawServerJsonTest {

    private static final String PIZZA = "/slumber/pizzas/slumber_examples/Pizza/";
    private static final int PIZZAS = 25;

    private static Slumber slumber;
    private static RawServer raw;
    private static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        Path directory = Path.of("target", "bench-test").toAbsolutePath();
        Path master = directory.resolve("json-db");
        BenchDatabase.createServerDatabase(master, new BenchDatabase.Seed(PIZZAS, 5, 12));
        BenchDatabase.copy(master, directory.resolve("json-slumber-db"));
        BenchDatabase.copy(master, directory.resolve("json-raw-db"));
        slumber = BenchServers.startSlumber(directory.resolve("json-slumber-db"), 0);
        raw = BenchServers.startRaw(directory.resolve("json-raw-db"), 0);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        if (raw != null) {
            raw.close();
            BenchDatabase.shutdown(Path.of("target", "bench-test", "json-raw-db").toAbsolutePath());
        }
        if (slumber != null) {
            slumber.close();
        }
    }

    @Test
    void instanceDataIsTheSame() throws Exception {
        List<String> paths = new ArrayList<>();
        for (int id = 1; id <= PIZZAS; id++) {
            paths.add(PIZZA + "data/" + id + "/");   // odd ids have a shop, 7, 14, 21 quotes and accents
        }
        paths.add(PIZZA + "data/999/");            // no such pizza: 404
        assertSameAnswers(paths);
    }

    @Test
    void instancePagesAreTheSame() throws Exception {
        assertSameAnswers(List.of(PIZZA + "instances/", PIZZA + "instances/?start_after=13",
                PIZZA + "instances/?start_after=3", PIZZA + "instances/?start_after=1"));
    }

    @Test
    void dataArrayPagesAreTheSame() throws Exception {
        assertSameAnswers(List.of(PIZZA + "data/1/prices/", PIZZA + "data/1/prices/?start_after=3",
                PIZZA + "data/14/prices/", PIZZA + "data/14/prices/?start_after=160",
                PIZZA + "data/25/prices/", PIZZA + "data/999/prices/"));
    }

    @Test
    void theBenchmarkedAnswersAreRealPages() throws Exception {
        String page = get(raw.port(), PIZZA + "instances/").body();
        String prices = get(raw.port(), PIZZA + "data/1/prices/").body();
        assertThat(page).contains("\"next_page\":\"" + PIZZA + "instances/?start_after=16\"");
        assertThat(prices).contains("\"next_page\":\"" + PIZZA + "data/1/prices/?start_after=3\"");
        assertThat(get(raw.port(), PIZZA + "data/1/").body())
                .contains("\"exclusive_to\":{\"data\":{\"type\":\"/slumber/pizzas/slumber_examples/Shop/\"");
    }

    private static void assertSameAnswers(List<String> paths) throws Exception {
        for (String path : paths) {
            HttpResponse<String> expected = get(slumber.port(), path);
            HttpResponse<String> actual = get(raw.port(), path);
            assertThat(actual.statusCode()).as("status of GET %s", path).isEqualTo(expected.statusCode());
            assertThat(actual.headers().firstValue("Content-Type")).as("content type of GET %s", path)
                    .isEqualTo(expected.headers().firstValue("Content-Type"));
            assertThat(actual.body()).as("body of GET %s", path).isEqualTo(expected.body());
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
