package org.slumber.jetty;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.slumber.spi.Headers;
import org.slumber.spi.hosting.HostRequest;

/** Turns Jetty requests into {@link HostRequest}s. */
final class JettyRequests {

    private JettyRequests() {
    }

    /**
     * The request without its body: method as sent, the raw path (still percent-encoded), the
     * raw query, the header fields (wrapped, not copied) and the peer's address.
     */
    static HostRequest head(Request request) {
        HttpURI uri = request.getHttpURI();
        String path = uri == null ? null : uri.getPath();
        return new HostRequest(request.getMethod(), path == null || path.isEmpty() ? "/" : path,
                uri == null ? null : uri.getQuery(), headers(request), null, remote(request));
    }

    /** The same request with its body. */
    static HostRequest withBody(HostRequest head, byte[] body) {
        return new HostRequest(head.method(), head.path(), head.query(), head.headers(), body, head.remote());
    }

    private static Headers headers(Request request) {
        return request.getHeaders() == null ? Headers.empty() : new JettyRequestHeaders(request.getHeaders());
    }

    private static InetSocketAddress remote(Request request) {
        SocketAddress address = request.getConnectionMetaData().getRemoteSocketAddress();
        return address instanceof InetSocketAddress inet ? inet : null;
    }
}
