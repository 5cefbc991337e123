package org.slumber.core.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slumber.core.auth.FostSignature;
import org.slumber.spi.Headers;
import org.slumber.spi.hosting.HostRequest;

@DisplayName("FOST signature verification")
class FostVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");
    private static final String PATH = "/slumber/pizzas/slumber_examples/Pizza/create/";
    private static final byte[] BODY = "{\"name\": \"Margherita\"}".getBytes(StandardCharsets.UTF_8);

    private final FostVerifier verifier = new FostVerifier(Map.of("pizzas", "k3y", "shops", "other-secret"),
            Duration.ofSeconds(300), Clock.fixed(NOW, ZoneOffset.UTC));

    /** A request signed by {@code key} with {@code secret} at {@code at}, acting for {@code user} when not null. */
    private static HostRequest signed(String key, String secret, String method, String query, byte[] body,
                                      String user, Instant at) {
        Map<String, String> headers = new FostSignature(key, secret).headers(method, PATH, query, body, user, at);
        return new HostRequest(method, PATH, query, Headers.of(headers), body, null);
    }

    private static HostRequest signed(String method, String query, byte[] body, String user) {
        return signed("pizzas", "k3y", method, query, body, user, NOW);
    }

    /** A request signed by pizzas over exactly these signed headers and this timestamp text. */
    private static HostRequest handMade(String timestamp, String headerList, Map<String, String> signedHeaders,
                                        Map<String, String> sentHeaders) {
        String signature = new FostSignature("pizzas", "k3y").sign("GET", PATH, timestamp, signedHeaders,
                new byte[0]);
        Headers.Builder headers = Headers.builder();
        if (timestamp != null) {
            headers.add(FostSignature.TIMESTAMP, timestamp);
        }
        if (headerList != null) {
            headers.add(FostSignature.HEADERS, headerList);
        }
        sentHeaders.forEach(headers::add);
        headers.add("Authorization", "FOST pizzas:" + signature);
        return new HostRequest("GET", PATH, "", headers.build(), null, null);
    }

    /** The same request with one more header. */
    private static HostRequest withHeader(HostRequest request, String name, String value) {
        Headers headers = Headers.builder().addAll(request.headers()).add(name, value).build();
        return new HostRequest(request.method(), request.path(), request.query(), headers, request.body(), null);
    }

    private static HostRequest with(HostRequest request, String path, String query, byte[] body) {
        return new HostRequest(request.method(), path, query, request.headers(), body, null);
    }

    private FostVerifier.Result verify(HostRequest request) {
        return verifier.verify(request, request.headers().first("Authorization"));
    }

    private void assertRefused(HostRequest request, String why) {
        FostVerifier.Result result = verify(request);
        assertThat(result.ok()).as("refused").isFalse();
        assertThat(result.username()).isNull();
        assertThat(result.failure()).contains(why);
    }

    @Nested
    @DisplayName("accepts a valid signature")
    class Accepted {

        @Test
        @DisplayName("acting as the key's own user when no user is signed")
        void asKeyUser() {
            FostVerifier.Result result = verify(signed("GET", "", null, null));
            assertThat(result.ok()).isTrue();
            assertThat(result.username()).isEqualTo("pizzas");
            assertThat(result.key()).isEqualTo("pizzas");
        }

        @Test
        @DisplayName("acting as X-FOST-User when it is signed")
        void asSignedUser() {
            FostVerifier.Result result = verify(signed("POST", "", BODY, "alice"));
            assertThat(result.ok()).isTrue();
            assertThat(result.username()).isEqualTo("alice");
            assertThat(result.key()).isEqualTo("pizzas");
        }

        @Test
        @DisplayName("ignoring an X-FOST-User header that is not signed")
        void unsignedUserIgnored() {
            FostVerifier.Result result = verify(withHeader(signed("GET", "", null, null), "X-FOST-User", "mallory"));
            assertThat(result.ok()).isTrue();
            assertThat(result.username()).isEqualTo("pizzas");
        }

        @Test
        @DisplayName("from any configured key")
        void otherKey() {
            assertThat(verify(signed("shops", "other-secret", "GET", "a=1", null, null, NOW)).username())
                    .isEqualTo("shops");
        }

        @Test
        @DisplayName("with a space instead of 'T' in the timestamp, as django-fost-authn writes it")
        void spaceTimestamp() {
            HostRequest request = handMade("2026-11-28 08:00:00.000000", "X-FOST-Headers", Map.of(), Map.of());
            assertThat(verify(request).ok()).isTrue();
        }
    }

    @Nested
    @DisplayName("refuses")
    class Refused {

        @Test
        @DisplayName("an unknown key")
        void unknownKey() {
            assertRefused(signed("stranger", "k3y", "GET", "", null, null, NOW), "unknown key");
        }

        @Test
        @DisplayName("a known key with the wrong secret")
        void wrongSecret() {
            assertRefused(signed("pizzas", "guess", "GET", "", null, null, NOW), "signature mismatch");
        }

        @ParameterizedTest(name = "Authorization: {0}")
        @ValueSource(strings = {"FOST pizzas", "FOST :abc", "FOST ", "FOST pizzas:"})
        @DisplayName("a malformed Authorization header")
        void malformedAuthorization(String authorization) {
            HostRequest request = signed("GET", "", null, null);
            FostVerifier.Result result = verifier.verify(request, authorization);
            assertThat(result.ok()).isFalse();
            assertThat(result.username()).isNull();
        }

        @Test
        @DisplayName("a request without a timestamp")
        void missingTimestamp() {
            assertRefused(handMade(null, "X-FOST-Headers", Map.of(), Map.of()), "X-FOST-Timestamp");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"yesterday", "2026-11-28", "2026-11-28T08:00", "", "2026-13-28T08:00:00Z",
            "2026-11-28X08:00:00Z", "1764316800"})
        @DisplayName("a garbled timestamp")
        void garbledTimestamp(String timestamp) {
            assertRefused(handMade(timestamp, "X-FOST-Headers", Map.of(), Map.of()), "timestamp");
        }

        @Test
        @DisplayName("a signed header that was not sent")
        void missingSignedHeader() {
            HostRequest request = handMade("2026-11-28T08:00:00.000000Z", "X-FOST-Headers X-Custom",
                    Map.of("X-Custom", "v"), Map.of());
            assertRefused(request, "X-Custom");
        }

        @Test
        @DisplayName("a request without X-FOST-Headers")
        void missingHeaderList() {
            assertRefused(handMade("2026-11-28T08:00:00.000000Z", null, Map.of(), Map.of()), "X-FOST-Headers");
        }

        @Test
        @DisplayName("an X-FOST-Headers that does not start with itself")
        void headerListNotSelfFirst() {
            Map<String, String> signedHeaders = new LinkedHashMap<>();
            signedHeaders.put("X-FOST-User", "alice");
            HostRequest request = handMade("2026-11-28T08:00:00.000000Z", "X-FOST-User X-FOST-Headers",
                    signedHeaders, Map.of("X-FOST-User", "alice"));
            assertRefused(request, "must name itself first");
        }

        @Test
        @DisplayName("a tampered signature")
        void wrongSignature() {
            HostRequest good = signed("GET", "", null, null);
            String authorization = good.headers().first("Authorization");
            char last = authorization.charAt(authorization.length() - 2);
            String tampered = authorization.substring(0, authorization.length() - 2) + (last == 'A' ? 'B' : 'A')
                    + authorization.charAt(authorization.length() - 1);
            FostVerifier.Result result = verifier.verify(good, tampered);
            assertThat(result.ok()).isFalse();
            assertThat(result.failure()).contains("signature mismatch");
        }

        @Test
        @DisplayName("a signed request replayed within the skew window")
        void replay() {
            HostRequest request = signed("POST", "", BODY, "alice");
            assertThat(verify(request).ok()).isTrue();
            assertRefused(request, "replay");
            assertThat(verify(signed("pizzas", "k3y", "POST", "", BODY, "alice", NOW.plusSeconds(1))).ok())
                    .as("a fresh signature of the same request").isTrue();
        }
    }

    @Nested
    @DisplayName("allows a clock skew of 300 s")
    class Skew {

        @ParameterizedTest(name = "{0} s")
        @ValueSource(longs = {0, 1, 299, 300, -1, -300})
        @DisplayName("accepting timestamps just inside it, in the past or the future")
        void inside(long offset) {
            assertThat(verify(signed("pizzas", "k3y", "GET", "", null, null, NOW.plusSeconds(offset))).ok()).isTrue();
        }

        @ParameterizedTest(name = "{0} s")
        @ValueSource(longs = {301, -301, 3600, -86400})
        @DisplayName("refusing timestamps just outside it")
        void outside(long offset) {
            assertRefused(signed("pizzas", "k3y", "GET", "", null, null, NOW.plusSeconds(offset)), "clock skew");
        }
    }

    @Nested
    @DisplayName("covers what the method sends")
    class SignedContent {

        @Test
        @DisplayName("GET signs the query string, not the body")
        void getSignsQuery() {
            HostRequest request = signed("GET", "a=1&b=2", null, null);
            assertRefused(with(request, PATH, "a=1&b=3", null), "signature mismatch");
            assertThat(verify(with(request, PATH, "a=1&b=2", "ignored".getBytes(StandardCharsets.UTF_8))).ok())
                    .isTrue();
        }

        @Test
        @DisplayName("POST signs the body, not the query string")
        void postSignsBody() {
            HostRequest request = signed("POST", "", BODY, null);
            assertRefused(with(request, PATH, "", "{\"name\": \"Hawaii\"}".getBytes(StandardCharsets.UTF_8)),
                    "signature mismatch");
            assertThat(verify(with(request, PATH, "x=1", BODY)).ok()).isTrue();
        }

        @Test
        @DisplayName("every method signs the path")
        void path() {
            assertRefused(with(signed("GET", "", null, null), PATH + "x/", "", null), "signature mismatch");
        }

        @Test
        @DisplayName("the acting user is signed: changing it breaks the signature")
        void user() {
            HostRequest request = signed("POST", "", BODY, "alice");
            Headers headers = Headers.builder().addAll(request.headers()).set("X-FOST-User", "admin").build();
            assertRefused(new HostRequest("POST", PATH, "", headers, BODY, null), "signature mismatch");
        }
    }
}
