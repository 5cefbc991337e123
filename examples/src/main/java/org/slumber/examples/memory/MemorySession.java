package org.slumber.examples.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slumber.spi.model.FieldDescriptor;
import org.slumber.spi.model.LinkDescriptor;
import org.slumber.spi.model.ModelDescriptor;
import org.slumber.spi.model.Reference;
import org.slumber.spi.storage.Filter;
import org.slumber.spi.storage.SessionRules;
import org.slumber.spi.storage.StorageException;
import org.slumber.spi.storage.StorageSession;

/**
 * The operations of one unit of work, over one version of the store.
 *
 * <p>A read session holds the version that was committed when its unit began and never changes
 * it. A write session starts from that version too; each operation that changes something
 * derives a new version ({@link Database} is immutable) and, only once the whole operation has
 * succeeded, makes it the session's current one. So an operation that fails (a unique or
 * reference violation) changes nothing, even if the work catches the exception and goes on.
 * {@link MemoryStorage} publishes the session's last version when the work returns and simply
 * drops it when the work throws.
 *
 * <p>Every operation first checks that the session is still inside its unit and on the thread
 * that began it, and that a read session is not asked to write; then it checks its arguments
 * (known fields, values of the field's Java type) before it looks at any row.
 */
final class MemorySession implements StorageSession {

    private final SessionRules rules;
    private Database database;

    MemorySession(Database database, boolean writable) {
        this.database = database;
        this.rules = new SessionRules(writable);
    }

    /** The version of the store this session has reached: for a write unit, what to commit. */
    Database database() {
        return database;
    }

    /** Makes every later call fail: the unit of work that handed out this session is over. */
    void end() {
        rules.end();
    }

    @Override
    public Optional<Map<String, Object>> find(ModelDescriptor model, Object key) {
        Table table = table(model, "find", false);
        Row row = table.row(Values.key(model, key, "find"));
        return row == null ? Optional.empty() : Optional.of(row.toMap(model));
    }

    @Override
    public List<Map<String, Object>> findAll(ModelDescriptor model, Collection<?> keys) {
        Table table = table(model, "findAll", false);
        Set<Object> distinct = new LinkedHashSet<>();
        for (Object key : keys) {
            distinct.add(Values.key(model, key, "findAll"));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object key : distinct) {
            Row row = table.row(key);
            if (row != null) {
                rows.add(row.toMap(model));
            }
        }
        return rows;
    }

    @Override
    public List<Map<String, Object>> select(ModelDescriptor model, Map<String, Object> equal, int limit) {
        Table table = table(model, "select", false);
        int[] positions = new int[equal.size()];
        Object[] values = new Object[equal.size()];
        int indexed = -1;
        int i = 0;
        for (Map.Entry<String, Object> entry : equal.entrySet()) {
            positions[i] = table.position(entry.getKey(), "select");
            values[i] = Values.probe(model, model.fields().get(positions[i]), entry.getValue(), "select");
            if (values[i] != null && (indexed < 0 || positions[i] == table.keyPosition())) {
                indexed = i;
            }
            i++;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        if (limit <= 0) {
            return rows;
        }
        if (indexed < 0) {
            // no value to look up: scan the rows, key descending
            table.descending(null, (key, row) -> !matches(row, positions, values) || add(rows, model, row, limit));
        } else {
            // look up one equality (through its index when the field has one), check the others per row
            table.keysWith(positions[indexed], values[indexed], null, key -> {
                Row row = table.row(key);
                return !matches(row, positions, values) || add(rows, model, row, limit);
            });
        }
        return rows;
    }

    @Override
    public List<Map<String, Object>> page(ModelDescriptor model, Filter filter, Object startAfter, int limit) {
        Table table = table(model, "page", false);
        Object after = startAfter == null ? null : Values.key(model, startAfter, "page");
        List<Map<String, Object>> rows = new ArrayList<>();
        if (filter instanceof Filter.Linked linked) {
            LinkDescriptor link = linked.link();
            LinkTable links = database.link(link, "page");
            if (!link.target().equals(model)) {
                throw new StorageException(model.name() + ": page: link " + link.name() + " leads to "
                        + link.target().name() + ", not to this model");
            }
            Object owner = Values.key(link.owner(), linked.ownerKey(), "page");
            if (limit > 0) {
                links.targets(owner, after, key -> add(rows, model, table.row(key), limit));
            }
        } else if (filter instanceof Filter.Equal equal) {
            int position = table.position(equal.field(), "page");
            Object value = Values.probe(model, model.fields().get(position), equal.value(), "page");
            if (limit > 0) {
                table.keysWith(position, value, after, key -> add(rows, model, table.row(key), limit));
            }
        } else if (limit > 0) {
            table.descending(after, (key, row) -> add(rows, model, row, limit));
        }
        return rows;
    }

    @Override
    public Object insert(ModelDescriptor model, Map<String, Object> values) {
        Table table = table(model, "insert", true);
        for (String field : values.keySet()) {
            table.position(field, "insert");
        }
        Object key = values.get(model.key());
        if (key == null && !model.generatedKey()) {
            throw new StorageException(model.name() + ": insert: the key " + model.key()
                    + " is not generated, so the values must hold it");
        }
        key = key == null ? table.generateKey("insert") : Values.key(model, key, "insert");
        List<Object> row = new ArrayList<>(model.fields().size());
        for (FieldDescriptor field : model.fields()) {
            Object value = field.name().equals(model.key()) ? key : values.get(field.name());
            row.add(Values.column(model, field, value, "insert"));
        }
        for (int i = 0; i < row.size(); i++) {
            FieldDescriptor field = model.fields().get(i);
            boolean toItself = field.reference() != null && key.equals(row.get(i))
                    && Database.name(field.reference().targetTable()).equals(Database.name(model.table()));
            if (!toItself) {
                checkReference(model, field, row.get(i), "insert");
            }
        }
        database = database.with(table.insert(key, new Row(row), "insert"));
        return key;
    }

    @Override
    public boolean update(ModelDescriptor model, Object key, Map<String, Object> values) {
        Table table = table(model, "update", true);
        Object checkedKey = Values.key(model, key, "update");
        Row before = table.row(checkedKey);
        Row after = before;
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            int position = table.position(entry.getKey(), "update");
            if (position == table.keyPosition()) {
                continue; // the key never changes
            }
            FieldDescriptor field = model.fields().get(position);
            Object value = Values.column(model, field, entry.getValue(), "update");
            if (before != null) {
                checkReference(model, field, value, "update");
                after = after.with(position, value);
            }
        }
        if (before == null) {
            return false;
        }
        if (after != before) {
            database = database.with(table.replace(checkedKey, before, after, "update"));
        }
        return true;
    }

    @Override
    public boolean delete(ModelDescriptor model, Object key) {
        table(model, "delete", true);
        Database next = Deletion.delete(database, model, Values.key(model, key, "delete"), "delete");
        if (next == null) {
            return false;
        }
        database = next;
        return true;
    }

    @Override
    public boolean link(LinkDescriptor link, Object ownerKey, Object targetKey) {
        LinkTable links = link(link, "link", true);
        Object owner = Values.key(link.owner(), ownerKey, "link");
        Object target = Values.key(link.target(), targetKey, "link");
        requireRow(link, link.owner(), owner, "owner");
        requireRow(link, link.target(), target, "target");
        if (links.contains(owner, target)) {
            return false;
        }
        database = database.with(links.add(owner, target));
        return true;
    }

    @Override
    public boolean unlink(LinkDescriptor link, Object ownerKey, Object targetKey) {
        LinkTable links = link(link, "unlink", true);
        Object owner = Values.key(link.owner(), ownerKey, "unlink");
        Object target = Values.key(link.target(), targetKey, "unlink");
        if (!links.contains(owner, target)) {
            return false;
        }
        database = database.with(links.remove(owner, target));
        return true;
    }

    @Override
    public List<Map<String, Object>> linked(LinkDescriptor link, Collection<?> ownerKeys) {
        LinkTable links = link(link, "linked", false);
        Table targets = database.table(link.target(), "linked");
        Set<Object> owners = new LinkedHashSet<>();
        for (Object owner : ownerKeys) {
            owners.add(Values.key(link.owner(), owner, "linked"));
        }
        Set<Object> distinct = new LinkedHashSet<>();
        for (Object owner : owners) {
            links.targets(owner, null, distinct::add);
        }
        List<Map<String, Object>> rows = new ArrayList<>(distinct.size());
        for (Object key : distinct) {
            rows.add(targets.row(key).toMap(link.target()));
        }
        return rows;
    }

    /** A reference must point at an existing row of its target table (null points nowhere and is fine). */
    private void checkReference(ModelDescriptor model, FieldDescriptor field, Object value, String operation) {
        Reference reference = field.reference();
        if (reference == null || value == null) {
            return;
        }
        Table target = database.table(Database.name(reference.targetTable()));
        if (target.row(value) == null) {
            throw new StorageException.ReferenceViolation(model.name(), model.name() + ": " + operation
                    + " failed: field " + field.name() + " references " + target.model().name()
                    + ", which has no row with that key", null);
        }
    }

    private void requireRow(LinkDescriptor link, ModelDescriptor end, Object key, String role) {
        if (database.table(end, "link").row(key) == null) {
            throw new StorageException.ReferenceViolation(link.name(), link.name() + ": link failed: the " + role
                    + ", " + end.name() + ", has no row with that key", null);
        }
    }

    private static boolean matches(Row row, int[] positions, Object[] values) {
        for (int i = 0; i < positions.length; i++) {
            if (Values.ORDER.compare(row.get(positions[i]), values[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Adds the row; returns whether there is room for more. */
    private static boolean add(List<Map<String, Object>> rows, ModelDescriptor model, Row row, int limit) {
        rows.add(row.toMap(model));
        return rows.size() < limit;
    }

    private Table table(ModelDescriptor model, String operation, boolean writes) {
        rules.check(model.name(), operation, writes);
        return database.table(model, operation);
    }

    private LinkTable link(LinkDescriptor link, String operation, boolean writes) {
        rules.check(link.name(), operation, writes);
        return database.link(link, operation);
    }

    @Override
    public String toString() {
        return "MemorySession[" + (rules.writable() ? "write" : "read") + (rules.ended() ? ", ended]" : "]");
    }
}
