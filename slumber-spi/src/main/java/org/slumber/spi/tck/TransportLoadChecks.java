package org.slumber.spi.tck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.transport.Transport;
import org.slumber.spi.transport.TransportResponse;

/** {@link Transport} is thread-safe: one transport, many senders at once. */
abstract class TransportLoadChecks extends TransportChecks {

    private static final int THREADS = 8;
    private static final int REQUESTS_PER_THREAD = 50;

    TransportLoadChecks(TransportFixture fixture) {
        super(fixture);
    }

    @Test
    @DisplayName("8 threads sending 50 requests each through one transport each get their own answers")
    void concurrentSenders() throws Exception {
        fixture.endpoint();
        fixture.transport();
        ExecutorService senders = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> sent = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<Integer> sender = () -> {
                    start.await();
                    return sendMany(thread);
                };
                sent.add(senders.submit(sender));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> count : sent) {
                total += count.get(20, TimeUnit.SECONDS);
            }

            assertThat(total).isEqualTo(THREADS * REQUESTS_PER_THREAD);
            assertThat(handler.handleCalls()).isEqualTo(THREADS * REQUESTS_PER_THREAD);
        } finally {
            senders.shutdownNow();
        }
    }

    private int sendMany(int thread) throws Exception {
        for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
            String path = "/load/" + thread + "/" + i;
            byte[] payload = ("payload " + thread + " " + i).getBytes(UTF_8);
            String method = i % 2 == 0 ? "POST" : "PUT";

            TransportResponse response = fixture.send(method, path,
                    TransportFixture.headers("Content-Type", "text/plain", "X-Tck-Sender", "" + thread), payload);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.headers().first("X-Tck-Target")).isEqualTo(path);
            assertThat(response.headers().first("X-Tck-Method")).isEqualTo(method);
            assertThat(response.body()).isEqualTo(payload);
        }
        return REQUESTS_PER_THREAD;
    }
}
