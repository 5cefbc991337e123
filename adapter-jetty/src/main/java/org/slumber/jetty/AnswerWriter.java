package org.slumber.jetty;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.slumber.spi.hosting.HostResponse;

/** Writes a {@link HostResponse} as one Jetty response. */
final class AnswerWriter {

    private AnswerWriter() {
    }

    /**
     * Writes status, the header fields in order, a {@code Content-Length} of the body and the
     * body (none to {@code HEAD}) in one last write, which completes {@code callback}. Header
     * fields of the answer replace any Jetty had set under the same names (such as
     * {@code Date}); its own {@code Content-Length} and {@code Transfer-Encoding} are ignored,
     * as the adapter frames the body. Does not block; any thread may call it, once.
     *
     * @param closeAfter whether to close the connection afterwards (the request body is unread)
     */
    static void write(Request request, Response response, HostResponse answer, boolean closeAfter,
                      Callback callback) {
        response.setStatus(answer.status());
        HttpFields.Mutable fields = response.getHeaders();
        answer.headers().forEach((name, value) -> fields.remove(name));
        answer.headers().forEach((name, value) -> {
            if (!isFraming(name)) {
                fields.add(name, value);
            }
        });
        byte[] body = answer.body();
        if (body.length > 0 || (answer.status() != 204 && answer.status() != 304)) {
            fields.put(HttpHeader.CONTENT_LENGTH, body.length);
        }
        if (closeAfter) {
            fields.put(HttpHeader.CONNECTION, "close");
        }
        boolean withBody = body.length > 0 && !HttpMethod.HEAD.is(request.getMethod());
        response.write(true, withBody ? ByteBuffer.wrap(body) : BufferUtil.EMPTY_BUFFER, callback);
    }

    private static boolean isFraming(String name) {
        return name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Transfer-Encoding");
    }
}
