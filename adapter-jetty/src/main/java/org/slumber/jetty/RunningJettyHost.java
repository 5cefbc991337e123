package org.slumber.jetty;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slumber.spi.hosting.Host;
import org.slumber.spi.hosting.HostSettings;
import org.slumber.spi.hosting.RequestHandler;

/** A started Jetty server; {@link #close()} stops it gracefully, once. */
final class RunningJettyHost implements Host {

    private static final Logger LOG = LoggerFactory.getLogger(JettyHostProvider.class);

    private final Server server;
    private final InetSocketAddress address;
    private final String url;
    private boolean stopped;

    private RunningJettyHost(Server server, InetSocketAddress address, String url) {
        this.server = server;
        this.address = address;
        this.url = url;
    }

    /**
     * Builds and starts a server; returns once it accepts connections.
     *
     * @throws IOException when the address cannot be bound; the message names host and port
     */
    static RunningJettyHost start(HostSettings settings, RequestHandler handler) throws IOException {
        Server server = JettyServerAssembly.assemble(settings, handler);
        ServerConnector connector = (ServerConnector) server.getConnectors()[0];
        try {
            server.start();
        } catch (Exception failure) {
            stopQuietly(server);
            String where = authority(settings.host(), settings.port());
            if (failure instanceof IOException || failure.getCause() instanceof IOException) {
                throw new IOException("Cannot listen on " + where + ": " + rootMessage(failure), failure);
            }
            throw new IllegalStateException("Cannot start Jetty on " + where + ": " + rootMessage(failure), failure);
        }
        InetSocketAddress bound = boundAddress(connector, settings);
        String url = "http://" + authority(settings.host(), bound.getPort()) + "/";
        LOG.info("Jetty listening on {} with {} threads", url, settings.maxThreads());
        return new RunningJettyHost(server, bound, url);
    }

    @Override
    public InetSocketAddress address() {
        return address;
    }

    /**
     * Stops accepting at once, waits for requests in flight up to the stop timeout, then
     * closes what is left. A second call returns at once; a concurrent one waits for the first.
     */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            server.stop();
        } catch (Exception failure) {
            if (rootCause(failure) instanceof TimeoutException) {
                LOG.warn("Jetty on {}: requests still in flight after the stop timeout of {} ms were cut off", url,
                        server.getStopTimeout());
            } else {
                LOG.warn("Jetty on {} did not stop cleanly: {}", url, rootMessage(failure));
            }
        }
        LOG.info("Jetty on {} stopped", url);
    }

    @Override
    public String toString() {
        return "Jetty on " + url;
    }

    private static InetSocketAddress boundAddress(ServerConnector connector, HostSettings settings) throws IOException {
        if (connector.getTransport() instanceof ServerSocketChannel channel
                && channel.getLocalAddress() instanceof InetSocketAddress local) {
            return local;
        }
        return new InetSocketAddress(settings.host(), connector.getLocalPort());
    }

    private static String authority(String host, int port) {
        return (host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = rootCause(failure);
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // the start failure is what matters
        }
    }
}
