package org.slumber.examples.bench;

/**
 * A benchmarked URL: a fixed path, or {@code prefix + id + suffix} cycling over {@code count}
 * consecutive ids from {@code first}.
 *
 * @param label  what the table calls it
 * @param prefix the path, or its part before the id
 * @param suffix the part after the id
 * @param first  the first id
 * @param count  how many ids to cycle over; 0 for a fixed path
 */
record Endpoint(String label, String prefix, String suffix, long first, long count) {

    /** A fixed path. */
    static Endpoint fixed(String label, String path) {
        return new Endpoint(label, path, "", 0, 0);
    }

    /** A path cycling over ids {@code first .. first + count - 1}. */
    static Endpoint cycling(String label, String prefix, String suffix, long first, long count) {
        return new Endpoint(label, prefix, suffix, first, count);
    }

    /** The path of the n-th request. */
    String path(long n) {
        return count == 0 ? prefix : prefix + (first + Math.floorMod(n, count)) + suffix;
    }
}
