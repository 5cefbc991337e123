package org.slumber.httpclient;

import java.time.Duration;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slumber.spi.transport.TransportSettings;

/**
 * Builds the HttpClient of one transport from its {@link TransportSettings}. Everything
 * HttpClient would do on its own initiative is switched off: the client's user agent retries
 * GETs itself, redirects are the caller's to see, and the answer must come back as sent.
 *
 * <ul>
 *   <li>pool: {@code maxConnections} in all, {@code maxConnectionsPerRoute} per route, the
 *       most recently used connection leased first (so idle ones age and get evicted);</li>
 *   <li>timeouts: the connect timeout to open a connection; the response timeout as the socket
 *       timeout (each wait for bytes of the answer) and as the longest wait for a pooled
 *       connection while every allowed one is busy;</li>
 *   <li>dead connections: a pooled connection idle for more than {@link #VALIDATE_AFTER_IDLE}
 *       is checked before reuse (so one the server closed, say by restarting, is dropped
 *       instead of failing the request), and a background thread closes those idle for more
 *       than {@link #EVICT_AFTER_IDLE} and those past their keep-alive;</li>
 *   <li>off: automatic retries, redirects, cookies, authentication, content compression
 *       (no {@code Accept-Encoding} is added and nothing is decompressed), the default
 *       {@code User-Agent}, connection state.</li>
 * </ul>
 */
final class HttpClientAssembly {

    /** How long a pooled connection may sit unused before it is checked before reuse. */
    static final Duration VALIDATE_AFTER_IDLE = Duration.ofMillis(500);

    /**
     * How long a pooled connection may sit unused before the evictor closes it: below the
     * usual 30 s idle timeout of servers, so the client closes first.
     */
    static final Duration EVICT_AFTER_IDLE = Duration.ofSeconds(20);

    private HttpClientAssembly() {
    }

    /** A new client with its own pool; the caller closes it. */
    static CloseableHttpClient build(TransportSettings settings) {
        return HttpClients.custom()
                .setConnectionManager(pool(settings))
                .setDefaultRequestConfig(requestConfig(settings))
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression()
                .disableAuthCaching()
                .disableDefaultUserAgent()
                .disableConnectionState()
                .evictExpiredConnections()
                .evictIdleConnections(TimeValue.of(EVICT_AFTER_IDLE))
                .build();
    }

    private static PoolingHttpClientConnectionManager pool(TransportSettings settings) {
        return PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnectionsPerRoute())
                .setConnPoolPolicy(PoolReusePolicy.LIFO)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.responseTimeout()))
                        .setValidateAfterInactivity(TimeValue.of(VALIDATE_AFTER_IDLE))
                        .build())
                .build();
    }

    private static RequestConfig requestConfig(TransportSettings settings) {
        return RequestConfig.custom()
                .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                .setConnectionRequestTimeout(Timeout.of(settings.responseTimeout()))
                .setRedirectsEnabled(false)
                .setAuthenticationEnabled(false)
                .setContentCompressionEnabled(false)
                .setExpectContinueEnabled(false)
                .setProtocolUpgradeEnabled(false)
                .build();
    }
}
