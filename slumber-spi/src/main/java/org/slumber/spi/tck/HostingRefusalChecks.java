package org.slumber.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.spi.tck.HostingFixture.randomBytes;

import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.hosting.Host;

/**
 * Requests a host refuses before handing them over, answered with what
 * {@link org.slumber.spi.hosting.RequestHandler#refuse} returns: a body over
 * {@link org.slumber.spi.hosting.HostSettings#maxBodyBytes()} (413), an unparseable request (400).
 */
abstract class HostingRefusalChecks extends HostingChecks {

    private static final int LIMIT = 64 * 1024;

    HostingRefusalChecks(HostingFixture fixture) {
        super(fixture);
    }

    @Test
    @DisplayName("with a body over maxBodyBytes by its Content-Length is answered 413 from refuse(), unread")
    void declaredTooLarge() throws IOException {
        HostingRawResponse response;
        try (HostingWire wire = new HostingWire(HostingFixture.target(limitedHost()))) {
            // the body is never sent: the host must answer from the head alone
            response = wire.send(HostingWire.head("POST", "/too-big?x=1", "Content-Type: application/octet-stream",
                    "Content-Length: " + (LIMIT + 1))).read(false);
        }

        HostingRecorder.Refusal refusal = assertRefused(response, 413);
        assertHead(refusal, "POST", "/too-big", "x=1");
        assertThat(refusal.head().headers().first("Content-Length")).isEqualTo(String.valueOf(LIMIT + 1));
    }

    @Test
    @DisplayName("with a chunked body growing over maxBodyBytes is answered 413 from refuse() once over")
    void chunkedTooLarge() throws IOException {
        HostingRawResponse response;
        try (HostingWire wire = new HostingWire(HostingFixture.target(limitedHost()))) {
            wire.send(HostingWire.head("PUT", "/growing", "Transfer-Encoding: chunked"));
            byte[] chunk = randomBytes(8192, 7);
            try {
                for (int sent = 0; sent <= 2 * LIMIT; sent += chunk.length) {
                    wire.sendChunk(chunk);
                }
            } catch (IOException closedByHost) {
                // a host may stop reading and close once over the limit; its answer is still there
            }
            // the last chunk is never sent: the host must answer before the body ends
            response = wire.read(false);
        }

        assertHead(assertRefused(response, 413), "PUT", "/growing", "");
    }

    @Test
    @DisplayName("whose request line cannot be parsed is answered 400 from refuse()")
    void unparseable() throws IOException {
        HostingRawResponse response;
        try (HostingWire wire = fixture.wire()) {
            response = wire.send("THIS IS NOT HTTP\r\n\r\n").read(false);
        }

        HostingRecorder.Refusal refusal = assertRefused(response, 400);
        assertThat(refusal.head().path()).startsWith("/");
        assertThat(refusal.head().body()).isEmpty();
    }

    private Host limitedHost() throws IOException {
        return fixture.start(fixture.adjusted(fixture.settings().maxThreads(), LIMIT, fixture.settings().stopTimeout()));
    }

    private HostingRecorder.Refusal assertRefused(HostingRawResponse response, int status) {
        HostingRecorder.Refusal refusal = handler.nextRefusal();
        assertThat(refusal.status()).isEqualTo(status);
        assertThat(refusal.reason()).isNotBlank();
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("X-Tck-Answer")).isEqualTo("refusal");
        assertThat(response.body()).isEqualTo(HostingRecorder.refusal(status, refusal.reason()).body());
        assertThat(handler.handleCalls()).as("calls of handle()").isZero();
        return refusal;
    }

    private static void assertHead(HostingRecorder.Refusal refusal, String method, String path, String query) {
        assertThat(refusal.head().method()).isEqualTo(method);
        assertThat(refusal.head().path()).isEqualTo(path);
        assertThat(refusal.head().query()).isEqualTo(query);
        assertThat(refusal.head().body()).isEmpty();
    }
}
