/**
 * The hosting role: listens for HTTP and hands each request to the core's router.
 *
 * <p>An adapter implements {@link org.slumber.spi.hosting.HostProvider} and lists it in
 * {@code META-INF/services/org.slumber.spi.hosting.HostProvider}. It reads each request whole
 * (up to the body limit), passes it to the {@link org.slumber.spi.hosting.RequestHandler},
 * and writes the {@link org.slumber.spi.hosting.HostResponse} the handler completes. The
 * adapter renders no bodies of its own: requests it refuses before they reach the router
 * (a body over the limit, an unparseable request line) are answered with what
 * {@link org.slumber.spi.hosting.RequestHandler#refuse} returns. Check an implementation with
 * {@link org.slumber.spi.tck.HostingCompatibilityKit}.
 */
package org.slumber.spi.hosting;
