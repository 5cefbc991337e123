package org.slumber.examples.memory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slumber.examples.memory.Database.Incoming;
import org.slumber.spi.model.ModelDescriptor;
import org.slumber.spi.model.Reference.OnDelete;
import org.slumber.spi.storage.StorageException;

/**
 * Deleting one row with everything its references demand, the way a SQL database applies ON
 * DELETE rules, in four steps over one version of the store:
 *
 * <ol>
 *   <li>collect the doomed rows: the row, and transitively every row reaching a doomed row
 *       through a CASCADE reference;</li>
 *   <li>refuse with a {@link StorageException.ReferenceViolation} when a RESTRICT reference
 *       points at a doomed row from a row that is not doomed itself (the check runs once the
 *       cascade is known, so rows deleted together may restrict each other);</li>
 *   <li>set SET_NULL references of surviving rows to null;</li>
 *   <li>remove the doomed rows' link pairs, as owner and as target, then the rows.</li>
 * </ol>
 *
 * <p>Referencing rows are found through the index every reference field has, so the cost is
 * O(log n) per row touched. Nothing is changed before step 2 has passed, and the result is a
 * new version of the store: a refused delete leaves the unit of work as it was.
 */
final class Deletion {

    private final Database database;
    private final ModelDescriptor model;
    private final String operation;
    /** Doomed keys by lower-case table name, in the order found. */
    private final Map<String, Set<Object>> doomed = new LinkedHashMap<>();

    private Deletion(Database database, ModelDescriptor model, String operation) {
        this.database = database;
        this.model = model;
        this.operation = operation;
    }

    /**
     * The store after deleting the row of {@code key} of {@code model}, or null when there is no
     * such row.
     *
     * @throws StorageException.ReferenceViolation when a RESTRICT reference still points at a
     *                                             doomed row
     */
    static Database delete(Database database, ModelDescriptor model, Object key, String operation) {
        Table table = database.table(model, operation);
        if (table.row(key) == null) {
            return null;
        }
        Deletion deletion = new Deletion(database, model, operation);
        deletion.collect(Database.name(model.table()), key);
        deletion.checkRestrictions(key);
        return deletion.apply();
    }

    private void collect(String table, Object key) {
        Deque<Pair> queue = new ArrayDeque<>();
        doom(table, key, queue);
        while (!queue.isEmpty()) {
            Pair next = queue.poll();
            for (Incoming incoming : database.incoming((String) next.first())) {
                if (incoming.onDelete() == OnDelete.CASCADE) {
                    database.table(incoming.table()).keysWith(incoming.position(), next.second(), null, referencing -> {
                        doom(incoming.table(), referencing, queue);
                        return true;
                    });
                }
            }
        }
    }

    private void doom(String table, Object key, Deque<Pair> queue) {
        if (doomed.computeIfAbsent(table, name -> new LinkedHashSet<>()).add(key)) {
            queue.add(new Pair(table, key));
        }
    }

    private boolean isDoomed(String table, Object key) {
        return doomed.getOrDefault(table, Set.of()).contains(key);
    }

    private void checkRestrictions(Object deletedKey) {
        doomed.forEach((table, keys) -> {
            for (Incoming incoming : database.incoming(table)) {
                if (incoming.onDelete() != OnDelete.RESTRICT) {
                    continue;
                }
                Table referencing = database.table(incoming.table());
                for (Object key : keys) {
                    referencing.keysWith(incoming.position(), key, null, referencingKey -> {
                        if (isDoomed(incoming.table(), referencingKey)) {
                            return true;
                        }
                        boolean direct = table.equals(Database.name(model.table())) && key.equals(deletedKey);
                        throw new StorageException.ReferenceViolation(model.name(), model.name() + ": " + operation
                                + " failed: a row of " + referencing.model().name() + " references "
                                + (direct ? "it" : "a row of " + database.table(table).model().name()
                                + " that would be deleted with it") + " through field " + incoming.field()
                                + ", which is ON DELETE RESTRICT", null);
                    });
                }
            }
        });
    }

    private Database apply() {
        Database next = database;
        for (Map.Entry<String, Set<Object>> entry : doomed.entrySet()) {
            for (Incoming incoming : database.incoming(entry.getKey())) {
                if (incoming.onDelete() == OnDelete.SET_NULL) {
                    next = setNull(next, incoming, entry.getValue());
                }
            }
        }
        for (LinkTable links : database.links().values()) {
            LinkTable changed = links;
            for (Object owner : doomed.getOrDefault(Database.name(links.link().owner().table()), Set.of())) {
                changed = changed.withoutOwner(owner);
            }
            for (Object target : doomed.getOrDefault(Database.name(links.link().target().table()), Set.of())) {
                changed = changed.withoutTarget(target);
            }
            if (changed != links) {
                next = next.with(changed);
            }
        }
        for (Map.Entry<String, Set<Object>> entry : doomed.entrySet()) {
            Table table = next.table(entry.getKey());
            for (Object key : entry.getValue()) {
                table = table.remove(key);
            }
            next = next.with(table);
        }
        return next;
    }

    /** Sets the field of {@code incoming} to null in the surviving rows that reference these keys. */
    private Database setNull(Database next, Incoming incoming, Set<Object> referencedKeys) {
        List<Object> surviving = new ArrayList<>();
        Table table = database.table(incoming.table());
        for (Object referenced : referencedKeys) {
            table.keysWith(incoming.position(), referenced, null, key -> {
                if (!isDoomed(incoming.table(), key)) {
                    surviving.add(key);
                }
                return true;
            });
        }
        if (surviving.isEmpty()) {
            return next;
        }
        Table changed = next.table(incoming.table());
        for (Object key : surviving) {
            Row row = changed.row(key);
            changed = changed.replace(key, row, row.with(incoming.position(), null), operation);
        }
        return next.with(changed);
    }
}
