package org.slumber.examples.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.slumber.core.auth.FostSignature;

/**
 * A closed-loop Java load generator: {@code threads} threads, each sending GETs back to back
 * for a fixed time over an HttpClient 5 classic client whose pool holds one kept-alive
 * connection per thread. What is sent comes from a {@link Requests}: unsigned, unsigned with
 * decoy headers as long as a signature's, or signed anew for each request with
 * {@link FostSignature#headers} (as a Slumber client does).
 */
final class LoadGenerator implements AutoCloseable {

    /** What one run measured. */
    record Result(double requestsPerSecond, double p99Millis, long requests, long failures) {
    }

    /** Makes the n-th request of a run (called from many threads). */
    interface Requests {
        HttpGet next(long n);

        /** Requests without credentials (the server's local development access applies). */
        static Requests unsigned(String origin, Endpoint endpoint) {
            return n -> new HttpGet(origin + endpoint.path(n));
        }

        /**
         * Requests without credentials that carry {@link Decoy decoy headers} as long as a
         * signature's: the server ignores them, so the local development access applies.
         */
        static Requests decoy(String origin, Endpoint endpoint) {
            return n -> {
                HttpGet get = new HttpGet(origin + endpoint.path(n));
                get.addHeader(Decoy.TIMESTAMP, "2026-11-28T08:00:00.000000Z");
                get.addHeader(Decoy.HEADERS, FostSignature.HEADERS);
                get.addHeader(Decoy.AUTHORIZATION, "FOST " + BenchConfig.KEY + ":0000000000000000000000000000");
                return get;
            };
        }

        /** Requests signed when they are made. */
        static Requests signed(String origin, Endpoint endpoint, FostSignature signer) {
            return n -> sign(origin, endpoint.path(n), signer);
        }
    }

    /**
     * Header names as long as those of a FOST signature ({@code X-FOST-Timestamp},
     * {@code X-FOST-Headers}, {@code Authorization}) that the server ignores: requests with them
     * and a signature's values have the same bytes as signed requests, without being signed.
     */
    static final class Decoy {
        static final String TIMESTAMP = "X-Fake-Timestamp";
        static final String HEADERS = "X-Fake-Headers";
        static final String AUTHORIZATION = "X-Fake-Author";

        private Decoy() {
        }
    }

    private static HttpGet sign(String origin, String path, FostSignature signer) {
        HttpGet get = new HttpGet(origin + path);
        signer.headers("GET", path, null, null, null).forEach(get::addHeader);
        return get;
    }

    private final int threads;
    private final CloseableHttpClient client;

    LoadGenerator(int threads) {
        this.threads = threads;
        this.client = bareClient(threads, threads,
                RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(30)).build());
    }

    /**
     * An HttpClient 5 classic client as adapter-httpclient configures its own: a pool of
     * kept-alive connections and nothing automatic (no retries, redirects, cookies,
     * decompression, auth cache, user agent or connection state).
     */
    static CloseableHttpClient bareClient(int maxConnections, int maxPerRoute, RequestConfig requests) {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(maxConnections).setMaxConnPerRoute(maxPerRoute).build())
                .setDefaultRequestConfig(requests)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression()
                .disableAuthCaching()
                .disableDefaultUserAgent()
                .disableConnectionState()
                .build();
    }

    /** Sends requests from every thread for {@code duration}. */
    Result run(Requests requests, Duration duration) throws InterruptedException {
        AtomicLong failures = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        long[] window = new long[2];
        for (int t = 0; t < threads; t++) {
            long offset = (long) t * 7919;
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long deadline = window[1];
                long[] own = new long[1 << 14];
                int count = 0;
                long n = offset;
                while (System.nanoTime() < deadline) {
                    long begin = System.nanoTime();
                    boolean ok = send(requests.next(n++));
                    long took = System.nanoTime() - begin;
                    if (!ok) {
                        failures.incrementAndGet();
                        continue;
                    }
                    if (count == own.length) {
                        own = Arrays.copyOf(own, count * 2);
                    }
                    own[count++] = took;
                }
                synchronized (latencies) {
                    latencies.add(Arrays.copyOf(own, count));
                }
            }, "load-" + t);
            workers.add(worker);
            worker.start();
        }
        window[0] = System.nanoTime();
        window[1] = window[0] + duration.toNanos();
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - window[0]) / 1e9;
        int total = latencies.stream().mapToInt(part -> part.length).sum();
        long[] all = new long[total];
        int at = 0;
        for (long[] part : latencies) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        double p99 = Stats.percentile(all, total, 0.99) / 1e6;
        return new Result(total / seconds, p99, total, failures.get());
    }

    private boolean send(HttpGet get) {
        try {
            return client.execute(get, response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode() == 200;
            });
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
