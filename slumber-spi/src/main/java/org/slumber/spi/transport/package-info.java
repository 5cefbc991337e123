/**
 * The transport role: sends one HTTP request for the Slumber client.
 *
 * <p>An adapter implements {@link org.slumber.spi.transport.TransportProvider} and lists it in
 * {@code META-INF/services/org.slumber.spi.transport.TransportProvider}. The client's user agent
 * signs, caches and retries; the transport only sends and receives. Check an implementation with
 * {@link org.slumber.spi.tck.TransportCompatibilityKit}.
 */
package org.slumber.spi.transport;
