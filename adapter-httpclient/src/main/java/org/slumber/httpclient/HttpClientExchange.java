package org.slumber.httpclient;

import java.io.IOException;
import java.util.Set;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.slumber.spi.transport.TransportRequest;
import org.slumber.spi.transport.TransportResponse;

/**
 * Translates one exchange between the transport role's records and HttpClient's classic
 * messages: {@link #outgoing} makes the request, {@link #READ_WHOLE} reads the answer.
 */
final class HttpClientExchange {

    /** Methods whose empty body is still sent, as {@code Content-Length: 0}. */
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

    /**
     * Reads the whole answer, whatever its status. HttpClient calls it on the sending thread,
     * then consumes what is left of the entity and releases the connection to the pool (or
     * discards it when this throws).
     */
    static final HttpClientResponseHandler<TransportResponse> READ_WHOLE = HttpClientExchange::readWhole;

    private static final byte[] NO_BODY = new byte[0];

    private HttpClientExchange() {
    }

    /**
     * The request to execute: the method and URL as given (HttpClient sends the URL's raw path
     * and query), every header field except the framing ones ({@code Content-Length} and
     * {@code Transfer-Encoding}, which HttpClient writes), and the body as a
     * {@link ByteArrayEntity} with no content type of its own, so the {@code Content-Type}
     * goes out exactly as given, or not at all. A GET, DELETE and the like with an empty body
     * carry no body at all.
     */
    static ClassicHttpRequest outgoing(TransportRequest request) {
        HttpUriRequestBase outgoing = new HttpUriRequestBase(request.method(), request.uri());
        request.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Transfer-Encoding")) {
                outgoing.addHeader(name, value);
            }
        });
        byte[] body = request.body();
        if (body.length > 0 || BODY_METHODS.contains(request.method())) {
            outgoing.setEntity(new ByteArrayEntity(body, null));
        }
        return outgoing;
    }

    private static TransportResponse readWhole(ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        byte[] body = entity == null ? NO_BODY : EntityUtils.toByteArray(entity);
        return new TransportResponse(response.getCode(), new HttpClientHeaders(response.getHeaders()),
                body == null ? NO_BODY : body);
    }
}
