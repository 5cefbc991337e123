package org.slumber.jetty;

import java.util.concurrent.CompletionStage;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slumber.spi.hosting.HostRequest;
import org.slumber.spi.hosting.HostResponse;
import org.slumber.spi.hosting.RequestHandler;

/**
 * The Jetty handler of a host: reads each request whole, hands it to the
 * {@link RequestHandler}, and writes the answer when the handler's stage completes.
 *
 * <p>Declared {@link org.eclipse.jetty.util.thread.Invocable.InvocationType#BLOCKING blocking},
 * so Jetty calls {@link #handle} on a pool thread that may block, as
 * {@link RequestHandler#handle} may. {@link #handle} returns as soon as the body is being read
 * or the handler has returned its stage; no thread waits for an answer. The Jetty callback is
 * completed by the write of the answer, on whichever thread completes the stage.
 *
 * <p>Bodies over the limit are refused with 413 from {@link RequestHandler#refuse}: at once
 * when the Content-Length says so, otherwise as soon as the chunks read go over it. A failing
 * handler (throwing, completing exceptionally, or with no answer) is answered 500 from
 * {@link RequestHandler#refuse}, with the failure logged, not sent.
 */
final class RequestBridge extends Handler.Abstract {

    static final String INTERNAL_ERROR = "internal server error";

    private static final Logger LOG = LoggerFactory.getLogger(RequestBridge.class);

    private final RequestHandler handler;
    private final long maxBodyBytes;

    RequestBridge(RequestHandler handler, long maxBodyBytes) {
        super(InvocationType.BLOCKING);
        this.handler = handler;
        this.maxBodyBytes = Math.min(maxBodyBytes, BodyReader.MAX_ARRAY);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        HostRequest head = JettyRequests.head(request);
        long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (declared > maxBodyBytes) {
            refuseTooLarge(head, request, response, callback);
        } else if (declared == 0 || (declared < 0 && !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING))) {
            dispatch(head, request, response, callback);
        } else {
            new BodyReader(request, declared, maxBodyBytes, new BodyReader.Outcome() {
                @Override
                public void read(byte[] body) {
                    dispatch(JettyRequests.withBody(head, body), request, response, callback);
                }

                @Override
                public void tooLarge() {
                    refuseTooLarge(head, request, response, callback);
                }

                @Override
                public void failed(Throwable failure) {
                    LOG.debug("Reading the body of {} failed", head, failure);
                    callback.failed(failure);
                }
            }).run();
        }
        return true;
    }

    private void dispatch(HostRequest full, Request request, Response response, Callback callback) {
        CompletionStage<HostResponse> answer;
        try {
            answer = handler.handle(full);
        } catch (RuntimeException | Error failure) {
            LOG.warn("RequestHandler.handle threw for {}", full, failure);
            answerInternalError(full, request, response, callback);
            return;
        }
        if (answer == null) {
            LOG.warn("RequestHandler.handle returned no stage for {}", full);
            answerInternalError(full, request, response, callback);
            return;
        }
        answer.whenComplete((written, failure) -> {
            if (failure != null || written == null) {
                LOG.warn("RequestHandler.handle completed {} without an answer", full, failure);
                answerInternalError(full, request, response, callback);
            } else {
                write(request, response, written, false, callback);
            }
        });
    }

    private void refuseTooLarge(HostRequest head, Request request, Response response, Callback callback) {
        String reason = "request body over the limit of " + maxBodyBytes + " bytes";
        try {
            write(request, response, handler.refuse(head, 413, reason), true, callback);
        } catch (RuntimeException failure) {
            failWithoutAnswer(callback, failure);
        }
    }

    private void answerInternalError(HostRequest full, Request request, Response response, Callback callback) {
        try {
            write(request, response, handler.refuse(full.withoutBody(), 500, INTERNAL_ERROR), false, callback);
        } catch (RuntimeException failure) {
            failWithoutAnswer(callback, failure);
        }
    }

    /** Writes the answer; should that throw before the write began, fails the callback instead. */
    private static void write(Request request, Response response, HostResponse answer, boolean closeAfter,
                              Callback callback) {
        try {
            AnswerWriter.write(request, response, answer, closeAfter, callback);
        } catch (RuntimeException failure) {
            failWithoutAnswer(callback, failure);
        }
    }

    /** Hands a failure to Jetty, which answers through {@link RefusingErrorHandler}. */
    private static void failWithoutAnswer(Callback callback, Throwable failure) {
        LOG.warn("Could not write an answer", failure);
        callback.failed(failure);
    }
}
