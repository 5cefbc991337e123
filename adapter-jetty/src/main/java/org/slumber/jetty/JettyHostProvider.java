package org.slumber.jetty;

import java.io.IOException;
import java.util.Objects;
import org.slumber.spi.hosting.Host;
import org.slumber.spi.hosting.HostProvider;
import org.slumber.spi.hosting.HostSettings;
import org.slumber.spi.hosting.RequestHandler;

/**
 * The hosting role on Jetty 12 core handlers (no servlets), found by {@link java.util.ServiceLoader}
 * under the name {@code jetty}.
 *
 * <p>Each {@link #start} builds and starts one Jetty server: a bounded thread pool of
 * {@link HostSettings#maxThreads()} request threads (plus one acceptor and the selectors), one
 * HTTP/1.1 connector on the host and port of the settings, request bodies read asynchronously
 * up to {@link HostSettings#maxBodyBytes()}, answers written with a {@code Content-Length}, no
 * {@code Server} header, Jetty's own error pages replaced by {@link RequestHandler#refuse}, and
 * a graceful stop. See {@link JettyHost#onPort(int)} to fix the port in code.
 */
public final class JettyHostProvider implements HostProvider {

    private static final int SETTINGS_PORT = -1;

    private final int port;

    /** Listens where the settings say. */
    public JettyHostProvider() {
        this(SETTINGS_PORT);
    }

    /** Listens on {@code port} whatever the settings say, or where they say for {@link #SETTINGS_PORT}. */
    JettyHostProvider(int port) {
        this.port = port;
    }

    @Override
    public String name() {
        return "jetty";
    }

    @Override
    public Host start(HostSettings settings, RequestHandler handler) throws IOException {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(handler, "handler");
        return RunningJettyHost.start(port == SETTINGS_PORT ? settings : settings.withPort(port), handler);
    }

    @Override
    public String toString() {
        return port == SETTINGS_PORT ? "JettyHostProvider" : "JettyHostProvider[port " + port + "]";
    }
}
