package org.slumber.spi.tck;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One HTTP/1.1 answer as read off a socket by {@link HostingWire}: header fields in the order
 * they came, names as sent.
 *
 * @param status  the status code
 * @param headers every header field in order
 * @param body    the body bytes (decoded from chunks when chunked)
 */
record HostingRawResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {

    /** The first value of the named field, ignoring case, or {@code null}. */
    String header(String name) {
        for (Map.Entry<String, String> field : headers) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return null;
    }

    /** The body as UTF-8 text. */
    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return status + " " + headers + " " + body.length + " bytes";
    }
}
