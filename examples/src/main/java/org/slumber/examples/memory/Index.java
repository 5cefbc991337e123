package org.slumber.examples.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A secondary index of one table: the rows' values of some fields, each paired with the row's
 * key, in a {@link Tree} of {@link Pair}s. A unique field or unique-together group gets a unique
 * index (so an insert checks it in O(log n) instead of scanning the table); every reference
 * field gets an index too (as SQL stores index foreign keys), so a reverse relation pages and a
 * cascading delete finds its rows in O(log n + rows). Rows with a null in an indexed field are
 * left out: nulls never collide in a unique constraint and never match an equality filter with
 * a value.
 *
 * @param fields    the names of the indexed fields, for messages and {@link
 *                  org.slumber.spi.storage.StorageException.UniqueViolation#fields()}
 * @param positions their positions in the model's fields
 * @param unique    whether two rows may not hold the same values
 * @param entries   (values, key) pairs; the values are a list, one per indexed field
 */
record Index(List<String> fields, List<Integer> positions, boolean unique, Tree<Pair, Boolean> entries) {

    Index {
        fields = List.copyOf(fields);
        positions = List.copyOf(positions);
    }

    /** An empty index. */
    static Index empty(List<String> fields, List<Integer> positions, boolean unique) {
        return new Index(fields, positions, unique, Tree.empty(Pair.ORDER));
    }

    /** Whether this index is on exactly the field at {@code position}. */
    boolean isOn(int position) {
        return positions.size() == 1 && positions.get(0) == position;
    }

    /** The row's values of the indexed fields, or null when one of them is null (not indexed). */
    List<Object> valuesOf(Row row) {
        List<Object> values = new ArrayList<>(positions.size());
        for (int position : positions) {
            Object value = row.get(position);
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        return values;
    }

    /** This index with the row added. */
    Index add(Row row, Object key) {
        List<Object> values = valuesOf(row);
        return values == null ? this : with(entries.put(new Pair(values, key), Boolean.TRUE));
    }

    /** This index with the row removed. */
    Index remove(Row row, Object key) {
        List<Object> values = valuesOf(row);
        return values == null ? this : with(entries.remove(new Pair(values, key)));
    }

    /** Whether a row other than the one with key {@code self} holds these values. */
    boolean taken(List<Object> values, Object self) {
        boolean[] taken = {false};
        Pair.seconds(entries, values, null, key -> {
            taken[0] = !key.equals(self);
            return !taken[0];
        });
        return taken[0];
    }

    /**
     * Visits the keys of the rows holding these values, largest first, below {@code startAfter}
     * (all when it is null), until the visitor returns false.
     */
    void keys(List<Object> values, Object startAfter, Predicate<Object> visitor) {
        Pair.seconds(entries, values, startAfter, visitor);
    }

    private Index with(Tree<Pair, Boolean> changed) {
        return changed == entries ? this : new Index(fields, positions, unique, changed);
    }
}
