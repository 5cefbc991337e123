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
 * The {@link RequestHandler} the hosting kit starts hosts with: records every request handed to
 * {@link #handle} and every {@link #refuse} call, and answers as the running test tells it.
 *
 * <p>Thread-safe: hosts call it from many threads. By default it answers at once with
 * {@link #echo(HostRequest)}; a test replaces that with {@link #answerWith}. Refusals are
 * rendered by {@link #refusal}, so a test can compare what the host wrote with what it was
 * given.
 */
final class HostingRecorder implements RequestHandler {

    /** One call of {@link #refuse}. */
    record Refusal(HostRequest head, int status, String reason) {
    }

    private static final long WAIT_SECONDS = 10;

    private final BlockingQueue<HostRequest> handled = new LinkedBlockingQueue<>();
    private final BlockingQueue<Refusal> refused = new LinkedBlockingQueue<>();
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
        refused.add(new Refusal(head, status, reason));
        return refusal(status, reason);
    }

    /** Answers every later request with what {@code answerer} returns (or throws). */
    void answerWith(Function<HostRequest, CompletionStage<HostResponse>> answerer) {
        this.answers = answerer;
    }

    /** The next request handed to {@link #handle}, waiting up to 10 s for it. */
    HostRequest nextRequest() {
        return poll(handled, "a request handed to RequestHandler.handle");
    }

    /** The next {@link #refuse} call, waiting up to 10 s for it. */
    Refusal nextRefusal() {
        return poll(refused, "a call of RequestHandler.refuse");
    }

    /** Every request handed over so far that no test took with {@link #nextRequest}. */
    List<HostRequest> remainingRequests() {
        List<HostRequest> rest = new ArrayList<>();
        handled.drainTo(rest);
        return rest;
    }

    /** How often {@link #handle} was called. */
    int handleCalls() {
        return handleCalls.get();
    }

    /** How many {@link #refuse} calls no test has taken yet. */
    int pendingRefusals() {
        return refused.size();
    }

    /** The default answer: 200, plain text naming the method, path and query, one marker header. */
    static HostResponse echo(HostRequest request) {
        String text = request.method() + " " + request.path() + (request.query().isEmpty() ? "" : "?" + request.query());
        return new HostResponse(200, Headers.builder()
                .add("Content-Type", "text/plain; charset=utf-8")
                .add("X-Tck-Answer", "echo")
                .build(), text.getBytes(StandardCharsets.UTF_8));
    }

    /** What {@link #refuse} renders: a small JSON error and a marker header. */
    static HostResponse refusal(int status, String reason) {
        String json = "{\"error\": \"" + jsonEscaped(reason) + "\", \"_meta\": {\"status\": " + status + "}}";
        return new HostResponse(status, Headers.builder()
                .add("Content-Type", "application/json; charset=utf-8")
                .add("X-Tck-Answer", "refusal")
                .build(), json.getBytes(StandardCharsets.UTF_8));
    }

    private static String jsonEscaped(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static <T> T poll(BlockingQueue<T> queue, String what) {
        try {
            T next = queue.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            if (next == null) {
                fail("expected " + what + " within " + WAIT_SECONDS + " s, but none came");
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        }
    }
}
