package org.slumber.examples.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slumber.spi.model.LinkDescriptor;
import org.slumber.spi.model.ModelDescriptor;
import org.slumber.spi.model.Reference;
import org.slumber.spi.storage.StorageException;

/**
 * One version of the whole store: every table and link table, by lower-case table name (as
 * {@link org.slumber.spi.model.Schema} keeps table names unique regardless of case). Immutable:
 * a write unit derives a new version per operation, and publishing a version is one volatile
 * write in {@link MemoryStorage}. Readers hold on to the version they started with.
 *
 * @param tables   the tables of models
 * @param links    the tables of many-to-many links
 * @param incoming for each table, the reference fields (of any table) that point at it
 */
record Database(Map<String, Table> tables, Map<String, LinkTable> links, Map<String, List<Incoming>> incoming) {

    /**
     * A reference field pointing at a table: what deleting a row of that table must look at.
     *
     * @param table    the lower-case name of the table holding the reference field
     * @param position the field's position in its model
     * @param field    the field's name
     * @param onDelete what deleting the referenced row does
     */
    record Incoming(String table, int position, String field, Reference.OnDelete onDelete) {
    }

    Database {
        tables = Map.copyOf(tables);
        links = Map.copyOf(links);
        incoming = Map.copyOf(incoming);
    }

    /** A store without tables. */
    static Database empty() {
        return new Database(Map.of(), Map.of(), Map.of());
    }

    /** The key of a table name in the maps here. */
    static String name(String table) {
        return table.toLowerCase(Locale.ROOT);
    }

    /**
     * The table of {@code model}.
     *
     * @throws StorageException when the store has no table for it, or one made for another shape
     */
    Table table(ModelDescriptor model, String operation) {
        Table table = tables.get(name(model.table()));
        if (table == null) {
            throw new StorageException(model.name() + ": " + operation + ": this memory store has no table "
                    + model.table() + "; call createSchema with a schema holding the model first");
        }
        if (table.model() != model && !table.model().equals(model)) {
            throw new StorageException(model.name() + ": " + operation + ": table " + model.table()
                    + " was created for another shape of the model; a memory store does not change its tables");
        }
        return table;
    }

    /**
     * The table of {@code link}.
     *
     * @throws StorageException when the store has no table for it, or one made for another link
     */
    LinkTable link(LinkDescriptor link, String operation) {
        LinkTable table = links.get(name(link.table()));
        if (table == null) {
            throw new StorageException(link.name() + ": " + operation + ": this memory store has no link table "
                    + link.table() + "; call createSchema with a schema holding the link first");
        }
        if (table.link() != link && !table.link().equals(link)) {
            throw new StorageException(link.name() + ": " + operation + ": link table " + link.table()
                    + " was created for another link; a memory store does not change its tables");
        }
        return table;
    }

    /** The table of this lower-case name; it must exist. */
    Table table(String name) {
        return tables.get(name);
    }

    /** The reference fields pointing at the table of this lower-case name. */
    List<Incoming> incoming(String name) {
        return incoming.getOrDefault(name, List.of());
    }

    /** This store with {@code table} in place of the table's earlier version. */
    Database with(Table table) {
        Map<String, Table> changed = new HashMap<>(tables);
        changed.put(name(table.model().table()), table);
        return new Database(changed, links, incoming);
    }

    /** This store with {@code table} in place of the link table's earlier version. */
    Database with(LinkTable table) {
        Map<String, LinkTable> changed = new HashMap<>(links);
        changed.put(name(table.link().table()), table);
        return new Database(tables, changed, incoming);
    }

    @Override
    public String toString() {
        return "Database[" + tables.size() + " tables, " + links.size() + " link tables]";
    }
}
