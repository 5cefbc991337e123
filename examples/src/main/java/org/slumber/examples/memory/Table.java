package org.slumber.examples.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.slumber.spi.model.FieldDescriptor;
import org.slumber.spi.model.ModelDescriptor;
import org.slumber.spi.model.ValueType;
import org.slumber.spi.storage.StorageException;

/**
 * One version of the table of a model: its rows by key, its key generator and its indexes.
 * Immutable: every change returns a new version sharing what did not change, so a change costs
 * O(log n) per index and older versions (other units' snapshots) stay as they were.
 *
 * <p>This class keeps the constraints that concern one table (keys, unique fields,
 * unique-together groups); references between tables are checked by {@link MemorySession} and
 * {@link Deletion}, which see the whole {@link Database}.
 *
 * @param model     the model whose rows these are
 * @param positions each field's position in {@link ModelDescriptor#fields()}
 * @param rows      the rows by key, in key order
 * @param nextKey   the next generated key ({@link #EXHAUSTED} when the key type has run out)
 * @param indexes   the unique indexes and the indexes of reference fields
 */
record Table(ModelDescriptor model, Map<String, Integer> positions, Tree<Object, Row> rows, long nextKey,
             List<Index> indexes) {

    /** {@link #nextKey} once an explicit key of {@link Long#MAX_VALUE} has used up the generator. */
    static final long EXHAUSTED = Long.MIN_VALUE;

    Table {
        positions = Map.copyOf(positions);
        indexes = List.copyOf(indexes);
    }

    /** An empty table of {@code model}, with its indexes, whose generator starts at 1. */
    static Table create(ModelDescriptor model) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < model.fields().size(); i++) {
            positions.put(model.fields().get(i).name(), i);
        }
        List<Index> indexes = new ArrayList<>();
        for (FieldDescriptor field : model.fields()) {
            if (field.unique() && !field.name().equals(model.key())) {
                indexes.add(Index.empty(List.of(field.name()), List.of(positions.get(field.name())), true));
            }
        }
        for (List<String> group : model.uniqueTogether()) {
            indexes.add(Index.empty(group, group.stream().map(positions::get).toList(), true));
        }
        for (FieldDescriptor field : model.fields()) {
            int position = positions.get(field.name());
            boolean indexed = field.name().equals(model.key())
                    || indexes.stream().anyMatch(index -> index.isOn(position));
            if (field.reference() != null && !indexed) {
                indexes.add(Index.empty(List.of(field.name()), List.of(position), false));
            }
        }
        return new Table(model, positions, Tree.empty(Values.ORDER), 1, indexes);
    }

    /** The position of the key field. */
    int keyPosition() {
        return positions.get(model.key());
    }

    /**
     * The position of a field of this model.
     *
     * @throws StorageException when the model has no such field
     */
    int position(String field, String operation) {
        Integer position = positions.get(field);
        if (position == null) {
            throw new StorageException(model.name() + ": " + operation + ": there is no field " + field
                    + "; the fields are " + model.fields().stream().map(FieldDescriptor::name).toList());
        }
        return position;
    }

    /** The row with this key, or null. */
    Row row(Object key) {
        return rows.get(key);
    }

    /** The key the generator gives next, of the key field's Java type; the table is not changed. */
    Object generateKey(String operation) {
        boolean integer = model.keyField().type() == ValueType.INTEGER;
        if (nextKey == EXHAUSTED || (integer && nextKey > Integer.MAX_VALUE)) {
            throw new StorageException(model.name() + ": " + operation + " failed: the key generator has run out of "
                    + model.keyField().type() + " keys");
        }
        return integer ? (Object) (int) nextKey : (Object) nextKey;
    }

    /**
     * This table with a new row; for a generated key, the generator is moved past the key.
     *
     * @throws StorageException.UniqueViolation when the key or a unique value is taken
     */
    Table insert(Object key, Row row, String operation) {
        if (rows.containsKey(key)) {
            throw new StorageException.UniqueViolation(model.name(), List.of(model.key()), model.name() + ": "
                    + operation + " failed: another row already has this key (field " + model.key() + ")", null);
        }
        checkUnique(key, row, operation);
        List<Index> changed = new ArrayList<>(indexes.size());
        for (Index index : indexes) {
            changed.add(index.add(row, key));
        }
        return new Table(model, positions, rows.put(key, row), advancedPast(key), changed);
    }

    /**
     * This table with the row of {@code key} replaced (the key itself never changes).
     *
     * @throws StorageException.UniqueViolation when a changed unique value is taken
     */
    Table replace(Object key, Row before, Row after, String operation) {
        checkUnique(key, after, operation);
        List<Index> changed = new ArrayList<>(indexes.size());
        for (Index index : indexes) {
            boolean same = Objects.equals(index.valuesOf(before), index.valuesOf(after));
            changed.add(same ? index : index.remove(before, key).add(after, key));
        }
        return new Table(model, positions, rows.put(key, after), nextKey, changed);
    }

    /** This table without the row of {@code key}; this very table when there is none. */
    Table remove(Object key) {
        Row row = rows.get(key);
        if (row == null) {
            return this;
        }
        List<Index> changed = new ArrayList<>(indexes.size());
        for (Index index : indexes) {
            changed.add(index.remove(row, key));
        }
        return new Table(model, positions, rows.remove(key), nextKey, changed);
    }

    /**
     * Visits the rows, key descending, whose key is below {@code startAfter} (all when it is
     * null), until the visitor returns false. O(log n + rows visited).
     */
    void descending(Object startAfter, BiPredicate<Object, Row> visitor) {
        rows.descending(key -> startAfter == null ? -1 : Values.ORDER.compare(key, startAfter), visitor);
    }

    /**
     * Visits, key descending and below {@code startAfter}, the keys of the rows whose field at
     * {@code position} equals {@code value} (not null), until the visitor returns false. Uses the
     * field's index when it has one (O(log n + rows visited)), else scans the rows below
     * {@code startAfter}, as a SQL database scans an unindexed column.
     */
    void keysWith(int position, Object value, Object startAfter, Predicate<Object> visitor) {
        if (position == keyPosition()) {
            boolean below = startAfter == null || Values.ORDER.compare(value, startAfter) < 0;
            if (below && rows.containsKey(value)) {
                visitor.test(value);
            }
            return;
        }
        for (Index index : indexes) {
            if (index.isOn(position)) {
                index.keys(List.of(value), startAfter, visitor);
                return;
            }
        }
        descending(startAfter, (key, row) -> Values.ORDER.compare(row.get(position), value) != 0
                || visitor.test(key));
    }

    private void checkUnique(Object key, Row row, String operation) {
        for (Index index : indexes) {
            if (index.unique()) {
                List<Object> values = index.valuesOf(row);
                if (values != null && index.taken(values, key)) {
                    String what = index.fields().size() == 1 ? "the value of unique field " + index.fields().get(0)
                            : "the values of unique-together fields " + index.fields();
                    throw new StorageException.UniqueViolation(model.name(), index.fields(), model.name() + ": "
                            + operation + " failed: another row already holds " + what, null);
                }
            }
        }
    }

    /** The generator after an insert with this key: moved past it when it is not behind. */
    private long advancedPast(Object key) {
        if (!model.generatedKey() || nextKey == EXHAUSTED) {
            return nextKey;
        }
        long value = ((Number) key).longValue();
        if (value < nextKey) {
            return nextKey;
        }
        return value == Long.MAX_VALUE ? EXHAUSTED : value + 1;
    }

    @Override
    public String toString() {
        return "Table[" + model.table() + ", " + rows.size() + " rows]";
    }
}
