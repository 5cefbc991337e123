package org.slumber.core.internal.auth;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers the signatures accepted within the clock-skew window, so each can be used once
 * (auth.md: "a replayed signature ... is refused"). Signatures are kept as 64-bit digests in a
 * few buckets per signing second (split by the digest's top bits), in a ring that covers every
 * second a timestamp may name ({@code now - skew .. now + skew}). A second's buckets are freed
 * once the second has fallen out of the window (with one second of margin), since no timestamp
 * of it can pass the skew check any more; nothing is ever scanned. Memory is about 11 to 21 bytes per signature accepted
 * in the last {@code skew} seconds (for clients whose clocks agree with the server's).
 * Thread-safe: each bucket is guarded by its own lock.
 */
final class ReplayGuard {

    /** Buckets per second, chosen by a digest's top bits, so concurrent requests seldom share a lock. */
    private static final int STRIPES = 8;

    private final long skew;
    private final int seconds;
    private final Bucket[] ring;
    /** The last second {@link #releaseExpired} ran for. */
    private final AtomicLong released = new AtomicLong(Long.MIN_VALUE);

    /** @param skewSeconds how far timestamps may be from the server's clock */
    ReplayGuard(long skewSeconds) {
        this.skew = skewSeconds;
        this.seconds = (int) Math.min(Integer.MAX_VALUE / STRIPES - 8, 2 * skewSeconds + 2);
        this.ring = new Bucket[seconds * STRIPES];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = new Bucket();
        }
    }

    /**
     * Records a signature made at {@code signedAt} (seconds since the epoch, within the skew of
     * {@code now}, the server's time in seconds) and tells whether this is its first use.
     */
    boolean firstUse(long now, long signedAt, long digest) {
        releaseExpired(now);
        Bucket bucket = ring[slot(signedAt, (int) (digest >>> 61))];
        synchronized (bucket) {
            if (bucket.second != signedAt) {
                bucket.reset(signedAt);
            }
            return bucket.add(digest);
        }
    }

    /** The digests held (for tests and diagnostics). */
    long size() {
        long size = 0;
        for (Bucket bucket : ring) {
            synchronized (bucket) {
                size += bucket.size;
            }
        }
        return size;
    }

    /**
     * Frees the buckets of the seconds that fell out of the window since the last call: at most
     * one ring's worth, usually one second's {@link #STRIPES} buckets once a second.
     */
    private void releaseExpired(long now) {
        long last = released.get();
        if (now <= last || !released.compareAndSet(last, now)) {
            return;
        }
        // one second of margin: a thread that read the clock just before this one may still
        // accept timestamps of the second before
        long newestExpired = now - skew - 2;
        long from = last == Long.MIN_VALUE ? newestExpired - seconds + 1
                : Math.max(last - skew - 1, newestExpired - seconds + 1);
        for (long second = from; second <= newestExpired; second++) {
            for (int stripe = 0; stripe < STRIPES; stripe++) {
                Bucket bucket = ring[slot(second, stripe)];
                synchronized (bucket) {
                    if (bucket.second == second) {
                        bucket.release();
                    }
                }
            }
        }
    }

    private int slot(long second, int stripe) {
        return (int) Math.floorMod(second, (long) seconds) * STRIPES + stripe;
    }

    /** The digests of one signing second: an open-addressing set of longs, at most 3/4 full. */
    private static final class Bucket {
        private static final long EMPTY = 0L;
        private static final int INITIAL = 16;

        private long second = Long.MIN_VALUE;
        private long[] slots = new long[INITIAL];
        private int size;

        void reset(long newSecond) {
            second = newSecond;
            if (slots.length > INITIAL) {
                slots = new long[INITIAL];
            } else {
                Arrays.fill(slots, EMPTY);
            }
            size = 0;
        }

        void release() {
            reset(Long.MIN_VALUE);
        }

        /** Adds a digest; false when it was there already. */
        boolean add(long digest) {
            long value = digest == EMPTY ? 1 : digest;
            if ((size + 1) * 4L > slots.length * 3L) {
                grow();
            }
            int mask = slots.length - 1;
            int index = mix(value) & mask;
            while (slots[index] != EMPTY) {
                if (slots[index] == value) {
                    return false;
                }
                index = (index + 1) & mask;
            }
            slots[index] = value;
            size++;
            return true;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            int mask = slots.length - 1;
            for (long value : old) {
                if (value != EMPTY) {
                    int index = mix(value) & mask;
                    while (slots[index] != EMPTY) {
                        index = (index + 1) & mask;
                    }
                    slots[index] = value;
                }
            }
        }

        private static int mix(long value) {
            long h = value * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
