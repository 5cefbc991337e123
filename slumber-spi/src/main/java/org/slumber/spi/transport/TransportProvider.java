package org.slumber.spi.transport;

/**
 * Opens {@link Transport}s: the service-provider interface of the transport role, found with
 * {@link java.util.ServiceLoader}. Implementations need a public no-argument constructor.
 */
public interface TransportProvider {

    /** A short name for messages and for choosing among several providers (setting {@code slumber.transport}). */
    String name();

    /** Opens a transport; the caller owns it and closes it. */
    Transport open(TransportSettings settings);
}
