package org.slumber.jetty;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads one request body whole into a byte array, without blocking: reads the chunks Jetty
 * has, and when none is there asks Jetty to call back ({@link Request#demand}) when more comes.
 * Stops as soon as the body would go over the limit.
 *
 * <p>Exactly one {@link Outcome} method is called, once, either on the thread calling
 * {@link #run()} first or on the Jetty pool thread of a demand callback. This class is a plain
 * {@link Runnable}, so Jetty runs its demand callbacks on threads that may block: the outcome
 * may call {@link org.slumber.spi.hosting.RequestHandler#handle} directly.
 */
final class BodyReader implements Runnable {

    /** What became of the body. */
    interface Outcome {

        /** The body was read whole; the array is the caller's. */
        void read(byte[] body);

        /** The body is larger than the limit; the rest of it is left unread. */
        void tooLarge();

        /** Reading failed: the client went away, a bad chunk, an idle timeout. */
        void failed(Throwable failure);
    }

    /** The largest array the JVM reliably allocates. */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    /** The most allocated before the bytes arrive, so a declared length alone costs little memory. */
    private static final int FIRST_BUFFER = 16 * 1024;

    private final Request request;
    private final long limit;
    private final long expected;
    private final Outcome outcome;
    private byte[] buffer;
    private int size;

    /**
     * @param declaredLength the Content-Length, or -1 when unknown; at most {@code limit}
     * @param limit          the largest body accepted
     */
    BodyReader(Request request, long declaredLength, long limit, Outcome outcome) {
        this.request = request;
        this.limit = Math.min(limit, MAX_ARRAY);
        this.expected = declaredLength >= 0 ? Math.min(declaredLength, this.limit) : this.limit;
        this.outcome = outcome;
        this.buffer = new byte[(int) Math.min(FIRST_BUFFER, expected)];
    }

    /** Reads what is there; called first by the bridge, later by Jetty when content arrives. */
    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                outcome.failed(chunk.getFailure());
                return;
            }
            boolean last = chunk.isLast();
            ByteBuffer bytes = chunk.getByteBuffer();
            int count = bytes.remaining();
            if (size + (long) count > limit) {
                chunk.release();
                outcome.tooLarge();
                return;
            }
            if (size + count > buffer.length) {
                grow(size + count);
            }
            bytes.get(buffer, size, count);
            size += count;
            chunk.release();
            if (last) {
                outcome.read(size == buffer.length ? buffer : Arrays.copyOf(buffer, size));
                return;
            }
        }
    }

    /** Doubles the buffer, but never past the expected length, so a declared body ends up exactly filling it. */
    private void grow(int needed) {
        long capacity = Math.max(needed, Math.min(expected, 2L * buffer.length));
        buffer = Arrays.copyOf(buffer, (int) Math.min(capacity, limit));
    }
}
