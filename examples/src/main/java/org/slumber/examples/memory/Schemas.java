package org.slumber.examples.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slumber.examples.memory.Database.Incoming;
import org.slumber.spi.model.FieldDescriptor;
import org.slumber.spi.model.LinkDescriptor;
import org.slumber.spi.model.ModelDescriptor;
import org.slumber.spi.model.Reference;
import org.slumber.spi.model.Schema;
import org.slumber.spi.storage.StorageException;

/**
 * What {@link MemoryStorage#createSchema} does to a store: adds the tables of a schema that the
 * store does not have yet, after checking that the result holds together. Everything is checked
 * before anything changes, so a schema that fails leaves the store as it was.
 *
 * <p>The checks are those a SQL database makes when it creates foreign keys: a reference must
 * point at a table that exists (in the schema or already in the store), at that table's key
 * column, with the key's type; a link's ends must be models of the store. A table that exists
 * already must have been made for an equal descriptor: a memory store does not alter tables.
 */
final class Schemas {

    /**
     * What createSchema gives.
     *
     * @param database the store with the schema's tables
     * @param created  whether a table of one of the schema's models was created
     */
    record Result(Database database, boolean created) {
    }

    private Schemas() {
    }

    /**
     * The store {@code current} with what {@code schema} adds.
     *
     * @throws StorageException naming the model, field or link that does not fit
     */
    static Result apply(Database current, Schema schema) {
        Map<String, Table> tables = new HashMap<>(current.tables());
        Map<String, LinkTable> links = new HashMap<>(current.links());
        boolean created = false;
        for (ModelDescriptor model : schema.models()) {
            String name = Database.name(model.table());
            if (links.containsKey(name)) {
                throw failure("table " + model.table() + " of model " + model.name()
                        + " is already the table of link " + links.get(name).link().name());
            }
            Table existing = tables.get(name);
            if (existing == null) {
                tables.put(name, Table.create(model));
                created = true;
            } else if (!existing.model().equals(model)) {
                throw failure("table " + model.table() + " exists for another shape of model "
                        + existing.model().name() + "; a memory store does not change its tables, open a new one");
            }
        }
        for (ModelDescriptor model : schema.models()) {
            for (FieldDescriptor field : model.fields()) {
                if (field.reference() != null) {
                    checkReference(tables, model, field);
                }
            }
        }
        for (LinkDescriptor link : schema.links()) {
            String name = Database.name(link.table());
            if (tables.containsKey(name)) {
                throw failure("table " + link.table() + " of link " + link.name() + " is already the table of model "
                        + tables.get(name).model().name());
            }
            LinkTable existing = links.get(name);
            if (existing == null) {
                checkEnd(tables, link, link.owner(), "owner");
                checkEnd(tables, link, link.target(), "target");
                links.put(name, LinkTable.create(link));
            } else if (!existing.link().equals(link)) {
                throw failure("link table " + link.table() + " exists for another link, " + existing.link().name()
                        + "; a memory store does not change its tables, open a new one");
            }
        }
        return new Result(new Database(tables, links, incoming(tables)), created);
    }

    private static void checkReference(Map<String, Table> tables, ModelDescriptor model, FieldDescriptor field) {
        Reference reference = field.reference();
        String where = "field " + field.name() + " of model " + model.name();
        Table target = tables.get(Database.name(reference.targetTable()));
        if (target == null) {
            throw failure(where + " references table " + reference.targetTable()
                    + ", which neither the schema nor the store holds");
        }
        FieldDescriptor key = target.model().keyField();
        if (!key.column().equalsIgnoreCase(reference.targetColumn())) {
            throw failure(where + " references column " + reference.targetColumn() + " of table "
                    + reference.targetTable() + ", which is not its key column " + key.column()
                    + "; a memory store keeps references to keys only");
        }
        if (key.type() != field.type()) {
            throw failure(where + " is of type " + field.type() + " but references the key of "
                    + target.model().name() + ", of type " + key.type());
        }
    }

    private static void checkEnd(Map<String, Table> tables, LinkDescriptor link, ModelDescriptor end, String role) {
        Table table = tables.get(Database.name(end.table()));
        if (table == null || !table.model().equals(end)) {
            throw failure("the " + role + " of link " + link.name() + ", model " + end.name()
                    + ", is not a model of the schema or the store");
        }
    }

    /** For each table, the reference fields pointing at it. */
    private static Map<String, List<Incoming>> incoming(Map<String, Table> tables) {
        Map<String, List<Incoming>> incoming = new HashMap<>();
        tables.forEach((name, table) -> {
            List<FieldDescriptor> fields = table.model().fields();
            for (int position = 0; position < fields.size(); position++) {
                Reference reference = fields.get(position).reference();
                if (reference != null) {
                    incoming.computeIfAbsent(Database.name(reference.targetTable()), target -> new ArrayList<>())
                            .add(new Incoming(name, position, fields.get(position).name(), reference.onDelete()));
                }
            }
        });
        incoming.replaceAll((target, list) -> List.copyOf(list));
        return incoming;
    }

    private static StorageException failure(String reason) {
        return new StorageException("createSchema failed: " + reason);
    }
}
