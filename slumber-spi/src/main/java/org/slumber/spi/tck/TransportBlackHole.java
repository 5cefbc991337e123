package org.slumber.spi.tck;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * An address whose connections are never accepted, so connecting to it times out: a loopback
 * listener that never accepts and whose backlog is full (the system then drops new
 * connection attempts), or where the system does not do that, the non-routable
 * {@code 10.255.255.1}. {@link #uri()} is null when neither works here (a network that
 * answers every address, or refuses at once); the caller skips its check then.
 *
 * <p>Used by one test thread; {@link #close()} closes the listener and the connections that
 * fill its backlog.
 */
final class TransportBlackHole implements AutoCloseable {

    private static final int PROBE_MILLIS = 200;
    private static final int MOST_FILLERS = 16;
    private static final InetSocketAddress NON_ROUTABLE = new InetSocketAddress("10.255.255.1", 81);

    private final List<AutoCloseable> held = new ArrayList<>();
    private final URI uri;
    private final String why;

    TransportBlackHole() throws IOException {
        ServerSocket listener = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        held.add(listener);
        InetSocketAddress loopback = new InetSocketAddress(listener.getInetAddress(), listener.getLocalPort());
        if (fillBacklog(loopback)) {
            uri = URI.create("http://127.0.0.1:" + loopback.getPort() + "/unreachable");
            why = null;
        } else if (timesOut(NON_ROUTABLE)) {
            uri = URI.create("http://10.255.255.1:81/unreachable");
            why = null;
        } else {
            uri = null;
            why = "a full loopback backlog does not hold connection attempts here, and 10.255.255.1 answers or "
                    + "refuses at once";
        }
    }

    /** A URL whose connection times out, or null when this system has none. */
    URI uri() {
        return uri;
    }

    /** Why {@link #uri()} is null. */
    String why() {
        return why;
    }

    @Override
    public void close() {
        for (AutoCloseable each : held) {
            try {
                each.close();
            } catch (Exception ignored) {
                // closing test sockets; nothing to do
            }
        }
    }

    /** Connects until one attempt times out; false when none does. */
    private boolean fillBacklog(InetSocketAddress target) {
        for (int i = 0; i < MOST_FILLERS; i++) {
            Socket filler = new Socket();
            held.add(filler);
            try {
                filler.connect(target, PROBE_MILLIS);
            } catch (SocketTimeoutException heldBack) {
                return true;
            } catch (IOException other) {
                return false;
            }
        }
        return false;
    }

    private static boolean timesOut(InetSocketAddress target) {
        try (Socket probe = new Socket()) {
            probe.connect(target, PROBE_MILLIS);
            return false;
        } catch (SocketTimeoutException heldBack) {
            return true;
        } catch (IOException refusedOrUnreachable) {
            return false;
        }
    }
}
