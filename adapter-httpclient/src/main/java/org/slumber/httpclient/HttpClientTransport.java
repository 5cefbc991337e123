package org.slumber.httpclient;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.io.CloseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slumber.spi.transport.Transport;
import org.slumber.spi.transport.TransportRequest;
import org.slumber.spi.transport.TransportResponse;
import org.slumber.spi.transport.TransportSettings;

/**
 * A {@link Transport} on one HttpClient and its connection pool, made by
 * {@link HttpClientAssembly}. Thread-safe: any number of threads send at once, each blocking
 * on its own exchange; the pool bounds how many are on the wire and the rest wait for a
 * connection. {@link #close()} closes the client, its pool and its evictor thread.
 */
final class HttpClientTransport implements Transport {

    private static final Logger LOG = LoggerFactory.getLogger(HttpClientTransport.class);

    private final CloseableHttpClient client;
    private final TransportSettings settings;
    private final AtomicBoolean closed = new AtomicBoolean();

    private HttpClientTransport(CloseableHttpClient client, TransportSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** Builds the client and its pool; opens no connection yet. */
    static HttpClientTransport open(TransportSettings settings) {
        HttpClientTransport transport = new HttpClientTransport(HttpClientAssembly.build(settings), settings);
        LOG.info("HttpClient transport: {} connections, {} per route, connect {}, response {}",
                settings.maxConnections(), settings.maxConnectionsPerRoute(),
                HttpClientFailures.seconds(settings.connectTimeout()),
                HttpClientFailures.seconds(settings.responseTimeout()));
        return transport;
    }

    /**
     * Sends one request on the calling thread and reads the whole answer.
     *
     * @throws IllegalStateException when the transport is closed
     * @throws IOException           when no answer came; the message names method and URL, the
     *                               cause is HttpClient's exception
     */
    @Override
    public TransportResponse send(TransportRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        if (closed.get()) {
            throw new IllegalStateException("the HttpClient transport is closed; cannot send " + request);
        }
        long started = System.nanoTime();
        TransportResponse response;
        try {
            response = client.execute(HttpClientExchange.outgoing(request), HttpClientExchange.READ_WHOLE);
        } catch (IOException failure) {
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} failed after {} ms: {}", request, (System.nanoTime() - started) / 1_000_000,
                        failure.toString());
            }
            throw HttpClientFailures.naming(request, failure, settings);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} -> {} ({} bytes) in {} ms", request, response.status(), response.body().length,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return response;
    }

    /** Closes the pooled connections and stops the evictor thread. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            client.close(CloseMode.GRACEFUL);
            LOG.debug("HttpClient transport closed");
        }
    }

    @Override
    public String toString() {
        return "HttpClientTransport[" + settings.maxConnections() + " connections, "
                + settings.maxConnectionsPerRoute() + " per route" + (closed.get() ? ", closed" : "") + "]";
    }
}
