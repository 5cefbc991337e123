package org.slumber.spi.tck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.hosting.HostRequest;
import org.slumber.spi.hosting.HostResponse;
import org.slumber.spi.transport.Transport;
import org.slumber.spi.transport.TransportRequest;
import org.slumber.spi.transport.TransportResponse;
import org.slumber.spi.transport.TransportSettings;

/**
 * Connections are kept alive and reused, and bounded by
 * {@link TransportSettings#maxConnectionsPerRoute()} and {@link TransportSettings#maxConnections()}.
 * The endpoint tells connections apart by the remote port of each request.
 */
abstract class TransportPoolChecks extends TransportNetworkChecks {

    private static final int SENDERS = 8;
    private static final int REQUESTS_PER_SENDER = 10;
    private static final long HOLD_MILLIS = 20;

    TransportPoolChecks(TransportFixture fixture) {
        super(fixture);
    }

    @Test
    @DisplayName("requests sent one after another all go over one kept-alive connection")
    void reused() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(fixture.send("GET", "/reuse/" + i).status()).isEqualTo(200);
        }

        assertThat(remotePorts(handler.remainingRequests())).as("remote ports seen by the server").hasSize(1);
    }

    @Test
    @DisplayName("8 senders to one server share at most maxConnectionsPerRoute (2) connections")
    void boundedPerRoute() throws Exception {
        Transport pooled = fixture.open(fixture.withPool(4, 2));
        InFlight inFlight = holdEachAnswer();
        URI base = fixture.endpoint().base();

        int answered = sendFromMany(pooled, sender -> base);

        assertThat(answered).isEqualTo(SENDERS * REQUESTS_PER_SENDER);
        assertThat(inFlight.most()).as("requests in flight at once").isBetween(1, 2);
        assertThat(remotePorts(handler.remainingRequests())).as("connections opened (remote ports)").hasSizeBetween(1, 2);
    }

    @Test
    @DisplayName("8 senders to two servers share at most maxConnections (3) connections in all")
    void boundedInTotal() throws Exception {
        Transport pooled = fixture.open(fixture.withPool(3, 2));
        InFlight inFlight = holdEachAnswer();
        URI[] bases = {fixture.endpoint().base(), fixture.serve().base()};

        int answered = sendFromMany(pooled, sender -> bases[sender % 2]);

        assertThat(answered).isEqualTo(SENDERS * REQUESTS_PER_SENDER);
        assertThat(inFlight.most()).as("requests in flight at once, both servers together").isBetween(1, 3);
    }

    /** Counts the requests the handler holds at once. */
    private static final class InFlight {
        private final AtomicInteger now = new AtomicInteger();
        private final AtomicInteger most = new AtomicInteger();

        HostResponse hold(HostRequest request) {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                Thread.sleep(HOLD_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                now.decrementAndGet();
            }
            return TransportRecorder.echo(request);
        }

        int most() {
            return most.get();
        }
    }

    /** Makes the handler hold each request for a moment before it answers, counting them. */
    private InFlight holdEachAnswer() {
        InFlight inFlight = new InFlight();
        handler.answerAtOnce(inFlight::hold);
        return inFlight;
    }

    @FunctionalInterface
    private interface Target {
        URI baseFor(int sender);
    }

    /** Sends from {@link #SENDERS} threads at once; returns how many answers were right. */
    private static int sendFromMany(Transport transport, Target target) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> sent = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                int sender = s;
                Callable<Integer> task = () -> {
                    start.await();
                    int right = 0;
                    for (int i = 0; i < REQUESTS_PER_SENDER; i++) {
                        String path = "/pool/" + sender + "/" + i;
                        byte[] body = path.getBytes(UTF_8);
                        TransportResponse response = transport.send(new TransportRequest("POST",
                                URI.create(target.baseFor(sender) + path), TransportFixture.headers(
                                "Content-Type", "text/plain"), body));
                        if (response.status() == 200 && Arrays.equals(response.body(), body)) {
                            right++;
                        }
                    }
                    return right;
                };
                sent.add(senders.submit(task));
            }
            start.countDown();
            int right = 0;
            for (Future<Integer> count : sent) {
                right += count.get(20, TimeUnit.SECONDS);
            }
            return right;
        } finally {
            senders.shutdownNow();
        }
    }

    private static Set<Integer> remotePorts(List<HostRequest> requests) {
        Set<Integer> ports = new TreeSet<>();
        for (HostRequest request : requests) {
            assertThat(request.remote()).as("remote address of " + request).isNotNull();
            ports.add(request.remote().getPort());
        }
        return ports;
    }
}
