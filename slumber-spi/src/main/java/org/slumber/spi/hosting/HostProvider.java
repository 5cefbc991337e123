package org.slumber.spi.hosting;

import java.io.IOException;

/**
 * Starts HTTP servers: the service-provider interface of the hosting role, found with
 * {@link java.util.ServiceLoader}. Implementations need a public no-argument constructor.
 */
public interface HostProvider {

    /** A short name for messages and for choosing among several providers (setting {@code slumber.hosting}). */
    String name();

    /**
     * Starts listening and returns once requests are accepted. Each request is handed to
     * {@code handler}, possibly from many threads at once.
     *
     * @throws IOException when the address cannot be bound; the message names host and port
     */
    Host start(HostSettings settings, RequestHandler handler) throws IOException;
}
