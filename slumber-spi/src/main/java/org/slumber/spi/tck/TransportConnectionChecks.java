package org.slumber.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.transport.Transport;
import org.slumber.spi.transport.TransportRequest;
import org.slumber.spi.transport.TransportSettings;

/**
 * Connections that fail: refused, never answered ({@link TransportSettings#connectTimeout()}),
 * and many failures in a row.
 */
abstract class TransportConnectionChecks extends TransportNetworkChecks {

    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    private static final Duration MARGIN = Duration.ofMillis(2500);
    private static final int FAILURES = 1000;
    private static final int THREAD_SLACK = 3;

    TransportConnectionChecks(TransportFixture fixture) {
        super(fixture);
    }

    @Test
    @DisplayName("refused gives an IOException naming the URL, at once")
    void refused() throws Exception {
        URI closed = URI.create("http://127.0.0.1:" + closedPort() + "/refused?x=1");

        long started = System.nanoTime();
        Throwable failure = catchThrowable(() -> fixture.transport().send(new TransportRequest("GET", closed, null,
                null)));
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(failure).isInstanceOf(IOException.class).hasMessageContaining(closed.toString());
        assertThat(waited).isLessThan(fixture.settings().connectTimeout().plus(MARGIN));
    }

    @Test
    @DisplayName("that is never accepted gives an IOException naming the URL once the connect timeout has passed")
    void connectTimeout() throws IOException {
        Transport impatient = fixture.open(fixture.withConnectTimeout(CONNECT_TIMEOUT));
        try (TransportBlackHole hole = new TransportBlackHole()) {
            assumeTrue(hole.uri() != null, () -> "skipped: no address here lets a connection time out: " + hole.why());
            URI unreachable = hole.uri();

            long started = System.nanoTime();
            Throwable failure = catchThrowable(() -> impatient.send(new TransportRequest("GET", unreachable, null,
                    null)));
            Duration waited = Duration.ofNanos(System.nanoTime() - started);

            assertThat(failure).isInstanceOf(IOException.class).hasMessageContaining(unreachable.toString());
            assertThat(waited).as("time until the IOException")
                    .isGreaterThanOrEqualTo(CONNECT_TIMEOUT.minusMillis(50))
                    .isLessThan(CONNECT_TIMEOUT.plus(MARGIN));
        }
    }

    @Test
    @DisplayName("1,000 refused in a row leave no threads behind, and the transport still works")
    void manyFailures() throws Exception {
        Transport transport = fixture.transport();
        URI closed = URI.create("http://127.0.0.1:" + closedPort() + "/refused");
        TransportRequest failing = new TransportRequest("GET", closed, null, null);
        assertThat(catchThrowable(() -> transport.send(failing))).isInstanceOf(IOException.class);
        int before = TransportFixture.liveThreads();

        int failures = 0;
        for (int i = 0; i < FAILURES; i++) {
            try {
                transport.send(failing);
            } catch (IOException expected) {
                failures++;
            }
        }

        assertThat(failures).isEqualTo(FAILURES);
        assertThat(TransportFixture.liveThreadsSettledTo(before + THREAD_SLACK))
                .as("live threads after " + FAILURES + " failed calls; before: " + before)
                .isLessThanOrEqualTo(before + THREAD_SLACK);
        assertThat(fixture.send("GET", "/still-works").status()).isEqualTo(200);
    }

    /** A loopback port nothing listens on (it was free a moment ago). */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
