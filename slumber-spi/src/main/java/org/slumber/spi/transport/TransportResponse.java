package org.slumber.spi.transport;

import java.util.Objects;
import org.slumber.spi.Headers;

/**
 * One HTTP answer, read whole.
 *
 * @param status  the status code
 * @param headers the header fields
 * @param body    the body, empty for none
 */
public record TransportResponse(int status, Headers headers, byte[] body) {

    public TransportResponse {
        Objects.requireNonNull(headers, "headers");
        body = body == null ? new byte[0] : body;
    }
}
