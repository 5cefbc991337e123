package org.slumber.spi.hosting;

import java.util.Objects;
import org.slumber.spi.Headers;

/**
 * One HTTP answer, whole. The adapter writes {@code status}, every header field in order, a
 * {@code Content-Length} of the body, and the body (none for {@code HEAD} requests). Framing
 * headers ({@code Content-Length}, {@code Transfer-Encoding}) belong to the adapter: any given
 * here are ignored; 204 and 304 answers carry neither a body nor a Content-Length.
 *
 * @param status  the status code
 * @param headers the header fields, {@code Content-Type} among them when there is a body
 * @param body    the body, empty for none; not to be changed
 */
public record HostResponse(int status, Headers headers, byte[] body) {

    public HostResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be 100 to 599, got " + status);
        }
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public String toString() {
        return "HostResponse[" + status + ", " + headers + ", " + body.length + " bytes]";
    }
}
