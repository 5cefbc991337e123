package org.slumber.examples.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.core.Slumber;
import org.slumber.core.auth.FostSignature;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;
import org.slumber.examples.pizza.ExampleAccounts;
import org.slumber.examples.pizza.PizzaExample;

/**
 * The pizza example on the memory storage, swapped in with one line of the builder. The URL
 * {@code memory:pizzas} proves the swap: adapter-mybatis, the only storage the class path
 * registers, declines it, so the server could not start without the memory provider.
 */
@DisplayName("The pizza example on the memory storage")
class MemoryStorageExampleTest {

    private static final String SECRET = "memory-secret";
    private static final String PIZZA = "/slumber/pizzas/slumber_examples/Pizza/";
    private static final String SHOP = "/slumber/pizzas/slumber_examples/Shop/";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FostSignature SIGNER = new FostSignature(ExampleAccounts.SERVICE_USER, SECRET);

    private static Slumber server;

    @BeforeAll
    static void start() {
        Settings settings = Settings.load(Map.of(), new Properties(), MemoryStorageExampleTest.class.getClassLoader())
                .with(Setting.HOST, "127.0.0.1")
                .with(Setting.PORT, 0)
                .with(Setting.SECRET, SECRET)
                .with(Setting.DATABASE_URL, "memory:pizzas")
                .with(Setting.MISS_SIGN_DELAY, Duration.ZERO)
                .with(Setting.PASSWORD_ITERATIONS, 1000);
        server = Slumber.builder()
                .storage(new MemoryStorageProvider())
                .settings(PizzaExample.defaults(settings, Path.of("target")))
                .onNewDatabase(ExampleAccounts::create)
                .start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @DisplayName("creates a shop and a pizza referencing it with signed requests, and reads the pizza back")
    void createsAndReads() throws Exception {
        Map<String, Object> shop = send("POST", SHOP + "create/", "{\"name\": \"Memory Lane\", \"slug\": \"memory\"}");
        long shopKey = ((Number) shop.get("pk")).longValue();
        Map<String, Object> created = send("POST", PIZZA + "create/",
                "{\"name\": \"Margherita in memory\", \"max_extra_toppings\": 2, \"exclusive_to\": " + shopKey + "}");
        long pizzaKey = ((Number) created.get("pk")).longValue();

        Map<String, Object> read = send("GET", PIZZA + "data/" + pizzaKey + "/", null);

        assertThat(created).containsEntry("created", true);
        assertThat(read).containsEntry("identity", PIZZA + "data/" + pizzaKey + "/")
                .containsEntry("display", "Margherita in memory");
        assertThat(field(read, "name")).isEqualTo("Margherita in memory");
        assertThat(field(read, "max_extra_toppings")).isEqualTo(2);
        assertThat(field(read, "exclusive_to")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("display", "Memory Lane")
                .containsEntry("data", "/slumber/pizzas/shop/" + shopKey + "/"); // where the Shop's data is mounted
    }

    /** Sends a signed request as the example's service key; the answer must be 200 with a JSON object. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> send(String method, String path, String json) throws Exception {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        SIGNER.headers(method, path, null, body, null).forEach(request::header);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(200);
        return JSON.readValue(response.body(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Object field(Map<String, Object> instance, String name) {
        Map<String, Object> fields = (Map<String, Object>) instance.get("fields");
        return ((Map<String, Object>) fields.get(name)).get("data");
    }
}
