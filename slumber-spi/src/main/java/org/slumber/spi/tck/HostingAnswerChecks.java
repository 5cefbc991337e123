package org.slumber.spi.tck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.slumber.spi.tck.HostingFixture.answer;
import static org.slumber.spi.tck.HostingFixture.randomBytes;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.slumber.spi.hosting.HostResponse;

/** How a host writes a {@link HostResponse}. */
abstract class HostingAnswerChecks extends HostingChecks {

    HostingAnswerChecks(HostingFixture fixture) {
        super(fixture);
    }

    @TestFactory
    @DisplayName("is written with the status, headers and body handed over")
    Stream<DynamicTest> statusAndBody() {
        return Stream.of(200, 201, 202, 301, 400, 401, 404, 405, 409, 418, 500, 501, 503)
                .map(status -> dynamicTest(String.valueOf(status), () -> {
                    byte[] body = ("{\"status\": " + status + "}").getBytes(UTF_8);
                    answerAlways(answer(status, body, "Content-Type", "application/json", "X-Tck-Status", "" + status));
                    try (HostingWire wire = fixture.wire()) {
                        HostingRawResponse response = wire.exchange("GET", "/status", new byte[0]);

                        assertThat(response.status()).isEqualTo(status);
                        assertThat(response.body()).isEqualTo(body);
                        assertThat(response.header("Content-Type")).isEqualTo("application/json");
                        assertThat(response.header("X-Tck-Status")).isEqualTo(String.valueOf(status));
                    }
                }));
    }

    @Test
    @DisplayName("carries every header field in order, repeated ones included")
    void headersInOrder() throws IOException {
        List<String> fields = List.of("Content-Type", "text/plain", "X-Tck-Order", "1", "Set-Cookie", "a=1",
                "X-Tck-Order", "2", "Set-Cookie", "b=2", "Cache-Control", "no-cache", "X-Tck-Order", "3");
        answerAlways(answer(200, "ordered".getBytes(UTF_8), fields.toArray(new String[0])));

        HostingRawResponse response;
        try (HostingWire wire = fixture.wire()) {
            response = wire.exchange("GET", "/ordered", new byte[0]);
        }

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < fields.size(); i += 2) {
            expected.add(fields.get(i).toLowerCase(Locale.ROOT) + ": " + fields.get(i + 1));
        }
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, String> field : response.headers()) {
            String name = field.getKey().toLowerCase(Locale.ROOT);
            if (Stream.of("content-type", "x-tck-order", "set-cookie", "cache-control").anyMatch(name::equals)) {
                written.add(name + ": " + field.getValue());
            }
        }
        assertThat(written).containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("has a Content-Length of the body and is not chunked")
    void contentLength() throws IOException {
        byte[] body = randomBytes(12_345, 5);
        handler.answerWith(request -> CompletableFuture.completedFuture(
                request.path().equals("/empty") ? answer(200, new byte[0]) : answer(200, body)));

        try (HostingWire wire = fixture.wire()) {
            HostingRawResponse full = wire.exchange("GET", "/full", new byte[0]);
            HostingRawResponse empty = wire.exchange("GET", "/empty", new byte[0]);

            assertThat(full.header("Content-Length")).isEqualTo("12345");
            assertThat(full.header("Transfer-Encoding")).isNull();
            assertThat(full.body()).isEqualTo(body);
            assertThat(empty.header("Content-Length")).isEqualTo("0");
            assertThat(empty.body()).isEmpty();
        }
    }

    @Test
    @DisplayName("carries a large binary body exactly")
    void largeBinaryBody() throws Exception {
        byte[] body = randomBytes(300_000, 6);
        answerAlways(answer(200, body, "Content-Type", "application/octet-stream"));

        HttpResponse<byte[]> response = fixture.get("/large");

        assertThat(response.body()).isEqualTo(body);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
    }

    @Test
    @DisplayName("to HEAD has the headers and Content-Length of the body, but no body")
    void headHasNoBody() throws IOException {
        try (HostingWire wire = fixture.wire()) {
            HostingRawResponse head = wire.send(HostingWire.head("HEAD", "/head")).read(true);
            // had the host sent a body, it would now be read as the next status line
            HostingRawResponse next = wire.exchange("GET", "/after-head", new byte[0]);

            assertThat(head.status()).isEqualTo(200);
            assertThat(head.header("X-Tck-Answer")).isEqualTo("echo");
            assertThat(head.header("Content-Length")).isEqualTo(String.valueOf("HEAD /head".length()));
            assertThat(next.status()).isEqualTo(200);
            assertThat(next.text()).isEqualTo("GET /after-head");
        }
    }

    private void answerAlways(HostResponse answer) {
        handler.answerWith(request -> CompletableFuture.completedFuture(answer));
    }
}
