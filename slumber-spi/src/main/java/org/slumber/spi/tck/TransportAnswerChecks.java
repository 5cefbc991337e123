package org.slumber.spi.tck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.slumber.spi.Headers;
import org.slumber.spi.hosting.HostResponse;
import org.slumber.spi.transport.TransportResponse;

/**
 * {@link TransportResponse}: whatever the status, the answer comes back whole, as the server
 * sent it, after exactly one request: redirects are returned, not followed; nothing is retried
 * or answered on the transport's own initiative.
 */
abstract class TransportAnswerChecks extends TransportChecks {

    TransportAnswerChecks(TransportFixture fixture) {
        super(fixture);
    }

    @TestFactory
    @DisplayName("comes back with its status, headers and body whatever the status, after exactly one request")
    Stream<DynamicTest> everyStatus() {
        return Stream.of(200, 201, 202, 204, 301, 302, 303, 304, 307, 400, 401, 403, 404, 409, 429, 500, 502, 503)
                .map(status -> dynamicTest(String.valueOf(status), () -> {
                    handler.forget();
                    byte[] body = ("{\"status\": " + status + "}").getBytes(UTF_8);
                    boolean bodiless = status == 204 || status == 304;
                    handler.answerAtOnce(request -> new HostResponse(status, TransportFixture.headers(
                            "Content-Type", "application/json", "X-Tck-Status", String.valueOf(status),
                            "Location", "/elsewhere", "Retry-After", "1", "WWW-Authenticate", "FMAC"), body));

                    TransportResponse response = fixture.send("GET", "/status/" + status);

                    assertThat(response.status()).isEqualTo(status);
                    assertThat(response.headers().first("X-Tck-Status")).isEqualTo(String.valueOf(status));
                    assertThat(response.headers().first("Location")).isEqualTo("/elsewhere");
                    assertThat(response.body()).isEqualTo(bodiless ? new byte[0] : body);
                    if (!bodiless) {
                        assertThat(response.headers().first("Content-Type")).isEqualTo("application/json");
                    }
                    assertThat(handler.nextRequest().path()).isEqualTo("/status/" + status);
                    assertThat(handler.remainingRequests()).as("requests after the first (a redirect followed, "
                            + "a retry)").isEmpty();
                }));
    }

    @Test
    @DisplayName("of a redirect is returned with its Location, not followed")
    void redirectNotFollowed() throws Exception {
        String target = fixture.uri("/target").toString();
        handler.answerAtOnce(request -> request.path().equals("/moved")
                ? new HostResponse(301, TransportFixture.headers("Location", target), new byte[0])
                : TransportRecorder.echo(request));

        TransportResponse response = fixture.send("POST", "/moved", TransportFixture.headers("Content-Type",
                "text/plain"), "data".getBytes(UTF_8));

        assertThat(response.status()).isEqualTo(301);
        assertThat(response.headers().first("Location")).isEqualTo(target);
        assertThat(handler.nextRequest().path()).isEqualTo("/moved");
        assertThat(handler.remainingRequests()).as("requests after the redirect").isEmpty();
    }

    @Test
    @DisplayName("has every value of a repeated header field, in order")
    void repeatedHeaders() throws Exception {
        handler.answerAtOnce(request -> new HostResponse(200, TransportFixture.headers(
                "Set-Cookie", "a=1", "X-Tck-Repeated", "one", "Set-Cookie", "b=2", "X-Tck-Repeated", "two",
                "X-Tck-Repeated", "three"), "ok".getBytes(UTF_8)));

        Headers headers = fixture.send("GET", "/repeated").headers();

        assertThat(headers.all("X-Tck-Repeated")).containsExactly("one", "two", "three");
        assertThat(headers.all("Set-Cookie")).containsExactly("a=1", "b=2");
        List<String> inOrder = new ArrayList<>();
        headers.forEach((name, value) -> {
            if (name.toLowerCase(Locale.ROOT).equals("x-tck-repeated")) {
                inOrder.add(value);
            }
        });
        assertThat(inOrder).containsExactly("one", "two", "three");
    }

    @Test
    @DisplayName("has headers found whatever the case of their names, and absent ones reported as absent")
    void headersContract() throws Exception {
        handler.answerAtOnce(request -> new HostResponse(200, TransportFixture.headers(
                "X-Tck-Mixed-Case", "Value One"), new byte[0]));

        Headers headers = fixture.send("GET", "/case").headers();

        assertThat(headers.first("x-tck-mixed-case")).isEqualTo("Value One");
        assertThat(headers.first("X-TCK-MIXED-CASE")).isEqualTo("Value One");
        assertThat(headers.all("x-TCK-mixed-CASE")).containsExactly("Value One");
        assertThat(headers.contains("X-tck-Mixed-case")).isTrue();
        assertThat(headers.first("X-Tck-Absent")).isNull();
        assertThat(headers.all("X-Tck-Absent")).isEmpty();
        assertThat(headers.contains("X-Tck-Absent")).isFalse();
    }
}
