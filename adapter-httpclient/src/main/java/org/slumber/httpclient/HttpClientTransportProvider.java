package org.slumber.httpclient;

import java.util.Objects;
import org.slumber.spi.transport.Transport;
import org.slumber.spi.transport.TransportProvider;
import org.slumber.spi.transport.TransportSettings;

/**
 * The transport role on Apache HttpClient 5 (the classic, blocking API) with a bounded pool of
 * kept-alive connections, found by {@link java.util.ServiceLoader} under the name
 * {@code httpclient}.
 *
 * <p>Each {@link #open} builds one client with its own connection pool: at most
 * {@link TransportSettings#maxConnections()} connections, {@link TransportSettings#maxConnectionsPerRoute()}
 * to one scheme, host and port; the connect timeout and response timeout of the settings; no
 * retries, redirects, cookies, authentication or content decompression, so each
 * {@link Transport#send} is exactly one exchange whose answer comes back as the server sent
 * it. The caller owns the transport and closes it, which closes its connections and stops its
 * one background thread (the idle-connection evictor).
 */
public final class HttpClientTransportProvider implements TransportProvider {

    @Override
    public String name() {
        return "httpclient";
    }

    @Override
    public Transport open(TransportSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return HttpClientTransport.open(settings);
    }

    @Override
    public String toString() {
        return "HttpClientTransportProvider";
    }
}
