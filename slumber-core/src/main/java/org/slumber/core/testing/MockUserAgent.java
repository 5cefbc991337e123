package org.slumber.core.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slumber.spi.Headers;
import org.slumber.spi.transport.Transport;
import org.slumber.spi.transport.TransportRequest;
import org.slumber.spi.transport.TransportResponse;

/**
 * A transport for tests that answers from expectations declared in order (client.md, "Testing
 * support"). Each request the client sends must match the next expectation: same method, same
 * absolute URL (query parameters in any order) and, when the expectation gives a body, a body
 * that is the same JSON (key order and spacing do not matter, nor {@code 1} against
 * {@code 1.0}). A request that does not match throws an {@link AssertionError} showing the
 * expected and the actual request; {@link #verify()} fails when expectations were left unused.
 *
 * <pre>{@code
 * MockUserAgent mock = new MockUserAgent()
 *     .expect("GET", "http://host/slumber/pizzas/").respond(Map.of("apps", Map.of()))
 *     .expect("POST", "http://host/slumber/pizzas/slumber_examples/Pizza/create/", "{\"name\": \"S1\"}")
 *         .respond(200, "{\"identity\": \"/slumber/pizzas/slumber_examples/Pizza/data/1/\"}");
 * SlumberClient client = SlumberClient.builder()
 *     .services(Map.of("pizzas", "http://host/slumber/pizzas/"))
 *     .transport(mock).unsigned().build();
 * ... // run the code under test
 * mock.verify();
 * }</pre>
 *
 * <p>Answers of status 400 and above reach the code under test as
 * {@link org.slumber.core.client.RemoteException}s carrying the status and the answer's
 * {@code "error"} text. Note that the client retries a GET answered with a 5xx status three
 * times: declare such an expectation four times. Safe to use from several threads, though
 * expectations are matched in the order requests arrive.
 */
public final class MockUserAgent implements Transport {

    private static final Headers JSON_HEADERS = Headers.builder()
            .add("Content-Type", "application/json; charset=utf-8").build();

    private final List<Expectation> expectations = new ArrayList<>();
    private final List<Request> received = new ArrayList<>();
    private final List<String> mismatches = new ArrayList<>();
    private int used;
    private boolean closed;

    /** A mock with no expectations yet. */
    public MockUserAgent() {
    }

    /**
     * Expects a request with this method and URL, whatever its body.
     *
     * @param method the HTTP method ({@code GET}, {@code POST}, {@code PUT}, {@code DELETE})
     * @param url    the absolute URL, query included
     * @return the expectation, to give its answer with {@code respond(...)}
     */
    public Expectation expect(String method, String url) {
        return add(method, url, null, null);
    }

    /**
     * Expects a request with this method, URL and JSON body, compared as parsed JSON.
     *
     * @param jsonBody the expected body as JSON text, such as {@code {"name": "S1"}}
     */
    public Expectation expect(String method, String url, String jsonBody) {
        Objects.requireNonNull(jsonBody, "jsonBody");
        Object parsed;
        try {
            parsed = WireJson.parse(jsonBody);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The expected body of " + method + " " + url + " is not JSON ("
                    + e.getMessage() + "): " + jsonBody, e);
        }
        return add(method, url, parsed, jsonBody);
    }

    /** Expects a request with this method, URL and body, given as a map of JSON values. */
    public Expectation expect(String method, String url, Map<String, ?> body) {
        Objects.requireNonNull(body, "body");
        String text = WireJson.text(body);
        return add(method, url, WireJson.parse(text), text);
    }

    private synchronized Expectation add(String method, String url, Object body, String bodyText) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        if (!expectations.isEmpty() && expectations.get(expectations.size() - 1).status == 0) {
            throw new IllegalStateException("The expectation " + expectations.get(expectations.size() - 1).describe()
                    + " has no answer yet: call respond(...) on it before declaring the next one");
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The expected URL is malformed (" + e.getMessage() + "): " + url, e);
        }
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("An expectation names an absolute URL, such as "
                    + "http://host/slumber/pizzas/; got " + url);
        }
        String upper = method.trim().toUpperCase(Locale.ROOT);
        if (upper.isEmpty()) {
            throw new IllegalArgumentException("The expected method is blank; give GET, POST, PUT or DELETE");
        }
        Expectation expectation = new Expectation(expectations.size() + 1, upper, uri, body,
                body == null ? null : WireJson.text(body));
        expectations.add(expectation);
        return expectation;
    }

    @Override
    public synchronized TransportResponse send(TransportRequest request) {
        if (closed) {
            throw new IllegalStateException("The mock user agent is closed");
        }
        Request actual = new Request(request.method(), request.uri().toString(), request.headers(),
                new String(request.body(), StandardCharsets.UTF_8));
        received.add(actual);
        int number = received.size();
        if (used >= expectations.size()) {
            String message = "unexpected request #" + number + "; "
                    + (expectations.isEmpty() ? "no requests were expected"
                    : "all " + expectations.size() + " expectations were used")
                    + "\n  expected: no more requests\n  actual:   " + actual.describe();
            mismatches.add(message);
            throw new AssertionError("MockUserAgent: " + message);
        }
        Expectation expected = expectations.get(used);
        String differences = expected.differences(request);
        if (!differences.isEmpty()) {
            String message = "request #" + number + " does not match expectation #" + expected.number
                    + " (it differs in " + differences + ")"
                    + "\n  expected: " + expected.describe()
                    + "\n  actual:   " + actual.describe();
            mismatches.add(message);
            throw new AssertionError("MockUserAgent: " + message);
        }
        if (expected.status == 0) {
            throw new IllegalStateException("The expectation " + expected.describe()
                    + " has no answer: call respond(...) on it");
        }
        used++;
        return new TransportResponse(expected.status, JSON_HEADERS, expected.answer.clone());
    }

    /**
     * Checks that every expectation was used and every request matched.
     *
     * @throws AssertionError listing the expectations left unused and the requests that did not match
     */
    public synchronized void verify() {
        StringBuilder message = new StringBuilder();
        if (used < expectations.size()) {
            int left = expectations.size() - used;
            message.append("MockUserAgent: ").append(left).append(left == 1 ? " expectation was" : " expectations were")
                    .append(" not used (").append(used).append(" of ").append(expectations.size())
                    .append(" were):");
            for (Expectation expectation : expectations.subList(used, expectations.size())) {
                message.append("\n  #").append(expectation.number).append(' ').append(expectation.describe());
            }
        }
        if (!mismatches.isEmpty()) {
            if (message.length() > 0) {
                message.append('\n');
            }
            message.append("MockUserAgent: ").append(mismatches.size()).append(mismatches.size() == 1
                    ? " request was" : " requests were").append(" not expected:");
            for (String mismatch : mismatches) {
                message.append("\n  ").append(mismatch.replace("\n", "\n  "));
            }
        }
        if (message.length() > 0) {
            throw new AssertionError(message.toString());
        }
    }

    /** Every request received so far, in order (those that did not match included). */
    public synchronized List<Request> requests() {
        return List.copyOf(received);
    }

    /** Refuses further requests. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
    }

    /**
     * A request the mock received.
     *
     * @param method  the HTTP method
     * @param url     the absolute URL, query included
     * @param headers the header fields the client sent
     * @param body    the body as text, empty for none
     */
    public record Request(String method, String url, Headers headers, String body) {

        String describe() {
            return method + " " + url + (body.isEmpty() ? " without a body" : " with body " + body);
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /** One expected request; give its answer with one of the {@code respond} methods. */
    public final class Expectation {

        private final int number;
        private final String method;
        private final URI url;
        private final Object body;
        private final String bodyText;
        private int status;
        private byte[] answer;

        private Expectation(int number, String method, URI url, Object body, String bodyText) {
            this.number = number;
            this.method = method;
            this.url = url;
            this.body = body;
            this.bodyText = bodyText;
        }

        /** Answers 200 with this JSON document. */
        public MockUserAgent respond(Map<String, ?> json) {
            return respond(200, json);
        }

        /** Answers 200 with this JSON text. */
        public MockUserAgent respond(String json) {
            return respond(200, json);
        }

        /**
         * Answers with this status and JSON document; for 400 and above give an {@code "error"}
         * entry, which the client's {@link org.slumber.core.client.RemoteException} carries.
         */
        public MockUserAgent respond(int status, Map<String, ?> json) {
            Objects.requireNonNull(json, "json");
            return answer(status, WireJson.bytes(json));
        }

        /** Answers with this status and JSON text (empty text for an empty body). */
        public MockUserAgent respond(int status, String json) {
            Objects.requireNonNull(json, "json");
            if (!json.isBlank()) {
                try {
                    WireJson.parse(json);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("The answer to " + describe() + " is not JSON ("
                            + e.getMessage() + "): " + json, e);
                }
            }
            return answer(status, json.getBytes(StandardCharsets.UTF_8));
        }

        private MockUserAgent answer(int code, byte[] bytes) {
            if (code < 100 || code > 599) {
                throw new IllegalArgumentException("An HTTP status is between 100 and 599; got " + code);
            }
            synchronized (MockUserAgent.this) {
                if (status != 0) {
                    throw new IllegalStateException("The expectation " + describe() + " already has an answer");
                }
                this.answer = bytes;
                this.status = code;
            }
            return MockUserAgent.this;
        }

        /** What differs between this expectation and a request ("method, URL, body"), or empty. */
        private String differences(TransportRequest request) {
            List<String> parts = new ArrayList<>();
            if (!method.equals(request.method())) {
                parts.add("method");
            }
            if (!WireJson.sameUrl(url, request.uri())) {
                parts.add("URL");
            }
            if (body != null && !sameBody(request.body())) {
                parts.add("body");
            }
            return String.join(", ", parts);
        }

        private boolean sameBody(byte[] actual) {
            if (actual.length == 0) {
                return false;
            }
            try {
                return WireJson.normalized(WireJson.parse(new String(actual, StandardCharsets.UTF_8)))
                        .equals(WireJson.normalized(body));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        String describe() {
            return method + " " + url + (bodyText == null ? " (any body)" : " with body " + bodyText);
        }

        @Override
        public String toString() {
            return "#" + number + " " + describe();
        }
    }
}
