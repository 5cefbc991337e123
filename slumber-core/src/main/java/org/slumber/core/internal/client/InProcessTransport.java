package org.slumber.core.internal.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slumber.spi.hosting.HostRequest;
import org.slumber.spi.hosting.HostResponse;
import org.slumber.spi.hosting.RequestHandler;
import org.slumber.spi.transport.Transport;
import org.slumber.spi.transport.TransportRequest;
import org.slumber.spi.transport.TransportResponse;

/**
 * The in-process shortcut (client.md): a request for a server registered in
 * {@link InProcessHosts} is handed straight to its router on the calling thread, with the same
 * headers (so the same authentication) and the same answer a host would deliver, without a
 * socket. Other requests go to the network transport, opened on first need. Thread-safe.
 */
public final class InProcessTransport implements Transport {

    private static final InetSocketAddress LOOPBACK = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    private static final byte[] NO_BODY = new byte[0];

    private final Duration responseTimeout;
    private final Supplier<Transport> network;
    private volatile boolean closed;

    /**
     * @param responseTimeout the longest wait for an answer that completes later
     * @param network         the transport for other servers, or null when there is none
     */
    public InProcessTransport(Duration responseTimeout, Supplier<Transport> network) {
        this.responseTimeout = responseTimeout;
        this.network = network;
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException {
        if (closed) {
            throw new IllegalStateException("the in-process transport is closed");
        }
        URI uri = request.uri();
        RequestHandler handler = InProcessHosts.find(uri);
        if (handler == null) {
            if (network == null) {
                throw new IOException(request.method() + " " + uri + ": no server in this JVM answers it, and there "
                        + "is no network transport");
            }
            return network.get().send(request);
        }
        HostRequest hostRequest = new HostRequest(request.method(), uri.getRawPath() == null ? "/" : uri.getRawPath(),
                uri.getRawQuery(), request.headers(), request.body(), LOOPBACK);
        HostResponse response;
        try {
            response = handler.handle(hostRequest).toCompletableFuture()
                    .get(responseTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new java.net.SocketTimeoutException(request.method() + " " + uri + ": no answer within the response "
                    + "timeout of " + responseTimeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw new IOException(request.method() + " " + uri + " failed in process: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException(request.method() + " " + uri + ": interrupted");
        }
        if (response == null) {
            throw new IOException(request.method() + " " + uri + ": the server in this JVM gave no answer");
        }
        boolean bodiless = request.method().equals("HEAD") || response.status() == 204 || response.status() == 304;
        return new TransportResponse(response.status(), response.headers(), bodiless ? NO_BODY : response.body());
    }

    @Override
    public void close() {
        closed = true;
    }
}
