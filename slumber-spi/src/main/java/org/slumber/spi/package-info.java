/**
 * The service provider interfaces of Slumber: the three roles an adapter can fill.
 *
 * <ul>
 *   <li>{@link org.slumber.spi.storage.StorageProvider storage}: keeps the instances of models;</li>
 *   <li>{@link org.slumber.spi.hosting.HostProvider hosting}: listens for HTTP and hands each
 *       request to the core's router;</li>
 *   <li>{@link org.slumber.spi.transport.TransportProvider transport}: sends one HTTP request
 *       for the client.</li>
 * </ul>
 *
 * <p>Each role is found with {@link java.util.ServiceLoader}: an adapter jar lists its provider
 * class in {@code META-INF/services/<provider interface name>}. Code can also pass a provider
 * explicitly, which wins over discovery. The data types exchanged across these interfaces are
 * immutable records in this module, so an adapter never depends on {@code slumber-core}.
 *
 * <p>The package {@link org.slumber.spi.tck} holds the compatibility kit: abstract JUnit 5
 * classes an adapter author extends to check an implementation of each role.
 */
package org.slumber.spi;
