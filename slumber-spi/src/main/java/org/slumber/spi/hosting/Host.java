package org.slumber.spi.hosting;

import java.net.InetSocketAddress;

/** A running HTTP server. */
public interface Host extends AutoCloseable {

    /** The address actually bound: with port 0 in the settings, the port chosen by the system. */
    InetSocketAddress address();

    /** The port actually bound. */
    default int port() {
        return address().getPort();
    }

    /**
     * Stops gracefully: stops accepting connections at once, lets requests in flight finish
     * for up to {@link HostSettings#stopTimeout()}, then closes what is left. Returns when the
     * server has stopped. Idempotent.
     */
    @Override
    void close();
}
