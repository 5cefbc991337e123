package org.slumber.spi.tck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slumber.spi.tck.HostingFixture.answer;
import static org.slumber.spi.tck.HostingFixture.request;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.hosting.Host;
import org.slumber.spi.hosting.HostResponse;

/** {@link Host#close()}: graceful, bounded by the stop timeout, idempotent. */
abstract class HostingCloseChecks extends HostingChecks {

    HostingCloseChecks(HostingFixture fixture) {
        super(fixture);
    }

    @Test
    @DisplayName("lets a request in flight finish with its answer, refusing new connections meanwhile")
    void graceful() throws Exception {
        Host closing = fixture.host();
        CompletableFuture<HostResponse> slow = new CompletableFuture<>();
        handler.answerWith(request -> slow);
        CompletableFuture<HttpResponse<String>> response =
                fixture.http().sendAsync(request(closing, "/slow").build(), BodyHandlers.ofString());
        handler.nextRequest();

        CompletableFuture<Void> closed = CompletableFuture.runAsync(closing::close);

        assertThat(refusesConnectionsWithin(HostingFixture.target(closing), Duration.ofSeconds(3)))
                .as("new connections refused while closing").isTrue();
        Thread.sleep(500);
        assertThat(closed).as("close() waits for the request in flight").isNotDone();
        slow.complete(answer(200, "finished".getBytes(UTF_8)));
        assertThat(response.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(response.get().body()).isEqualTo("finished");
        closed.get(10, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("refuses new connections afterwards, and may be called again")
    void idempotent() throws IOException {
        Host closing = fixture.host();
        InetSocketAddress target = HostingFixture.target(closing);
        try (HostingWire wire = new HostingWire(target)) {
            assertThat(wire.exchange("GET", "/before", new byte[0]).status()).isEqualTo(200);
        }

        closing.close();
        long again = System.nanoTime();
        closing.close();

        assertThat(Duration.ofNanos(System.nanoTime() - again)).isLessThan(Duration.ofSeconds(1));
        assertThatThrownBy(() -> new Socket(target.getAddress(), target.getPort()).close())
                .isInstanceOf(ConnectException.class);
    }

    @Test
    @DisplayName("gives up on a request that never finishes once stopTimeout has passed")
    void boundedByStopTimeout() throws Exception {
        Host closing = fixture.start(fixture.adjusted(fixture.settings().maxThreads(), 1 << 16, Duration.ofMillis(300)));
        handler.answerWith(request -> new CompletableFuture<>());
        fixture.http().sendAsync(request(closing, "/never").build(), BodyHandlers.ofString());
        handler.nextRequest();

        long started = System.nanoTime();
        closing.close();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        InetSocketAddress target = HostingFixture.target(closing);
        assertThatThrownBy(() -> new Socket(target.getAddress(), target.getPort()).close())
                .isInstanceOf(ConnectException.class);
    }

    private static boolean refusesConnectionsWithin(InetSocketAddress target, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(target, 1000);
            } catch (ConnectException refused) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
