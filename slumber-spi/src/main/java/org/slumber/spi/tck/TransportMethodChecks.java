package org.slumber.spi.tck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.slumber.spi.Headers;
import org.slumber.spi.hosting.HostRequest;
import org.slumber.spi.transport.TransportRequest;
import org.slumber.spi.transport.TransportResponse;

/**
 * {@link TransportRequest#method()}: GET, POST, PUT and DELETE are required; PATCH, OPTIONS,
 * HEAD and an unknown token (PURGE) are checked when the transport takes them, and skipped
 * when it refuses them with {@link IllegalArgumentException} or
 * {@link UnsupportedOperationException} before sending.
 */
abstract class TransportMethodChecks extends TransportChecks {

    private static final Set<String> REQUIRED = Set.of("GET", "POST", "PUT", "DELETE");
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH", "PURGE");

    TransportMethodChecks(TransportFixture fixture) {
        super(fixture);
    }

    @TestFactory
    @DisplayName("reaches the server as given, and its answer comes back (GET, POST, PUT, DELETE required)")
    Stream<DynamicTest> sendsMethod() {
        return Stream.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "PURGE")
                .map(method -> dynamicTest(method + (REQUIRED.contains(method) ? "" : " (optional)"), () -> {
                    handler.forget();
                    byte[] body = WITH_BODY.contains(method) ? ("body of " + method).getBytes(UTF_8) : new byte[0];
                    TransportResponse response = sendOrSkip(method, body);
                    HostRequest request = handler.nextRequest();

                    assertThat(request.method()).isEqualTo(method);
                    assertThat(request.path()).isEqualTo("/method/" + method);
                    assertThat(request.body()).isEqualTo(body);
                    assertThat(response.status()).isEqualTo(200);
                    assertThat(response.headers().first("X-Tck-Method")).isEqualTo(method);
                    if (method.equals("HEAD")) {
                        assertThat(response.body()).as("a HEAD answer has no body").isEmpty();
                    } else {
                        assertThat(response.body()).isEqualTo(body);
                    }
                }));
    }

    private TransportResponse sendOrSkip(String method, byte[] body) throws IOException {
        try {
            return fixture.send(method, "/method/" + method,
                    body.length == 0 ? Headers.empty() : TransportFixture.headers("Content-Type", "text/plain"), body);
        } catch (IllegalArgumentException | UnsupportedOperationException refused) {
            if (REQUIRED.contains(method)) {
                throw refused;
            }
            return abort("skipped: the transport does not support the optional method " + method + ": " + refused);
        }
    }
}
