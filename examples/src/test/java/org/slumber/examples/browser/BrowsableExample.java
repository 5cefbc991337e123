package org.slumber.examples.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slumber.core.Slumber;
import org.slumber.core.auth.FostSignature;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;
import org.slumber.examples.pizza.PizzaExample;

/**
 * The pizza example as a person browses it: real Jetty on a free loopback port, a fresh
 * in-memory Derby database, the example's accounts, HTTP Basic switched on
 * ({@link Setting#BASIC_AUTH}), signing key {@code service} with {@link #SECRET}; plus a small
 * HTTP client that sends FOST-signed, Basic or anonymous requests with any {@code Accept} header
 * and keeps answers as text. (The same settings as the e2e tests' {@code ExampleServer}, which
 * is package-private there.)
 */
final class BrowsableExample implements AutoCloseable {

    static final String SECRET = "test-secret";
    /** The service's application list. */
    static final String ROOT = "/slumber/pizzas/";
    /** The app {@code slumber_examples}. */
    static final String APP = ROOT + "slumber_examples/";
    /** The HAL instance list of Shop, mounted at {@code shops/mount2}. */
    static final String HAL = "/slumber/shops/mount2/";

    static final String HTML_TYPE = "text/html; charset=utf-8";
    static final String JSON_TYPE = "application/json; charset=utf-8";
    /** What Chromium and Firefox send for a page. */
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Slumber server;

    private BrowsableExample(Slumber server) {
        this.server = server;
    }

    /** Starts a fresh example with HTTP Basic on. */
    static BrowsableExample start() {
        Settings settings = Settings.load(Map.of(), new java.util.Properties(),
                        BrowsableExample.class.getClassLoader())
                .with(Setting.HOST, "127.0.0.1")
                .with(Setting.PORT, 0)
                .with(Setting.SECRET, SECRET)
                .with(Setting.DATABASE_URL, "jdbc:derby:memory:browser-" + UUID.randomUUID() + ";create=true")
                .with(Setting.MISS_SIGN_DELAY, Duration.ZERO)
                .with(Setting.PASSWORD_ITERATIONS, 1000)
                .with(Setting.AUTH_CACHE_TTL, Duration.ZERO)
                .with(Setting.THREADS, 16)
                .with(Setting.BASIC_AUTH, true);
        settings = PizzaExample.defaults(settings, Path.of("target"));
        return new BrowsableExample(PizzaExample.start(settings));
    }

    /** {@code http://127.0.0.1:<port>}. */
    String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    int port() {
        return server.port();
    }

    /** A client signing (FOST) as the example's key user {@code service}. */
    Client signed() {
        return new Client(origin(), new FostSignature("service", SECRET), null);
    }

    /** A client that sends HTTP Basic credentials. */
    Client basic(String user, String password) {
        return new Client(origin(), null, basicHeader(user, password));
    }

    /** A client that sends no credentials. */
    Client anonymous() {
        return new Client(origin(), null, null);
    }

    static String basicHeader(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.close();
    }

    // ---- data over HTTP, as the service superuser ----

    /** Creates an instance of a {@code slumber_examples} model from field values; returns its pk. */
    static int create(Client signed, String model, Map<String, Object> fields) {
        String json;
        try {
            json = JSON.writeValueAsString(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Answer answer = signed.send("POST", APP + model + "/create/", json,
                Map.of("Content-Type", "application/json"));
        if (answer.status() != 200 || !(answer.json() instanceof Map<?, ?> body)
                || !(body.get("pk") instanceof Number pk)) {
            throw new AssertionError("creating " + model + " " + json + " failed: " + answer.describe());
        }
        return pk.intValue();
    }

    static int shop(Client signed, String name, String slug) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("slug", slug);
        return create(signed, "Shop", fields);
    }

    static int pizza(Client signed, String name, Integer exclusiveTo) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("exclusive_to", exclusiveTo);
        return create(signed, "Pizza", fields);
    }

    static int price(Client signed, int pizza, String date) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("pizza", pizza);
        fields.put("date", date);
        return create(signed, "PizzaPrice", fields);
    }

    static String model(String name) {
        return APP + name + "/";
    }

    static String data(String model, Object pk) {
        return APP + model + "/data/" + pk + "/";
    }

    /** The mounted data URL of a Shop. */
    static String shopData(Object pk) {
        return ROOT + "shop/" + pk + "/";
    }

    /** An answer: status, header fields (every value of a name), body text and, if JSON, the parsed body. */
    record Answer(String request, int status, Map<String, List<String>> headers, String text, Object json) {

        /** The first value of a header, or null. */
        String header(String name) {
            List<String> values = headers(name);
            return values.isEmpty() ? null : values.get(0);
        }

        /** Every value of a header, however the server split it into fields. */
        List<String> headers(String name) {
            List<String> all = new ArrayList<>();
            headers.forEach((key, values) -> {
                if (key.equalsIgnoreCase(name)) {
                    all.addAll(values);
                }
            });
            return all;
        }

        String describe() {
            String body = text.length() > 4000 ? text.substring(0, 4000) + "..." : text;
            return request + " -> " + status + " " + headers + "\n" + body;
        }
    }

    /** Speaks HTTP to the example; FOST-signed, with Basic credentials, or anonymous. */
    static final class Client {

        private final String origin;
        private final FostSignature signer;
        private final String basic;

        private Client(String origin, FostSignature signer, String basic) {
            this.origin = origin;
            this.signer = signer;
            this.basic = basic;
        }

        /** GET with this {@code Accept} header (null: none). */
        Answer get(String pathAndQuery, String accept) {
            return send("GET", pathAndQuery, null, accept == null ? Map.of() : Map.of("Accept", accept));
        }

        /** Any request; {@code pathAndQuery} is sent as written (already percent-encoded). */
        Answer send(String method, String pathAndQuery, String body, Map<String, String> headers) {
            URI uri = URI.create(origin + pathAndQuery);
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(bytes));
            Map<String, String> all = new LinkedHashMap<>(headers);
            if (signer != null) {
                all.putAll(signer.headers(method, uri.getRawPath(), uri.getRawQuery(), bytes, null));
            } else if (basic != null) {
                all.put("Authorization", basic);
            }
            all.forEach(request::header);
            String description = method + " " + pathAndQuery + " " + headers;
            try {
                HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                String text = new String(response.body(), StandardCharsets.UTF_8);
                Object json = null;
                if (!text.isEmpty() && (text.startsWith("{") || text.startsWith("["))) {
                    try {
                        json = JSON.readValue(text, Object.class);
                    } catch (IOException e) {
                        json = null;
                    }
                }
                return new Answer(description, response.statusCode(), response.headers().map(), text, json);
            } catch (IOException e) {
                throw new UncheckedIOException(description, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
