package org.slumber.spi.tck;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.slumber.spi.Headers;
import org.slumber.spi.hosting.Host;
import org.slumber.spi.hosting.HostProvider;
import org.slumber.spi.hosting.HostResponse;
import org.slumber.spi.hosting.HostSettings;

/**
 * What one test of the hosting kit works with: the provider and settings under test, the
 * {@link HostingRecorder recording handler}, the hosts started (all closed by {@link #close}),
 * and clients to speak to them. One fixture per test; used from the test thread.
 */
final class HostingFixture implements AutoCloseable {

    private final Supplier<HostProvider> provider;
    private final Supplier<HostSettings> settings;
    private final HostingRecorder handler = new HostingRecorder();
    private final List<Host> started = new ArrayList<>();
    private HttpClient http;
    private Host host;

    HostingFixture(Supplier<HostProvider> provider, Supplier<HostSettings> settings) {
        this.provider = provider;
        this.settings = settings;
    }

    HostProvider provider() {
        return provider.get();
    }

    HostSettings settings() {
        return settings.get();
    }

    /** The handler every host of this fixture hands its requests to. */
    HostingRecorder handler() {
        return handler;
    }

    /** The host most tests use, started on first use with the kit's settings on port 0. */
    Host host() throws IOException {
        if (host == null) {
            host = start(settings().withPort(0));
        }
        return host;
    }

    /** Starts a host with the recording handler; {@link #close} closes it. */
    Host start(HostSettings hostSettings) throws IOException {
        Host newHost = provider().start(hostSettings, handler);
        started.add(newHost);
        return newHost;
    }

    /** The kit's settings on port 0 with these threads, body limit and stop timeout. */
    HostSettings adjusted(int maxThreads, long maxBodyBytes, Duration stopTimeout) {
        HostSettings base = settings();
        return new HostSettings(base.host(), 0, maxThreads, maxBodyBytes, base.idleTimeout(), stopTimeout);
    }

    /** A new raw connection to the {@link #host() usual host}; the caller closes it. */
    HostingWire wire() throws IOException {
        return new HostingWire(target(host()));
    }

    /** Where to connect to reach a host: its address, or loopback when it listens on all. */
    static InetSocketAddress target(Host running) {
        InetSocketAddress address = running.address();
        return address.getAddress().isAnyLocalAddress()
                ? new InetSocketAddress(InetAddress.getLoopbackAddress(), address.getPort()) : address;
    }

    /** An HTTP/1.1 client, made on first use. */
    HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        }
        return http;
    }

    /** A request to {@code pathAndQuery} on a host, timing out after 10 s. */
    static HttpRequest.Builder request(Host running, String pathAndQuery) {
        InetSocketAddress target = target(running);
        String literal = target.getAddress().getHostAddress();
        String authority = (literal.contains(":") ? "[" + literal + "]" : literal) + ":" + target.getPort();
        return HttpRequest.newBuilder(URI.create("http://" + authority + pathAndQuery)).timeout(Duration.ofSeconds(10));
    }

    /** Sends a request with the HTTP client and reads the whole answer. */
    HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http().send(request.build(), BodyHandlers.ofByteArray());
    }

    /** Sends {@code GET pathAndQuery} to the usual host. */
    HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(request(host(), pathAndQuery).GET());
    }

    /** Closes every host started, even when closing one fails. */
    @Override
    public void close() {
        RuntimeException failure = null;
        for (Host running : started) {
            try {
                running.close();
            } catch (RuntimeException closing) {
                if (failure == null) {
                    failure = closing;
                } else {
                    failure.addSuppressed(closing);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** An answer with these header fields given as name, value, name, value, ... */
    static HostResponse answer(int status, byte[] body, String... namesAndValues) {
        Headers.Builder headers = Headers.builder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new HostResponse(status, headers.build(), body);
    }

    /** Reproducible random bytes. */
    static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** The parts one after another. */
    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] joined = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        return joined;
    }
}
