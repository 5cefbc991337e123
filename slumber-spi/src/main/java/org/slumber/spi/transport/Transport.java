package org.slumber.spi.transport;

import java.io.IOException;

/** Sends HTTP requests. Thread-safe: the client sends from many threads at once. */
public interface Transport extends AutoCloseable {

    /**
     * Sends one request and reads the whole answer, whatever its status. Blocks the calling
     * thread for at most the connect timeout plus the response timeout of the settings.
     *
     * @throws IOException when no answer came: refused connection, timeout, broken stream;
     *                     the message names the URL
     */
    TransportResponse send(TransportRequest request) throws IOException;

    /** Closes pooled connections. Idempotent. */
    @Override
    void close();
}
