package org.slumber.examples.memory;

import java.util.Comparator;
import java.util.function.Predicate;

/**
 * Two values ordered first by {@code first}, then by {@code second}: an index entry (the indexed
 * values, then the row's key) or a link row (owner key, then target key). Trees of pairs answer
 * "every second value paired with this first value", largest first, in O(log n + answers).
 *
 * @param first  the leading value
 * @param second the trailing value
 */
record Pair(Object first, Object second) {

    /** First by {@code first}, then by {@code second}, both in {@link Values#ORDER}. */
    static final Comparator<Pair> ORDER =
            Comparator.comparing(Pair::first, Values.ORDER).thenComparing(Pair::second, Values.ORDER);

    /**
     * Visits, largest first, the second values paired with {@code first} that are smaller than
     * {@code below} (every one when it is null), until the visitor returns false.
     */
    static void seconds(Tree<Pair, Boolean> pairs, Object first, Object below, Predicate<Object> visitor) {
        pairs.descending(pair -> {
            int c = Values.ORDER.compare(pair.first(), first);
            if (c != 0) {
                return c;
            }
            return below == null ? -1 : Values.ORDER.compare(pair.second(), below);
        }, (pair, present) -> Values.ORDER.compare(pair.first(), first) == 0 && visitor.test(pair.second()));
    }

    @Override
    public String toString() {
        // pairs hold keys and indexed values: never print them
        return "Pair[]";
    }
}
