package org.slumber.spi.transport;

import java.io.IOException;

/** Sends HTTP requests. Thread-safe: the client sends from many threads at once. */
public interface Transport extends AutoCloseable {

    /**
     * Sends one request and reads the whole answer, whatever its status. Exactly one exchange:
     * a redirect is returned as it is, not followed, and nothing is retried. GET, POST, PUT and
     * DELETE must be supported; other methods may be refused before anything is sent.
     *
     * <p>Blocks the calling thread until the answer is read or a timeout of the settings has
     * passed: the connect timeout bounds connecting; the response timeout bounds the wait for
     * the answer (over a network, each wait for more of it) and, while every connection the
     * settings allow is busy, the wait for one to come free.
     *
     * @throws IOException              when no answer came: refused connection, timeout, broken
     *                                  stream; the message names the URL
     * @throws IllegalArgumentException when the method is none of GET, POST, PUT and DELETE and
     *                                  the transport does not support it
     *                                  ({@link UnsupportedOperationException} is allowed too)
     * @throws IllegalStateException    when the transport is closed ({@link IOException} is
     *                                  allowed too)
     */
    TransportResponse send(TransportRequest request) throws IOException;

    /** Closes pooled connections. Idempotent. */
    @Override
    void close();
}
