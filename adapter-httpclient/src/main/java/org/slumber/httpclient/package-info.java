/**
 * The transport role on Apache HttpClient 5, classic (blocking) API, with pooled connections.
 *
 * <p>{@link org.slumber.httpclient.HttpClientTransportProvider} is found by
 * {@link java.util.ServiceLoader} under the name {@code httpclient}. Everything else is
 * package-private:
 * <ul>
 *   <li>{@code HttpClientAssembly} builds one client per transport from the settings: a
 *       bounded pool, the timeouts, stale-connection checks and eviction, and nothing done on
 *       HttpClient's own initiative (no retries, redirects, cookies, authentication or
 *       decompression);</li>
 *   <li>{@code HttpClientTransport} sends on the calling thread and owns the client;</li>
 *   <li>{@code HttpClientExchange} makes HttpClient's request from a
 *       {@link org.slumber.spi.transport.TransportRequest} and reads the whole answer, with
 *       its header fields wrapped by {@code HttpClientHeaders};</li>
 *   <li>{@code HttpClientFailures} names method and URL in the {@link java.io.IOException}s
 *       thrown.</li>
 * </ul>
 */
package org.slumber.httpclient;
