package org.slumber.examples.memory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slumber.spi.model.ModelDescriptor;

/**
 * One stored row: the values of every field of its model, in declaration order. Immutable (the
 * list is a private, unmodifiable copy and every value is of an immutable type), so one row can
 * belong to any number of snapshots at once. Rows go out as new maps ({@link #toMap}), which the
 * caller may keep and change.
 *
 * @param values the value of each field, by position in {@link ModelDescriptor#fields()}
 */
record Row(List<Object> values) {

    Row {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The value of the field at this position. */
    Object get(int position) {
        return values.get(position);
    }

    /** This row with the field at {@code position} set to {@code value}. */
    Row with(int position, Object value) {
        List<Object> changed = new ArrayList<>(values);
        changed.set(position, value);
        return new Row(changed);
    }

    /** A new, mutable map from field name to value, in field order: the caller's to keep. */
    Map<String, Object> toMap(ModelDescriptor model) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            map.put(model.fields().get(i).name(), values.get(i));
        }
        return map;
    }

    @Override
    public String toString() {
        // rows may hold personal data: never print their values
        return "Row[" + values.size() + " values]";
    }
}
