package org.slumber.spi.tck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.spi.tck.HostingFixture.answer;
import static org.slumber.spi.tck.HostingFixture.concat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.hosting.Host;
import org.slumber.spi.hosting.HostSettings;

/** Concurrent requests, kept-alive connections and {@link HostSettings#idleTimeout()}. */
abstract class HostingLoadChecks extends HostingChecks {

    private static final int CONNECTIONS = 16;
    private static final int REQUESTS = 200;

    HostingLoadChecks(HostingFixture fixture) {
        super(fixture);
    }

    @Test
    @DisplayName("200 requests over 16 connections at once are each answered with their own answer")
    void concurrent() throws Exception {
        handler.answerWith(request -> CompletableFuture.completedFuture(answer(200,
                concat((request.path() + "|").getBytes(UTF_8), request.body()))));
        InetSocketAddress target = HostingFixture.target(fixture.host());
        ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<Integer>> answered = new ArrayList<>();
            for (int connection = 0; connection < CONNECTIONS; connection++) {
                int id = connection;
                int share = REQUESTS / CONNECTIONS + (id < REQUESTS % CONNECTIONS ? 1 : 0);
                answered.add(clients.submit(() -> exchangeMany(target, id, share)));
            }
            int total = 0;
            for (Future<Integer> count : answered) {
                total += count.get(20, TimeUnit.SECONDS);
            }

            assertThat(total).isEqualTo(REQUESTS);
            assertThat(handler.handleCalls()).isEqualTo(REQUESTS);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    @DisplayName("on one kept-alive connection are all answered over it")
    void keepAlive() throws IOException {
        try (HostingWire wire = fixture.wire()) {
            assertThat(wire.exchange("GET", "/one", new byte[0]).text()).isEqualTo("GET /one");
            assertThat(wire.exchange("POST", "/two", "body".getBytes(UTF_8)).text()).isEqualTo("POST /two");
            assertThat(wire.exchange("DELETE", "/three", new byte[0]).text()).isEqualTo("DELETE /three");

            assertThat(handler.remainingRequests()).extracting(request -> request.remote().getPort())
                    .containsExactly(wire.localPort(), wire.localPort(), wire.localPort());
        }
    }

    @Test
    @DisplayName("leave a connection kept alive only until it has been idle for idleTimeout")
    void idleTimeout() throws IOException {
        HostSettings base = fixture.settings();
        Host idling = fixture.start(new HostSettings(base.host(), 0, base.maxThreads(), base.maxBodyBytes(),
                Duration.ofMillis(300), base.stopTimeout()));
        try (HostingWire wire = new HostingWire(HostingFixture.target(idling))) {
            assertThat(wire.exchange("GET", "/then-idle", new byte[0]).status()).isEqualTo(200);
            long answered = System.nanoTime();

            assertThat(wire.closedByPeer()).as("closed by the host").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - answered)).isLessThan(Duration.ofSeconds(5));
        }
    }

    private static int exchangeMany(InetSocketAddress target, int connection, int count) throws IOException {
        try (HostingWire wire = new HostingWire(target)) {
            for (int i = 0; i < count; i++) {
                String path = "/c/" + connection + "/" + i;
                String payload = "payload " + connection + " " + i;
                HostingRawResponse response = wire.exchange("POST", path, payload.getBytes(UTF_8));

                assertThat(response.status()).isEqualTo(200);
                assertThat(response.text()).isEqualTo(path + "|" + payload);
            }
        }
        return count;
    }
}
