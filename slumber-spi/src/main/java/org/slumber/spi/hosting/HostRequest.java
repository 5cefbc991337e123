package org.slumber.spi.hosting;

import java.net.InetSocketAddress;
import java.util.Objects;
import org.slumber.spi.Headers;

/**
 * One HTTP request, read whole.
 *
 * @param method  the method as sent, upper case ({@code GET}, {@code PURGE}, ...)
 * @param path    the path exactly as in the request line: still percent-encoded, no query
 * @param query   the raw query string without {@code ?}, or the empty string
 * @param headers the header fields
 * @param body    the raw body, empty when there is none; not to be changed
 * @param remote  the peer's address; null only when the transport has none (not an IP socket)
 */
public record HostRequest(String method, String path, String query, Headers headers, byte[] body,
                          InetSocketAddress remote) {

    private static final byte[] NO_BODY = new byte[0];

    public HostRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = query == null ? "" : query;
        headers = headers == null ? Headers.empty() : headers;
        body = body == null ? NO_BODY : body;
    }

    /** This request without its body, as handed to {@link RequestHandler#refuse}. */
    public HostRequest withoutBody() {
        return new HostRequest(method, path, query, headers, NO_BODY, remote);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " (" + body.length + " bytes)";
    }
}
