package org.slumber.spi.tck;

import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slumber.spi.Headers;
import org.slumber.spi.hosting.HostRequest;
import org.slumber.spi.hosting.HostResponse;
import org.slumber.spi.hosting.RequestHandler;

/**
 * The {@link RequestHandler} behind the transport kit's endpoints: records every request that
 * reaches it and answers as the running test tells it.
 *
 * <p>Thread-safe: endpoints call it from many threads. By default it answers at once with
 * {@link #echo(HostRequest)}; a test replaces that with {@link #answerWith}. An answerer may
 * block the calling thread (it runs on an endpoint thread, or on the sender's thread for a
 * transport that dispatches in-process).
 */
final class TransportRecorder implements RequestHandler {

    private static final long WAIT_SECONDS = 10;

    private final BlockingQueue<HostRequest> handled = new LinkedBlockingQueue<>();
    private final AtomicInteger handleCalls = new AtomicInteger();
    private volatile Function<HostRequest, CompletionStage<HostResponse>> answers =
            request -> CompletableFuture.completedFuture(echo(request));

    @Override
    public CompletionStage<HostResponse> handle(HostRequest request) {
        handleCalls.incrementAndGet();
        handled.add(request);
        return answers.apply(request);
    }

    @Override
    public HostResponse refuse(HostRequest head, int status, String reason) {
        return new HostResponse(status, Headers.builder()
                .add("Content-Type", "text/plain; charset=utf-8")
                .add("X-Tck-Answer", "refusal")
                .build(), reason.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers every later request with what {@code answerer} returns. */
    void answerWith(Function<HostRequest, CompletionStage<HostResponse>> answerer) {
        this.answers = answerer;
    }

    /** Answers every later request at once with what {@code answerer} returns. */
    void answerAtOnce(Function<HostRequest, HostResponse> answerer) {
        answerWith(request -> CompletableFuture.completedFuture(answerer.apply(request)));
    }

    /** The next request that reached the handler, waiting up to 10 s for it. */
    HostRequest nextRequest() {
        try {
            HostRequest next = handled.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            if (next == null) {
                fail("expected a request to reach the endpoint within " + WAIT_SECONDS + " s, but none came");
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a request", e);
        }
    }

    /** Every request that reached the handler and that no test took with {@link #nextRequest}. */
    List<HostRequest> remainingRequests() {
        List<HostRequest> rest = new ArrayList<>();
        handled.drainTo(rest);
        return rest;
    }

    /** Forgets every request recorded so far, so that a dynamic test starts afresh. */
    void forget() {
        handled.clear();
    }

    /** How often {@link #handle} was called. */
    int handleCalls() {
        return handleCalls.get();
    }

    /**
     * The default answer: 200, the request body as the body, its method in {@code X-Tck-Method}
     * and its path and query in {@code X-Tck-Target}.
     */
    static HostResponse echo(HostRequest request) {
        return new HostResponse(200, Headers.builder()
                .add("Content-Type", "application/octet-stream")
                .add("X-Tck-Method", request.method())
                .add("X-Tck-Target", target(request))
                .build(), request.body());
    }

    /** The path and, when there is one, {@code ?} and the query, as the handler saw them. */
    static String target(HostRequest request) {
        return request.path() + (request.query().isEmpty() ? "" : "?" + request.query());
    }
}
