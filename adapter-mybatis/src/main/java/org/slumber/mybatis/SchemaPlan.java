package org.slumber.mybatis;

import static org.slumber.mybatis.SqlIdentifiers.objectName;
import static org.slumber.mybatis.SqlIdentifiers.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slumber.spi.model.FieldDescriptor;
import org.slumber.spi.model.LinkDescriptor;
import org.slumber.spi.model.ModelDescriptor;
import org.slumber.spi.model.Reference;
import org.slumber.spi.model.Schema;

/**
 * The tables, constraints and indexes of a schema as DDL, in the order to create them: every
 * table first (with its primary key), then unique constraints, then foreign keys, then indexes.
 * Constraint and index names are derived from table and column names (see {@link SqlIdentifiers}).
 *
 * <p>Besides the keys, each model gets an index on its key descending and one on each
 * reference column followed by the key descending, and each link table one per end followed by
 * the other end descending: keyset pages read them backwards from the start key, and Derby
 * cannot scan an ascending index backwards.
 */
final class SchemaPlan {

    /** What a schema object is. */
    enum Kind { TABLE, CONSTRAINT, INDEX }

    /**
     * One thing to create.
     *
     * @param kind  table, constraint or index
     * @param name  its name, to look it up in the catalog
     * @param table the table it is or belongs to
     * @param sql   the DDL that creates it
     */
    record SchemaObject(Kind kind, String name, String table, String sql) {
    }

    /**
     * A primary key or unique constraint and the fields it covers.
     *
     * @param name   the constraint's name
     * @param fields the field names it covers, or empty for a link table's key
     */
    record UniqueConstraint(String name, List<String> fields) {
    }

    private SchemaPlan() {
    }

    /** The primary key (first) and the unique constraints of a model. */
    static List<UniqueConstraint> uniqueConstraints(ModelDescriptor model, Dialect dialect) {
        Map<String, UniqueConstraint> constraints = new LinkedHashMap<>();
        String primaryKey = objectName("pk", model.table(), List.of(), dialect.maxIdentifierLength());
        constraints.put(primaryKey, new UniqueConstraint(primaryKey, List.of(model.key())));
        for (FieldDescriptor field : model.fields()) {
            if (field.unique() && !field.name().equals(model.key())) {
                addUnique(constraints, model, List.of(field.name()), dialect);
            }
        }
        for (List<String> group : model.uniqueTogether()) {
            if (!group.equals(List.of(model.key()))) {
                addUnique(constraints, model, group, dialect);
            }
        }
        return List.copyOf(constraints.values());
    }

    /** The primary key of a link table. */
    static UniqueConstraint linkKey(LinkDescriptor link, Dialect dialect) {
        String name = objectName("pk", link.table(), List.of(), dialect.maxIdentifierLength());
        return new UniqueConstraint(name, List.of());
    }

    /** Everything to create for the schema, tables first. */
    static List<SchemaObject> objects(Schema schema, Dialect dialect) {
        List<SchemaObject> tables = new ArrayList<>();
        List<SchemaObject> constraints = new ArrayList<>();
        List<SchemaObject> foreignKeys = new ArrayList<>();
        List<SchemaObject> indexes = new ArrayList<>();
        int maxLength = dialect.maxIdentifierLength();
        for (ModelDescriptor model : schema.models()) {
            String key = model.keyField().column();
            List<UniqueConstraint> uniques = uniqueConstraints(model, dialect);
            tables.add(modelTable(model, uniques.get(0).name(), dialect));
            for (UniqueConstraint unique : uniques.subList(1, uniques.size())) {
                constraints.add(new SchemaObject(Kind.CONSTRAINT, unique.name(), model.table(),
                        "ALTER TABLE " + quote(model.table()) + " ADD CONSTRAINT " + quote(unique.name()) + " UNIQUE ("
                                + columnList(columnsOf(model, unique.fields())) + ")"));
            }
            indexes.add(index(model.table(), null, key, maxLength));
            for (FieldDescriptor field : model.fields()) {
                Reference reference = field.reference();
                if (reference != null) {
                    foreignKeys.add(foreignKey(model.table(), field.column(), reference.targetTable(),
                            reference.targetColumn(), reference.onDelete(), maxLength));
                    if (!field.name().equals(model.key())) {
                        indexes.add(index(model.table(), field.column(), key, maxLength));
                    }
                }
            }
        }
        for (LinkDescriptor link : schema.links()) {
            tables.add(linkTable(link, dialect));
            foreignKeys.add(foreignKey(link.table(), link.ownerColumn(), link.owner().table(),
                    link.owner().keyField().column(), Reference.OnDelete.CASCADE, maxLength));
            foreignKeys.add(foreignKey(link.table(), link.targetColumn(), link.target().table(),
                    link.target().keyField().column(), Reference.OnDelete.CASCADE, maxLength));
            indexes.add(index(link.table(), link.ownerColumn(), link.targetColumn(), maxLength));
            indexes.add(index(link.table(), link.targetColumn(), link.ownerColumn(), maxLength));
        }
        List<SchemaObject> all = new ArrayList<>(tables);
        all.addAll(constraints);
        all.addAll(foreignKeys);
        all.addAll(indexes);
        return all;
    }

    private static void addUnique(Map<String, UniqueConstraint> constraints, ModelDescriptor model,
                                  List<String> fields, Dialect dialect) {
        String name = objectName("uq", model.table(), columnsOf(model, fields), dialect.maxIdentifierLength());
        constraints.putIfAbsent(name, new UniqueConstraint(name, List.copyOf(fields)));
    }

    private static SchemaObject modelTable(ModelDescriptor model, String primaryKey, Dialect dialect) {
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(quote(model.table())).append(" (");
        for (FieldDescriptor field : model.fields()) {
            boolean isKey = field.name().equals(model.key());
            sql.append(quote(field.column())).append(' ').append(dialect.columnType(model, field));
            if (isKey && model.generatedKey()) {
                sql.append(dialect.identityClause());
            }
            if (isKey || !field.nullable()) {
                sql.append(" NOT NULL");
            }
            sql.append(", ");
        }
        sql.append("CONSTRAINT ").append(quote(primaryKey)).append(" PRIMARY KEY (")
                .append(quote(model.keyField().column())).append("))");
        return new SchemaObject(Kind.TABLE, model.table(), model.table(), sql.toString());
    }

    private static SchemaObject linkTable(LinkDescriptor link, Dialect dialect) {
        String sql = "CREATE TABLE " + quote(link.table()) + " ("
                + quote(link.ownerColumn()) + ' ' + dialect.columnType(link.owner(), link.owner().keyField())
                + " NOT NULL, "
                + quote(link.targetColumn()) + ' ' + dialect.columnType(link.target(), link.target().keyField())
                + " NOT NULL, "
                + "CONSTRAINT " + quote(linkKey(link, dialect).name()) + " PRIMARY KEY ("
                + quote(link.ownerColumn()) + ", " + quote(link.targetColumn()) + "))";
        return new SchemaObject(Kind.TABLE, link.table(), link.table(), sql);
    }

    private static SchemaObject foreignKey(String table, String column, String targetTable, String targetColumn,
                                           Reference.OnDelete onDelete, int maxLength) {
        String name = objectName("fk", table, List.of(column), maxLength);
        String rule = switch (onDelete) {
            case CASCADE -> "CASCADE";
            case SET_NULL -> "SET NULL";
            case RESTRICT -> "RESTRICT";
        };
        return new SchemaObject(Kind.CONSTRAINT, name, table, "ALTER TABLE " + quote(table) + " ADD CONSTRAINT "
                + quote(name) + " FOREIGN KEY (" + quote(column) + ") REFERENCES " + quote(targetTable) + " ("
                + quote(targetColumn) + ") ON DELETE " + rule);
    }

    /**
     * An index over {@code (ascending, descending DESC)}, or over {@code (descending DESC)} alone
     * when {@code ascending} is null; named after its first column.
     */
    private static SchemaObject index(String table, String ascending, String descending, int maxLength) {
        String first = ascending == null ? descending : ascending;
        String name = objectName("ix", table, List.of(first), maxLength);
        String columns = (ascending == null ? "" : quote(ascending) + ", ") + quote(descending) + " DESC";
        return new SchemaObject(Kind.INDEX, name, table,
                "CREATE INDEX " + quote(name) + " ON " + quote(table) + " (" + columns + ")");
    }

    private static List<String> columnsOf(ModelDescriptor model, List<String> fields) {
        return fields.stream().map(field -> model.field(field).column()).toList();
    }

    private static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(SqlIdentifiers::quote).toList());
    }
}
