package org.slumber.jetty;

import java.util.Set;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slumber.spi.Headers;
import org.slumber.spi.hosting.HostRequest;
import org.slumber.spi.hosting.HostResponse;
import org.slumber.spi.hosting.RequestHandler;

/**
 * Jetty's error handler for errors Jetty answers itself (an unparseable request line, a bad
 * URI, header fields too large, a request during shutdown, a failed callback): the body is
 * whatever {@link RequestHandler#refuse} renders, never Jetty's HTML page nor a stack trace.
 *
 * <p>Non-blocking, as {@link RequestHandler#refuse} is.
 */
final class RefusingErrorHandler implements Request.Handler {

    private static final Logger LOG = LoggerFactory.getLogger(RefusingErrorHandler.class);
    private static final int LONGEST_REASON = 200;
    private static final Set<String> SYNTHETIC_PATHS = Set.of("/badMessage", "/badRequest");

    private final RequestHandler handler;

    RefusingErrorHandler(RequestHandler handler) {
        this.handler = handler;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = status(request, response);
        HostResponse answer;
        try {
            answer = handler.refuse(head(request), status, reason(request, status));
        } catch (RuntimeException failure) {
            LOG.warn("RequestHandler.refuse threw for status {}", status, failure);
            answer = new HostResponse(status, Headers.empty(), new byte[0]);
        }
        AnswerWriter.write(request, response, answer, false, callback);
        return true;
    }

    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }

    private static int status(Request request, Response response) {
        int status = request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer code ? code : response.getStatus();
        return status >= 400 && status <= 599 ? status : HttpStatus.INTERNAL_SERVER_ERROR_500;
    }

    /** Jetty's message for client errors when it is short; only the status text for server errors. */
    private static String reason(Request request, int status) {
        String generic = HttpStatus.getMessage(status);
        if (status >= 500) {
            return status == HttpStatus.INTERNAL_SERVER_ERROR_500 ? RequestBridge.INTERNAL_ERROR : generic;
        }
        Object message = request.getAttribute(ErrorHandler.ERROR_MESSAGE);
        if (message instanceof String text && !text.isBlank() && text.length() <= LONGEST_REASON
                && text.chars().noneMatch(Character::isISOControl)) {
            return text;
        }
        return generic;
    }

    /**
     * The request as far as Jetty read it. When Jetty could not parse the request line it makes
     * up one ({@code BAD /badMessage} or {@code GET /badRequest}, without header fields); that
     * is passed on as {@code GET /}, as nothing of it was sent.
     */
    private static HostRequest head(Request request) {
        try {
            HostRequest head = JettyRequests.head(request);
            if (head.headers().contains("Host") || !SYNTHETIC_PATHS.contains(head.path())) {
                return head;
            }
            return new HostRequest("GET", "/", "", head.headers(), null, head.remote());
        } catch (RuntimeException unreadable) {
            return new HostRequest("GET", "/", "", Headers.empty(), null, null);
        }
    }
}
