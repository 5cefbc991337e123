package org.slumber.examples.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slumber.core.auth.FostSignature;

/**
 * Speaks HTTP to a running example the way a remote service does: FOST-signed requests (or
 * none, for an anonymous client), JSON answers parsed into plain maps and lists.
 */
final class WireClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String origin;
    private final FostSignature signer;
    private final String actingUser;

    WireClient(String origin, String key, String secret, String actingUser) {
        this.origin = origin;
        this.signer = key == null ? null : new FostSignature(key, secret);
        this.actingUser = actingUser;
    }

    /** An answer: status, headers and the body parsed as JSON (null when empty or not JSON). */
    record Answer(int status, Map<String, List<String>> headers, String text, Object json) {

        @SuppressWarnings("unchecked")
        Map<String, Object> body() {
            return (Map<String, Object>) json;
        }

        String header(String name) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    return entry.getValue().get(0);
                }
            }
            return null;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> meta() {
            return (Map<String, Object>) body().get("_meta");
        }

        String error() {
            return (String) body().get("error");
        }
    }

    Answer get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, Map.of());
    }

    Answer post(String path, String json) {
        return send("POST", path, json, Map.of("Content-Type", "application/json"));
    }

    Answer put(String path, String json) {
        return send("PUT", path, json, Map.of("Content-Type", "application/json"));
    }

    Answer delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    /** Sends any request; {@code pathAndQuery} is sent as written (already percent-encoded). */
    Answer send(String method, String pathAndQuery, String body, Map<String, String> headers) {
        URI uri = URI.create(origin + pathAndQuery);
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .method(method, bytes.length == 0 && body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(bytes));
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (signer != null) {
            all.putAll(signer.headers(method, uri.getRawPath(), uri.getRawQuery(), bytes, actingUser));
        }
        all.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            Object json = null;
            if (text != null && !text.isEmpty()) {
                try {
                    json = JSON.readValue(text, Object.class);
                } catch (IOException e) {
                    json = null;
                }
            }
            return new Answer(response.statusCode(), response.headers().map(), text, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
