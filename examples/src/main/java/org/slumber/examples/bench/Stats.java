package org.slumber.examples.bench;

import java.util.Arrays;
import java.util.Collection;

/** Medians and percentiles. */
final class Stats {

    private Stats() {
    }

    /** The median of some values (NaN when there are none). */
    static double median(Collection<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The median of some values (NaN when there are none). */
    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The median of some nanosecond timings, in microseconds. */
    static double medianMicros(long[] nanos, int count) {
        double[] micros = new double[count];
        for (int i = 0; i < count; i++) {
            micros[i] = nanos[i] / 1_000.0;
        }
        return median(micros);
    }

    /** The {@code fraction} percentile (nearest rank) of some values, sorted in place. */
    static long percentile(long[] values, int count, double fraction) {
        if (count == 0) {
            return -1;
        }
        Arrays.sort(values, 0, count);
        int rank = (int) Math.ceil(fraction * count);
        return values[Math.max(0, Math.min(count - 1, rank - 1))];
    }
}
