/**
 * The hosting role on Jetty 12 core handlers, without the servlet API.
 *
 * <p>{@link org.slumber.jetty.JettyHostProvider} is found by {@link java.util.ServiceLoader} under
 * the name {@code jetty}; {@link org.slumber.jetty.JettyHost#onPort(int)} chooses it in code.
 * Everything else is package-private:
 * <ul>
 *   <li>{@code JettyServerAssembly} builds the server: a bounded {@code QueuedThreadPool}, one
 *       HTTP/1.1 {@code ServerConnector}, a URI compliance that lets encoded paths through, no
 *       {@code Server} header, a {@code GracefulHandler} for the stop;</li>
 *   <li>{@code RequestBridge} is the Jetty handler: it refuses bodies over the limit, reads the
 *       rest with {@code BodyReader} without blocking, calls the core's
 *       {@link org.slumber.spi.hosting.RequestHandler} on a thread that may block, and writes
 *       the answer with {@code AnswerWriter} when the core completes it, on the completing
 *       thread;</li>
 *   <li>{@code RefusingErrorHandler} replaces Jetty's error pages with what
 *       {@link org.slumber.spi.hosting.RequestHandler#refuse} renders;</li>
 *   <li>{@code RunningJettyHost} is the started server and its graceful, idempotent close.</li>
 * </ul>
 */
package org.slumber.jetty;
