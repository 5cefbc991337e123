package org.slumber.spi.tck;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slumber.spi.Headers;
import org.slumber.spi.hosting.RequestHandler;
import org.slumber.spi.transport.Transport;
import org.slumber.spi.transport.TransportProvider;
import org.slumber.spi.transport.TransportRequest;
import org.slumber.spi.transport.TransportResponse;
import org.slumber.spi.transport.TransportSettings;

/**
 * What one test of the transport kit works with: the provider and settings under test, the
 * {@link TransportRecorder recording handler}, the endpoints served and the transports opened
 * (all closed by {@link #close}). One fixture per test; used from the test thread, except
 * {@link #send} and {@link #uri}, which any thread may call once the endpoint and transport
 * are made.
 */
final class TransportFixture implements AutoCloseable {

    /** The hook that serves a handler: {@link TransportCompatibilityKit#serve}. */
    @FunctionalInterface
    interface Server {
        TransportEndpoint serve(RequestHandler handler) throws IOException;
    }

    private final Supplier<TransportProvider> provider;
    private final Supplier<TransportSettings> settings;
    private final Server server;
    private final BooleanSupplier usesNetwork;
    private final BooleanSupplier discoverable;
    private final TransportRecorder handler = new TransportRecorder();
    private final List<TransportEndpoint> endpoints = new ArrayList<>();
    private final List<Transport> transports = new ArrayList<>();
    private TransportEndpoint endpoint;
    private Transport transport;

    TransportFixture(Supplier<TransportProvider> provider, Supplier<TransportSettings> settings, Server server,
                     BooleanSupplier usesNetwork, BooleanSupplier discoverable) {
        this.provider = provider;
        this.settings = settings;
        this.server = server;
        this.usesNetwork = usesNetwork;
        this.discoverable = discoverable;
    }

    TransportProvider provider() {
        return provider.get();
    }

    TransportSettings settings() {
        return settings.get();
    }

    /** {@link TransportCompatibilityKit#usesNetwork()}. */
    boolean usesNetwork() {
        return usesNetwork.getAsBoolean();
    }

    /** {@link TransportCompatibilityKit#discoverable()}. */
    boolean discoverable() {
        return discoverable.getAsBoolean();
    }

    /** The handler behind every endpoint of this fixture. */
    TransportRecorder handler() {
        return handler;
    }

    /** The endpoint most tests use, served on first use. */
    TransportEndpoint endpoint() throws IOException {
        if (endpoint == null) {
            endpoint = serve();
        }
        return endpoint;
    }

    /** Serves the recording handler once more; {@link #close} closes the endpoint. */
    TransportEndpoint serve() throws IOException {
        TransportEndpoint served = server.serve(handler);
        if (served == null) {
            throw new IllegalStateException("serve(handler) returned null");
        }
        endpoints.add(served);
        return served;
    }

    /** The transport most tests use, opened on first use with the kit's settings. */
    Transport transport() {
        if (transport == null) {
            transport = open(settings());
        }
        return transport;
    }

    /** Opens a transport with these settings; {@link #close} closes it. */
    Transport open(TransportSettings transportSettings) {
        Transport opened = provider().open(transportSettings);
        transports.add(opened);
        return opened;
    }

    /** The kit's settings with another connect timeout. */
    TransportSettings withConnectTimeout(Duration connectTimeout) {
        TransportSettings base = settings();
        return new TransportSettings(connectTimeout, base.responseTimeout(), base.maxConnections(),
                base.maxConnectionsPerRoute());
    }

    /** The kit's settings with another response timeout. */
    TransportSettings withResponseTimeout(Duration responseTimeout) {
        TransportSettings base = settings();
        return new TransportSettings(base.connectTimeout(), responseTimeout, base.maxConnections(),
                base.maxConnectionsPerRoute());
    }

    /** The kit's settings with other pool limits. */
    TransportSettings withPool(int maxConnections, int maxConnectionsPerRoute) {
        TransportSettings base = settings();
        return new TransportSettings(base.connectTimeout(), base.responseTimeout(), maxConnections,
                maxConnectionsPerRoute);
    }

    /** The URL of {@code pathAndQuery} (which starts with {@code /}) on the usual endpoint. */
    URI uri(String pathAndQuery) throws IOException {
        return uri(endpoint(), pathAndQuery);
    }

    /** The URL of {@code pathAndQuery} (which starts with {@code /}) on an endpoint. */
    static URI uri(TransportEndpoint at, String pathAndQuery) {
        return URI.create(at.base().toString() + pathAndQuery);
    }

    /** Sends a request with the usual transport to the usual endpoint. */
    TransportResponse send(String method, String pathAndQuery, Headers headers, byte[] body) throws IOException {
        return transport().send(new TransportRequest(method, uri(pathAndQuery), headers, body));
    }

    /** Sends a request without headers or body with the usual transport to the usual endpoint. */
    TransportResponse send(String method, String pathAndQuery) throws IOException {
        return send(method, pathAndQuery, Headers.empty(), new byte[0]);
    }

    /** Closes every transport, then every endpoint, even when closing one fails. */
    @Override
    public void close() {
        RuntimeException failure = null;
        List<AutoCloseable> all = new ArrayList<>(transports);
        all.addAll(endpoints);
        for (AutoCloseable each : all) {
            try {
                each.close();
            } catch (Exception closing) {
                RuntimeException wrapped = closing instanceof RuntimeException runtime
                        ? runtime : new IllegalStateException("closing " + each + " failed", closing);
                if (failure == null) {
                    failure = wrapped;
                } else {
                    failure.addSuppressed(wrapped);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Headers from name, value, name, value, ... */
    static Headers headers(String... namesAndValues) {
        Headers.Builder headers = Headers.builder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers.build();
    }

    /** Reproducible random bytes. */
    static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** The live threads of this JVM. */
    static int liveThreads() {
        return Thread.getAllStackTraces().size();
    }

    /**
     * The live thread count once it has come down to {@code limit} or less, or after 3 s
     * (threads a transport stopped may take a moment to end).
     */
    static int liveThreadsSettledTo(int limit) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        int live = liveThreads();
        while (live > limit && System.nanoTime() < deadline) {
            Thread.sleep(50);
            live = liveThreads();
        }
        return live;
    }
}
