package org.slumber.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.slumber.core.auth.FostSignature;

/**
 * Shared helpers of the write-side, bad-input, security and user-operation end-to-end tests:
 * the example's URLs, JSON bodies, reading instance data, a whole-database snapshot (to prove
 * that a refused request wrote nothing), hand-made signatures and raw socket requests.
 */
final class WriteFixtures {

    static final String ROOT = "/slumber/pizzas/";
    static final String APP = ROOT + "slumber_examples/";
    static final String PIZZA = APP + "Pizza/";
    static final String SHOP = APP + "Shop/";
    static final String PRICE = APP + "PizzaPrice/";
    static final String SIZE_PRICE = APP + "PizzaSizePrice/";
    static final String CRUST = APP + "PizzaCrust/";
    static final String ORDER = APP + "Order/";
    static final String PROFILE = APP + "Profile/";
    static final String USER = ROOT + "django/contrib/auth/User/";
    /** Where the Shop's {@code data} operation is mounted. */
    static final String SHOP_MOUNT = ROOT + "shop/";

    /** The models whose instances a snapshot holds. */
    static final List<String> MODELS = List.of(SHOP, PIZZA, PRICE, SIZE_PRICE, CRUST, ORDER, PROFILE);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private WriteFixtures() {
    }

    /** A name no other test uses. */
    static String unique(String prefix) {
        return prefix + " " + COUNTER.incrementAndGet();
    }

    /** A slug (at most 20 characters) no other test uses. */
    static String slug() {
        return "s-" + COUNTER.incrementAndGet();
    }

    /** A JSON object of alternating names and values (values may be null). */
    static String json(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        try {
            return JSON.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code data} of one field of an instance data document. */
    @SuppressWarnings("unchecked")
    static Object field(Map<String, Object> instanceData, String name) {
        Map<String, Object> fields = (Map<String, Object>) instanceData.get("fields");
        assertThat(fields).as("fields of %s", instanceData).containsKey(name);
        return ((Map<String, Object>) fields.get(name)).get("data");
    }

    static Object field(WireClient.Answer answer, String name) {
        return field(answer.body(), name);
    }

    /** The {@code data} URL (what links show) of a foreign key field that is set. */
    @SuppressWarnings("unchecked")
    static String link(WireClient.Answer answer, String name) {
        Object data = field(answer, name);
        assertThat(data).as("foreign key %s", name).isInstanceOf(Map.class);
        return (String) ((Map<String, Object>) data).get("data");
    }

    /** Checks that an answer is 200 (showing its body when not) and hands it back. */
    static WireClient.Answer ok(WireClient.Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer;
    }

    /** The body's {@code pk} as a long. */
    static long pk(WireClient.Answer answer) {
        assertThat(answer.body()).as(answer.text()).containsKey("pk");
        return ((Number) answer.body().get("pk")).longValue();
    }

    /** POSTs a form-encoded body. */
    static WireClient.Answer form(WireClient client, String path, String body) {
        return client.send("POST", path, body, Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    /** The absolute URL of the service {@code pizzas}, from the service directory. */
    @SuppressWarnings("unchecked")
    static String pizzasServiceUrl(WireClient client) {
        Map<String, Object> services = (Map<String, Object>) client.get("/slumber/").body().get("services");
        return (String) services.get("pizzas");
    }

    /** Sends {@code count} requests at once and answers their answers, in order. */
    static List<WireClient.Answer> parallel(int count, IntFunction<WireClient.Answer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<WireClient.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> request.apply(index)));
            }
            List<WireClient.Answer> answers = new ArrayList<>();
            for (Future<WireClient.Answer> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Creates a pizza as the service user and answers its key. */
    static long createPizza(WireClient client, String name) {
        WireClient.Answer answer = client.post(PIZZA + "create/", json("name", name));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return pk(answer);
    }

    /** Creates a shop as the service user and answers its key. */
    static long createShop(WireClient client, String name, String slug) {
        WireClient.Answer answer = client.post(SHOP + "create/", json("name", name, "slug", slug));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return pk(answer);
    }

    /** Creates a price of a pizza and answers its key. */
    static long createPrice(WireClient client, long pizza, String date) {
        WireClient.Answer answer = client.post(PRICE + "create/", json("pizza", pizza, "date", date));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return pk(answer);
    }

    /** The {@code pk}s of every instance of a model, walking {@code instances/} page by page. */
    static List<Object> keys(WireClient client, String modelUrl) {
        List<Object> keys = new ArrayList<>();
        for (Map<String, Object> item : items(client, modelUrl)) {
            keys.add(item.get("pk"));
        }
        return keys;
    }

    /** The page items ({@code pk}, {@code display}, {@code data}) of every instance of a model. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(WireClient client, String modelUrl) {
        List<Map<String, Object>> items = new ArrayList<>();
        String next = modelUrl + "instances/";
        for (int pages = 0; next != null; pages++) {
            assertThat(pages).as("pages of %s", modelUrl).isLessThan(1000);
            WireClient.Answer answer = client.get(next);
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            List<Map<String, Object>> page = (List<Map<String, Object>>) answer.body().get("page");
            if (page.isEmpty()) {
                break;
            }
            items.addAll(page);
            next = (String) answer.body().get("next_page");
        }
        return items;
    }

    /** A key well above every existing key of a model (for writes with an explicit key). */
    @SuppressWarnings("unchecked")
    static long freshKey(WireClient client, String modelUrl) {
        WireClient.Answer answer = client.get(modelUrl + "instances/");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        List<Map<String, Object>> page = (List<Map<String, Object>>) answer.body().get("page");
        return (page.isEmpty() ? 0 : ((Number) page.get(0).get("pk")).longValue()) + 1000;
    }

    /** How many pizzas there are. */
    static int pizzaCount(WireClient client) {
        return keys(client, PIZZA).size();
    }

    /**
     * Every instance of every example model with its full data (without {@code _meta}): equal
     * snapshots before and after a request mean it wrote nothing.
     */
    static Map<String, Object> snapshot(WireClient client) {
        Map<String, Object> all = new TreeMap<>();
        for (String model : MODELS) {
            for (Map<String, Object> item : items(client, model)) {
                String url = (String) item.get("data");
                WireClient.Answer answer = client.get(url);
                assertThat(answer.status()).as("%s: %s", url, answer.text()).isEqualTo(200);
                Map<String, Object> data = new LinkedHashMap<>(answer.body());
                data.remove("_meta");
                all.put(url, data);
            }
        }
        return all;
    }

    /** A 4xx/5xx answer in the documented shape: JSON, an error, {@code _meta.status}, no stack trace. */
    static void assertError(WireClient.Answer answer, int status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertErrorBody(answer.text(), answer.header("Content-Type"), status);
    }

    @SuppressWarnings("unchecked")
    static void assertErrorBody(String text, String contentType, int status) {
        assertThat(contentType).as("Content-Type of %s", text).startsWith("application/json");
        Object json;
        try {
            json = JSON.readValue(text, Object.class);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
        assertThat(json).as(text).isInstanceOf(Map.class);
        Map<String, Object> body = (Map<String, Object>) json;
        assertThat(body.get("error")).as(text).isInstanceOf(String.class);
        assertThat((String) body.get("error")).as(text).isNotBlank();
        assertThat(body.get("_meta")).as(text).isInstanceOf(Map.class);
        assertThat(((Map<String, Object>) body.get("_meta")).get("status")).as(text).isEqualTo(status);
        assertThat(text).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("\tat ");
    }

    /** FOST headers for a request signed by the example's key at a given time. */
    static Map<String, String> signed(String method, String path, String query, String body, String actingUser,
                                      Instant at) {
        FostSignature signer = new FostSignature("service", ExampleServer.SECRET);
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        return signer.headers(method, path, query, bytes, actingUser, at);
    }

    /** An answer read off a raw socket. */
    record RawAnswer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Sends bytes as they are on a new connection and reads one answer. */
    static RawAnswer raw(int port, String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = line(in);
            assertThat(statusLine).as("status line").startsWith("HTTP/1.");
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.merge(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
            byte[] body;
            if (headers.containsKey("content-length")) {
                body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                ByteArrayOutputStream chunks = new ByteArrayOutputStream();
                for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                    chunks.write(in.readNBytes(size));
                    line(in);
                }
                body = chunks.toByteArray();
            } else {
                body = in.readAllBytes();
            }
            return new RawAnswer(status, headers, new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request line plus headers, FOST-signed over the path exactly as written, with Connection: close. */
    static String rawSigned(String method, String pathAndQuery) {
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        String query = question < 0 ? null : pathAndQuery.substring(question + 1);
        StringBuilder request = new StringBuilder(method).append(' ').append(pathAndQuery)
                .append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        signed(method, path, query, null, null, Instant.now())
                .forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        return request.append("\r\n").toString();
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                break;
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
