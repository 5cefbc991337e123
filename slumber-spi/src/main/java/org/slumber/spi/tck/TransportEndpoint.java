package org.slumber.spi.tck;

import java.net.URI;
import java.util.Objects;

/**
 * Where the transport kit's test requests go: a base URL under which a
 * {@link org.slumber.spi.hosting.RequestHandler} answers, until {@link #close()}.
 *
 * <p>{@link TransportCompatibilityKit#serve} returns one for each handler the kit needs to
 * reach. The default is a real HTTP server on a loopback port; a transport that does not
 * use sockets returns a URL it dispatches to the handler itself, made with {@link #of}.
 */
public interface TransportEndpoint extends AutoCloseable {

    /**
     * The scheme and authority requests go to, such as {@code http://127.0.0.1:8123}, with no
     * path: the kit appends paths that start with {@code /}, and expects the handler to see
     * exactly those paths.
     */
    URI base();

    /** Stops answering under {@link #base()}; the kit calls it once at the end of each test. */
    @Override
    void close();

    /**
     * An endpoint at {@code base} that runs {@code onClose} when closed, for a transport that
     * dispatches requests itself.
     */
    static TransportEndpoint of(URI base, Runnable onClose) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(onClose, "onClose");
        if (!base.isAbsolute() || base.getRawAuthority() == null
                || !(base.getRawPath() == null || base.getRawPath().isEmpty())) {
            throw new IllegalArgumentException("an endpoint base is scheme://authority without a path, got " + base);
        }
        return new TransportEndpoint() {
            @Override
            public URI base() {
                return base;
            }

            @Override
            public void close() {
                onClose.run();
            }

            @Override
            public String toString() {
                return "TransportEndpoint[" + base + "]";
            }
        };
    }
}
