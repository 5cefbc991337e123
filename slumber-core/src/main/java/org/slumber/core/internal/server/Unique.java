package org.slumber.core.internal.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slumber.core.internal.model.Field;
import org.slumber.core.internal.model.Model;
import org.slumber.core.operation.OperationException;
import org.slumber.spi.storage.StorageSession;

/**
 * Checks unique fields and unique-together groups before a write, so a conflict is answered
 * with 409 naming the fields; the store's own constraints remain the guard against races.
 */
final class Unique {

    private Unique() {
    }

    /**
     * Throws 409 when another instance than {@code ownKey} holds a unique value of {@code row}.
     *
     * @param row    the instance's values after the write (all fields)
     * @param ownKey the instance's key, or null for a new instance
     */
    static void check(StorageSession session, Model model, Map<String, Object> row, Object ownKey) {
        String keyName = model.key().name();
        for (Field field : model.fields()) {
            if (field == model.key() || !field.unique()) {
                continue;
            }
            Object value = row.get(field.name());
            if (value != null) {
                ensureFree(session, model, Map.of(field.name(), value), ownKey, keyName, List.of(field.name()));
            }
        }
        for (List<String> group : model.uniqueTogether()) {
            Map<String, Object> values = new HashMap<>();
            for (String name : group) {
                Object value = row.get(name);
                if (value == null) {
                    values = null;
                    break;
                }
                values.put(name, value);
            }
            if (values != null) {
                ensureFree(session, model, values, ownKey, keyName, group);
            }
        }
    }

    private static void ensureFree(StorageSession session, Model model, Map<String, Object> values, Object ownKey,
                                   String keyName, List<String> fields) {
        for (Map<String, Object> other : session.select(model.descriptor(), values, 2)) {
            if (!Objects.equals(other.get(keyName), ownKey)) {
                throw new OperationException.Conflict("Another " + model.name() + " has the same "
                        + (fields.size() == 1 ? "value of " + fields.get(0) : "values of " + String.join(", ", fields))
                        + ", which must be unique" + (fields.size() == 1 ? "" : " together"));
            }
        }
    }
}
