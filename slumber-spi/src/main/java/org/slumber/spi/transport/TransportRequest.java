package org.slumber.spi.transport;

import java.net.URI;
import java.util.Objects;
import org.slumber.spi.Headers;

/**
 * One HTTP request to send.
 *
 * @param method  the method, upper case
 * @param uri     the absolute URL, already percent-encoded
 * @param headers the header fields to send (the transport adds Host and Content-Length)
 * @param body    the body, empty for none
 */
public record TransportRequest(String method, URI uri, Headers headers, byte[] body) {

    public TransportRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("a transport request needs an absolute URL, got " + uri);
        }
        headers = headers == null ? Headers.empty() : headers;
        body = body == null ? new byte[0] : body;
    }

    @Override
    public String toString() {
        return method + " " + uri;
    }
}
