package org.slumber.core.internal.auth;

import java.util.Arrays;

/**
 * Remembers the signatures accepted within the clock-skew window, so each can be used once
 * (auth.md: "a replayed signature ... is refused"). Signatures are kept as 64-bit digests in
 * a few buckets per signing second (split by the digest's top bits), in a ring longer than the window: a bucket is reused only for
 * a second so far from the old one that no timestamp of the old second can pass the skew check
 * any more. Memory is 16 bytes or so per signature accepted in the last {@code 2 * skew}
 * seconds; nothing is ever scanned. Thread-safe: each bucket is guarded by its own lock.
 */
final class ReplayGuard {

    /** Buckets per second, chosen by a digest's top bits, so concurrent requests seldom share a lock. */
    private static final int STRIPES = 8;

    private final Bucket[] ring;

    /** @param skewSeconds how far timestamps may be from the server's clock */
    ReplayGuard(long skewSeconds) {
        int length = (int) Math.min(Integer.MAX_VALUE / STRIPES - 8, 2 * skewSeconds + 2) * STRIPES;
        this.ring = new Bucket[length];
        for (int i = 0; i < length; i++) {
            ring[i] = new Bucket();
        }
    }

    /**
     * Records a signature made at {@code signedAt} (seconds since the epoch, within the skew of
     * now) and tells whether this is its first use.
     */
    boolean firstUse(long signedAt, long digest) {
        int slot = (int) Math.floorMod(signedAt, (long) (ring.length / STRIPES)) * STRIPES
                + (int) (digest >>> 61);
        Bucket bucket = ring[slot];
        synchronized (bucket) {
            if (bucket.second != signedAt) {
                bucket.reset(signedAt);
            }
            return bucket.add(digest);
        }
    }

    /** The digests of one signing second: an open-addressing set of longs. */
    private static final class Bucket {
        private static final long EMPTY = 0L;

        private long second = Long.MIN_VALUE;
        private long[] slots = new long[16];
        private int size;

        void reset(long newSecond) {
            second = newSecond;
            if (slots.length > 16) {
                slots = new long[16];
            } else {
                Arrays.fill(slots, EMPTY);
            }
            size = 0;
        }

        /** Adds a digest; false when it was there already. */
        boolean add(long digest) {
            long value = digest == EMPTY ? 1 : digest;
            if (size * 2 >= slots.length) {
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
