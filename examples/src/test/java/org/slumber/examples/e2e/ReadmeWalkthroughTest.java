package org.slumber.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's walk through the example, step by step, including its signed-curl.sh helper. */
@DisplayName("The README's walk through the example")
class ReadmeWalkthroughTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ExampleServer server;

    @BeforeAll
    static void start() {
        server = ExampleServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @DisplayName("shows the public directory and refuses the unsigned application list")
    void directoryThenRefusal() {
        WireClient.Answer directory = server.anonymous().get("/slumber/");
        assertThat(directory.body()).isEqualTo(Map.of(
                "services", Map.of("pizzas", "http://localhost:" + server.port() + "/slumber/pizzas/"),
                "_meta", Map.of("status", 200, "message", "OK")));
        WireClient.Answer refused = server.anonymous().get("/slumber/pizzas/");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.error()).isEqualTo("Authentication required: sign the request (FOST)");
    }

    @Test
    @DisplayName("creates a shop and a pizza exclusive to it, and reads the documented pizza back")
    void shopAndPizza() {
        WireClient client = server.client();
        Object shop = client.post("/slumber/pizzas/slumber_examples/Shop/create/",
                "{\"name\": \"Home\", \"slug\": \"walk-home\"}").body().get("pk");
        Object pizza = client.post("/slumber/pizzas/slumber_examples/Pizza/create/",
                "{\"name\": \"Walkthrough\", \"exclusive_to\": " + shop + "}").body().get("pk");
        Map<String, Object> fields = fieldsOf(client.get("/slumber/pizzas/slumber_examples/Pizza/data/" + pizza + "/"));
        assertThat(fields.get("exclusive_to")).isEqualTo(Map.of(
                "data", Map.of("type", "/slumber/pizzas/slumber_examples/Shop/", "display", "Home",
                        "data", "/slumber/pizzas/shop/" + shop + "/"),
                "kind", "object", "type", "/slumber/pizzas/slumber_examples/Shop/"));
    }

    @Test
    @DisplayName("refuses user a create with the documented 403 and lets baker create")
    void actingUsers() {
        WireClient.Answer refused = server.clientAs("user").post("/slumber/pizzas/slumber_examples/Pizza/create/",
                "{\"name\": \"Hawaii\"}");
        assertThat(refused.body()).isEqualTo(Map.of("error", "Requires permission slumber_examples.add_pizza",
                "_meta", Map.of("status", 403, "message", "Forbidden", "username", "user")));
        assertThat(server.clientAs("baker").post("/slumber/pizzas/slumber_examples/Pizza/create/",
                "{\"name\": \"Baker's Hawaii\"}").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("signed-curl.sh signs requests the server accepts, acting for a user when asked")
    void signedCurlScript() throws Exception {
        assumeTrue(onPath("openssl") && onPath("curl"), "signed-curl.sh needs openssl and curl");
        Map<String, Object> list = script("GET", "/slumber/pizzas/slumber_examples/Pizza/instances/?start_after=1000");
        assertThat(list).containsEntry("model", "/slumber/pizzas/slumber_examples/Pizza/");
        assertThat(meta(list)).containsEntry("username", "service");
        Map<String, Object> created = script("POST", "/slumber/pizzas/slumber_examples/PizzaCrust/create/",
                "{\"code\": \"crs\", \"full_name\": \"Crusty\"}");
        assertThat(created).containsEntry("pk", "crs").containsEntry("created", true);
        Map<String, Object> refused = script("POST", "/slumber/pizzas/slumber_examples/Pizza/create/",
                "{\"name\": \"Script Hawaii\"}", "user");
        assertThat(meta(refused)).containsEntry("status", 403).containsEntry("username", "user");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fieldsOf(WireClient.Answer answer) {
        return (Map<String, Object>) answer.body().get("fields");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> meta(Map<String, Object> document) {
        return (Map<String, Object>) document.get("_meta");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> script(String... args) throws IOException, InterruptedException {
        Path script = Path.of("signed-curl.sh").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SLUMBER_PORT", String.valueOf(server.port()));
        builder.environment().put("SLUMBER_SECRET", ExampleServer.SECRET);
        builder.environment().put("SLUMBER_HOST", "127.0.0.1");
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return JSON.readValue(output, Map.class);
    }

    private static boolean onPath(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }
}
