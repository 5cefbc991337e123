package org.slumber.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("FOST signatures")
class FostSignatureTest {

    @Nested
    @DisplayName("match the test vectors of auth.md")
    class Vectors {

        @Test
        @DisplayName("GET / with no further signed headers")
        void firstVector() {
            FostSignature signer = new FostSignature("any", "secret-value");
            assertThat(signer.sign("GET", "/", "2011-04-27 03:26:37.625618", Map.of(), new byte[0]))
                    .isEqualTo("Ttq8K3g/jm7sOAVzCN+3k4FVAso=");
        }

        @Test
        @DisplayName("the first vector's document is the documented text")
        void firstDocument() {
            byte[] document = FostSignature.document("GET", "/", "2011-04-27 03:26:37.625618", Map.of(), new byte[0]);
            assertThat(new String(document, StandardCharsets.UTF_8))
                    .isEqualTo("GET /\n2011-04-27 03:26:37.625618\nX-FOST-Headers\n");
        }

        @Test
        @DisplayName("GET / signing X-FOST-User: admin")
        void secondVector() {
            FostSignature signer = new FostSignature("any", "secret-value");
            assertThat(signer.sign("GET", "/", "2011-04-27 03:26:37.625618", Map.of("X-FOST-User", "admin"),
                    new byte[0])).isEqualTo("ptU9LlwTy9srXJ/Orv2EzN0XBq0=");
        }

        @Test
        @DisplayName("POST with a JSON body signing X-FOST-User: alice")
        void thirdVector() {
            FostSignature signer = new FostSignature("any", "k3y");
            byte[] body = "{\"name\": \"Margherita\"}".getBytes(StandardCharsets.UTF_8);
            assertThat(signer.sign("POST", "/slumber/pizzas/slumber_examples/Pizza/create/",
                    "2026-11-28T08:00:00.000000Z", Map.of("X-FOST-User", "alice"), body))
                    .isEqualTo("fMQe7x4rj7Z6BmqjyNMqKzD7WDs=");
        }
    }

    @Nested
    @DisplayName("make request headers")
    class RequestHeaders {

        @Test
        @DisplayName("with timestamp, signed header list, acting user and Authorization")
        void headers() {
            FostSignature signer = new FostSignature("service", "k3y");
            byte[] body = "{\"name\": \"Margherita\"}".getBytes(StandardCharsets.UTF_8);
            Map<String, String> headers = signer.headers("POST", "/slumber/pizzas/slumber_examples/Pizza/create/", "",
                    body, "alice", Instant.parse("2026-11-28T08:00:00Z"));
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("X-FOST-Timestamp", "2026-11-28T08:00:00.000000Z");
            expected.put("X-FOST-Headers", "X-FOST-Headers X-FOST-User");
            expected.put("X-FOST-User", "alice");
            expected.put("Authorization", "FOST service:fMQe7x4rj7Z6BmqjyNMqKzD7WDs=");
            assertThat(headers).containsExactlyEntriesOf(expected);
        }

        @Test
        @DisplayName("signing the query string, not the body, of a GET")
        void getSignsQuery() {
            assertThat(new String(FostSignature.signedContent("GET", "a=1&b=2", "ignored".getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8)).isEqualTo("a=1&b=2");
            assertThat(new String(FostSignature.signedContent("PUT", "a=1", "body".getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8)).isEqualTo("body");
        }

        @Test
        @DisplayName("without X-FOST-User when acting as the key's own user")
        void noActingUser() {
            Map<String, String> headers = new FostSignature("service", "k3y").headers("GET", "/", null, null, null);
            assertThat(headers).containsEntry("X-FOST-Headers", "X-FOST-Headers").doesNotContainKey("X-FOST-User");
            assertThat(headers.get("Authorization")).startsWith("FOST service:");
        }
    }
    @Nested
    @DisplayName("write timestamps")
    class Timestamps {

        @Test
        @DisplayName("in UTC with six digits of microseconds, like django-fost-authn")
        void microseconds() {
            FostSignature signer = new FostSignature("service", "k3y");
            assertThat(signer.timestamp(Instant.parse("2026-11-28T08:00:00.000042Z")))
                    .isEqualTo("2026-11-28T08:00:00.000042Z");
            assertThat(signer.timestamp(Instant.parse("1999-12-31T23:59:59.999999999Z")))
                    .isEqualTo("1999-12-31T23:59:59.999999Z");
        }

        @Test
        @DisplayName("equal to DateTimeFormatter's text across seconds, days and years")
        void sameAsFormatter() {
            java.time.format.DateTimeFormatter formatter = java.time.format.DateTimeFormatter
                    .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);
            FostSignature signer = new FostSignature("service", "k3y");
            java.util.Random random = new java.util.Random(7);
            Instant time = Instant.parse("2026-12-31T23:59:58Z");
            for (int i = 0; i < 2_000; i++) {
                assertThat(signer.timestamp(time)).isEqualTo(formatter.format(time));
                time = i % 100 == 99
                        ? Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(1_000_000_000))
                        : time.plusNanos(random.nextInt(900_000_000));
            }
        }
    }
}
