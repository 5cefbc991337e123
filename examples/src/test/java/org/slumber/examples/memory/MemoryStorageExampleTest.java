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
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slumber.core.Slumber;
import org.slumber.core.auth.FostSignature;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;
import org.slumber.examples.pizza.ExampleAccounts;
import org.slumber.examples.pizza.PizzaExample;

/**
 * The pizza example on the memory storage, swapped in for adapter-mybatis by changing one line of
 * code or only the class path; the example's settings, defaults included, stay as they are.
 * Each test gives the example its own directory, where its on-disk Derby database would go, and
 * checks afterwards that no database was made there.
 */
@DisplayName("The pizza example on the memory storage")
class MemoryStorageExampleTest {

    private static final String SECRET = "memory-secret";
    private static final String PIZZA = "/slumber/pizzas/slumber_examples/Pizza/";
    private static final String SHOP = "/slumber/pizzas/slumber_examples/Shop/";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FostSignature SIGNER = new FostSignature(ExampleAccounts.SERVICE_USER, SECRET);

    /** The example's directory: its Derby database would be made under target/. */
    @TempDir
    Path examples;

    /** The settings a test run gives the example (loopback, any port, a known secret, fast signing). */
    private static Settings testSettings() {
        return Settings.load(Map.of(), new Properties(), Thread.currentThread().getContextClassLoader())
                .with(Setting.HOST, "127.0.0.1")
                .with(Setting.PORT, 0)
                .with(Setting.SECRET, SECRET)
                .with(Setting.MISS_SIGN_DELAY, Duration.ZERO)
                .with(Setting.PASSWORD_ITERATIONS, 1000);
    }

    @Test
    @DisplayName("one line added to the builder of PizzaExample.start swaps the store; the example's jdbc:derby URL is ignored")
    void oneLineOfCode() throws Exception {
        Settings settings = PizzaExample.defaults(testSettings(), examples);
        assertThat(settings.get(Setting.DATABASE_URL)).as("the example's default, unchanged").startsWith("jdbc:derby:");

        // START SNIPPET: memory-swap
        Slumber server = Slumber.builder()
                .storage(new MemoryStorageProvider())   // the one line added to PizzaExample.start
                .settings(settings)
                .onNewDatabase(ExampleAccounts::create)
                .start();
        // END SNIPPET: memory-swap
        try (server) {
            createsAndReads(server);
        }
        assertThat(examples.resolve("target")).as("no Derby database was made").doesNotExist();
    }

    @Test
    @DisplayName("a class path listing the memory store instead of adapter-mybatis swaps it, with the example unchanged")
    void classPath(@TempDir Path classPathFiles) throws Exception {
        StorageClassPath memoryOnly = StorageClassPath.listing(classPathFiles,
                List.of(MemoryStorageProvider.class.getName()), Map.of());

        try (Slumber server = memoryOnly.run(() -> {
            Settings settings = PizzaExample.defaults(testSettings(), examples);
            assertThat(settings.isSet(Setting.DATABASE_URL)).as("no storage on this class path takes jdbc:derby:")
                    .isFalse();
            return PizzaExample.start(settings);
        })) {
            createsAndReads(server);
        }
        assertThat(examples.resolve("target")).as("no Derby database was made").doesNotExist();
    }

    /** Creates a shop and a pizza referencing it with signed requests, and reads the pizza back. */
    private static void createsAndReads(Slumber server) throws Exception {
        Map<String, Object> shop = send(server, "POST", SHOP + "create/",
                "{\"name\": \"Memory Lane\", \"slug\": \"memory\"}");
        long shopKey = ((Number) shop.get("pk")).longValue();
        Map<String, Object> created = send(server, "POST", PIZZA + "create/",
                "{\"name\": \"Margherita in memory\", \"max_extra_toppings\": 2, \"exclusive_to\": " + shopKey + "}");
        long pizzaKey = ((Number) created.get("pk")).longValue();

        Map<String, Object> read = send(server, "GET", PIZZA + "data/" + pizzaKey + "/", null);

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
    private static Map<String, Object> send(Slumber server, String method, String path, String json)
            throws Exception {
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
