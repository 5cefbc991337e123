package org.slumber.spi.tck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.spi.tck.HostingFixture.concat;
import static org.slumber.spi.tck.HostingFixture.randomBytes;
import static org.slumber.spi.tck.HostingFixture.request;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.hosting.Host;
import org.slumber.spi.hosting.HostRequest;

/** {@link HostRequest#body()} and {@link HostRequest#remote()}. */
abstract class HostingRequestBodyChecks extends HostingChecks {

    private static final int LIMIT = 1 << 20;

    HostingRequestBodyChecks(HostingFixture fixture) {
        super(fixture);
    }

    @Test
    @DisplayName("passes binary bytes exactly")
    void binaryExact() throws Exception {
        byte[] sent = randomBytes(64 * 1024, 1);

        HttpResponse<byte[]> response = fixture.send(request(fixture.host(), "/binary")
                .POST(BodyPublishers.ofByteArray(sent)));

        assertThat(response.statusCode()).isEqualTo(200);
        HostRequest request = handler.nextRequest();
        assertThat(request.body()).isEqualTo(sent);
        assertThat(request.headers().first("Content-Length")).isEqualTo(String.valueOf(sent.length));
    }

    @Test
    @DisplayName("passes an empty body for a request without one")
    void emptyBody() throws Exception {
        fixture.send(request(fixture.host(), "/empty").POST(BodyPublishers.noBody()));
        fixture.get("/none");

        assertThat(handler.nextRequest().body()).isEmpty();
        assertThat(handler.nextRequest().body()).isEmpty();
    }

    @Test
    @DisplayName("accepts a body of exactly maxBodyBytes (1 MiB), whole")
    void bodyAtLimit() throws Exception {
        Host limited = fixture.start(fixture.adjusted(fixture.settings().maxThreads(), LIMIT,
                fixture.settings().stopTimeout()));
        byte[] sent = randomBytes(LIMIT, 2);

        HttpResponse<byte[]> response = fixture.send(request(limited, "/at-limit").PUT(BodyPublishers.ofByteArray(sent)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(handler.nextRequest().body()).isEqualTo(sent);
        assertThat(handler.pendingRefusals()).isZero();
    }

    @Test
    @DisplayName("reassembles a chunked body sent chunk by chunk")
    void chunkedByHand() throws IOException {
        byte[] middle = randomBytes(3000, 3);
        try (HostingWire wire = fixture.wire()) {
            wire.send(HostingWire.head("POST", "/chunked", "Transfer-Encoding: chunked"))
                    .sendChunk("Hello, ".getBytes(UTF_8)).sendChunk(middle).sendChunk("world".getBytes(UTF_8))
                    .sendChunk(new byte[0]);

            assertThat(wire.read(false).status()).isEqualTo(200);
        }
        byte[] expected = concat("Hello, ".getBytes(UTF_8), middle, "world".getBytes(UTF_8));
        assertThat(handler.nextRequest().body()).isEqualTo(expected);
    }

    @Test
    @DisplayName("reassembles a streamed body of unknown length")
    void chunkedByClient() throws Exception {
        byte[] sent = randomBytes(200_000, 4);

        HttpResponse<byte[]> response = fixture.send(request(fixture.host(), "/streamed")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(sent))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(handler.nextRequest().body()).isEqualTo(sent);
    }

    @Test
    @DisplayName("comes with the peer's loopback address and port as remote")
    void remoteAddress() throws IOException {
        try (HostingWire wire = fixture.wire()) {
            assertThat(wire.exchange("GET", "/remote", new byte[0]).status()).isEqualTo(200);
            InetSocketAddress remote = handler.nextRequest().remote();

            assertThat(remote).isNotNull();
            assertThat(remote.getAddress().isLoopbackAddress()).as("loopback: " + remote).isTrue();
            assertThat(remote.getPort()).isEqualTo(wire.localPort());
        }
    }
}
