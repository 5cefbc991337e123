package org.slumber.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.hosting.HostRequest;
import org.slumber.spi.hosting.HostResponse;
import org.slumber.spi.transport.TransportRequest;
import org.slumber.spi.transport.TransportResponse;

/**
 * {@link TransportRequest#body()} and {@link TransportResponse#body()}: bytes, carried exactly
 * both ways. The kit's handler answers with the body it received.
 */
abstract class TransportBodyChecks extends TransportChecks {

    private static final String OCTETS = "application/octet-stream";

    TransportBodyChecks(TransportFixture fixture) {
        super(fixture);
    }

    @Test
    @DisplayName("carries every byte value exactly, both ways")
    void binary() throws Exception {
        byte[] body = new byte[512];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) (i * 7);
        }

        TransportResponse response = fixture.send("POST", "/binary", TransportFixture.headers("Content-Type", OCTETS),
                body);

        assertThat(handler.nextRequest().body()).isEqualTo(body);
        assertThat(response.body()).isEqualTo(body);
    }

    @Test
    @DisplayName("carries an empty body as no bytes, for a POST and for a GET")
    void empty() throws Exception {
        TransportResponse posted = fixture.send("POST", "/empty", TransportFixture.headers("Content-Type", OCTETS),
                new byte[0]);
        HostRequest post = handler.nextRequest();
        TransportResponse got = fixture.send("GET", "/empty");
        HostRequest get = handler.nextRequest();

        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.body()).isEmpty();
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.body()).isNotNull().isEmpty();
        assertThat(get.body()).isEmpty();
        assertThat(got.body()).isNotNull().isEmpty();
    }

    @Test
    @DisplayName("carries 1 MiB exactly, both ways")
    void large() throws Exception {
        byte[] body = TransportFixture.randomBytes(1 << 20, 11);

        TransportResponse response = fixture.send("PUT", "/large", TransportFixture.headers("Content-Type", OCTETS),
                body);

        assertThat(handler.nextRequest().body()).isEqualTo(body);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(body);
    }

    @Test
    @DisplayName("is read whole from a server answer even when the request had none")
    void answerBodyOnly() throws Exception {
        byte[] body = TransportFixture.randomBytes(200_000, 12);
        handler.answerAtOnce(request -> new HostResponse(200,
                TransportFixture.headers("Content-Type", OCTETS), body));

        TransportResponse response = fixture.send("GET", "/download");

        assertThat(response.body()).isEqualTo(body);
        assertThat(response.headers().first("Content-Type")).isEqualTo(OCTETS);
    }
}
