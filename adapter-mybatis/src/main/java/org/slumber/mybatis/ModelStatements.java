package org.slumber.mybatis;

import static org.slumber.mybatis.SqlIdentifiers.qualified;
import static org.slumber.mybatis.SqlIdentifiers.quote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.ResultMapping;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.scripting.defaults.RawSqlSource;
import org.apache.ibatis.session.Configuration;
import org.slumber.mybatis.SchemaPlan.UniqueConstraint;
import org.slumber.spi.model.FieldDescriptor;
import org.slumber.spi.model.ModelDescriptor;
import org.slumber.spi.model.ValueType;
import org.slumber.spi.storage.StorageException;

/**
 * The statements of one model, written from its descriptor and registered in the MyBatis
 * configuration once: find, findAll, select, page, insert (with and without a key), update and
 * delete. Statements whose text depends on their arguments (which fields select compares, how
 * many keys findAll takes, which fields update sets) use a {@link ShapedSqlSource}.
 *
 * <p>Every value is bound as a {@code #{}} parameter named {@code f<index of the field>}, never
 * by field name. The methods here check the values they bind (known fields, values of the
 * field's Java type) and turn them into {@link Call}s.
 */
final class ModelStatements {

    private static final String KEY = "key";
    private static final String LIMIT = "limit";
    private static final String AFTER = "after";
    private static final String VALUE = "value";
    private static final String KEYS = "k";

    /** The alias of the model's table in the queries here, and in queries that select its rows. */
    static final String ALIAS = "t";

    /**
     * Which fields a select compares, as ascending field indexes.
     *
     * @param valued the fields compared with a value
     * @param nulled the fields that must be null
     */
    record Equalities(List<Integer> valued, List<Integer> nulled) {
    }

    /**
     * The fields an update sets, as ascending field indexes.
     *
     * @param fields the fields set
     */
    record Assignments(List<Integer> fields) {
    }

    /**
     * The shape of a page.
     *
     * @param field the index of the field compared with a value, or -1 for every row
     * @param after whether the page starts after a key
     */
    record PageShape(int field, boolean after) {
    }

    private final ModelDescriptor model;
    private final Map<String, Integer> fieldIndexes = new HashMap<>();
    private final int keyIndex;
    private final ResultMap rows;
    private final RowReader rowReader;
    private final String columns;
    private final String from;
    private final String key;
    private final List<UniqueConstraint> uniqueConstraints;
    private final String find;
    private final String findAll;
    private final String select;
    private final String page;
    private final String insert;
    private final String insertGenerated;
    private final String update;
    private final String delete;

    /**
     * Writes and registers the model's statements under {@code <namespace>.<name>}.
     *
     * @throws StorageException when a field name cannot serve as a MyBatis property
     */
    ModelStatements(Configuration configuration, ModelDescriptor model, String namespace, Dialect dialect) {
        this.model = model;
        List<FieldDescriptor> fields = model.fields();
        List<String> selected = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldDescriptor field = fields.get(i);
            requirePropertyName(field);
            fieldIndexes.put(field.name(), i);
            selected.add(qualified(ALIAS, field.column()));
        }
        this.keyIndex = fieldIndexes.get(model.key());
        this.columns = String.join(", ", selected);
        this.from = " FROM " + quote(model.table()) + " " + ALIAS;
        this.key = qualified(ALIAS, model.keyField().column());
        this.uniqueConstraints = SchemaPlan.uniqueConstraints(model, dialect);
        this.rows = rowMap(configuration, namespace + ".row", model);
        this.rowReader = new RowReader(model);

        String byKey = " WHERE " + quote(model.keyField().column()) + " = " + keyParameter(KEY);
        String newestFirst = " ORDER BY " + key + " DESC FETCH FIRST "
                + ValueTypes.parameter(LIMIT, ValueType.INTEGER) + " ROWS ONLY";
        find = Statements.select(configuration, namespace + ".find", raw(configuration,
                "SELECT " + columns + from + " WHERE " + key + " = " + keyParameter(KEY)), rows);
        findAll = Statements.select(configuration, namespace + ".findAll", new ShapedSqlSource<>(configuration,
                Integer.class, slots -> "SELECT " + columns + from + " WHERE " + key + " IN ("
                + InLists.parameters(KEYS, slots, model.keyField().type()) + ")"), rows);
        select = Statements.select(configuration, namespace + ".select", new ShapedSqlSource<>(configuration,
                Equalities.class, shape -> "SELECT " + columns + from + where(shape) + newestFirst), rows);
        page = Statements.select(configuration, namespace + ".page", new ShapedSqlSource<>(configuration,
                PageShape.class, shape -> "SELECT " + columns + from + where(shape) + newestFirst), rows);
        insert = Statements.change(configuration, namespace + ".insert",
                raw(configuration, insertText(true)), SqlCommandType.INSERT, null);
        insertGenerated = model.generatedKey()
                ? Statements.change(configuration, namespace + ".insertGenerated", raw(configuration,
                insertText(false)), SqlCommandType.INSERT,
                new GeneratedKeyReader(dialect.generatedKeyLabel(model.keyField().column())))
                : null;
        update = Statements.change(configuration, namespace + ".update", new ShapedSqlSource<>(configuration,
                Assignments.class, shape -> "UPDATE " + quote(model.table()) + " SET " + assignments(shape) + byKey),
                SqlCommandType.UPDATE, null);
        delete = Statements.change(configuration, namespace + ".delete",
                raw(configuration, "DELETE FROM " + quote(model.table()) + byKey), SqlCommandType.DELETE, null);
    }

    ModelDescriptor model() {
        return model;
    }

    /** Maps a result row holding every column of the model to a map from field name to value. */
    ResultMap rows() {
        return rows;
    }

    /** Reads result rows that hold every column of the model in field order. */
    RowReader rowReader() {
        return rowReader;
    }

    /** The model's primary key and unique constraints, for naming the fields of a violation. */
    List<UniqueConstraint> uniqueConstraints() {
        return uniqueConstraints;
    }

    /** {@code t."column", ...}: every column of the model, in field order, of the table aliased {@link #ALIAS}. */
    String columns() {
        return columns;
    }

    /** The ids of the model's insert statements. */
    List<String> inserts() {
        return insertGenerated == null ? List.of(insert) : List.of(insert, insertGenerated);
    }

    Call find(String operation, Object keyValue) {
        return new Call(find, parameters(KEY, checkedKey(operation, keyValue)));
    }

    /** One call per {@link InLists#MAX_KEYS} distinct keys. */
    List<Call> findAll(String operation, Collection<?> keys) {
        keys.forEach(each -> checkedKey(operation, each));
        List<Call> calls = new ArrayList<>();
        for (List<Object> chunk : InLists.chunks(keys)) {
            Map<String, Object> parameters = parameters(ShapedSqlSource.SHAPE, InLists.slots(chunk.size()));
            InLists.bind(parameters, KEYS, chunk);
            calls.add(new Call(findAll, parameters));
        }
        return calls;
    }

    Call select(String operation, Map<String, Object> equal, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        List<Integer> valued = new ArrayList<>();
        List<Integer> nulled = new ArrayList<>();
        for (Map.Entry<String, Object> entry : equal.entrySet()) {
            int index = indexOf(operation, entry.getKey());
            Object value = checked(operation, index, entry.getValue());
            if (value == null) {
                nulled.add(index);
            } else {
                valued.add(index);
                parameters.put(fieldParameter(index), value);
            }
        }
        valued.sort(null);
        nulled.sort(null);
        parameters.put(ShapedSqlSource.SHAPE, new Equalities(List.copyOf(valued), List.copyOf(nulled)));
        parameters.put(LIMIT, limit);
        return new Call(select, parameters);
    }

    /** A page of every row ({@code field} null) or of the rows whose field equals {@code value}. */
    Call page(String operation, String field, Object value, Object startAfter, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        int index = -1;
        if (field != null) {
            index = indexOf(operation, field);
            parameters.put(VALUE, checked(operation, index, value));
        }
        if (startAfter != null) {
            parameters.put(AFTER, checkedKey(operation, startAfter));
        }
        parameters.put(ShapedSqlSource.SHAPE, new PageShape(index, startAfter != null));
        parameters.put(LIMIT, limit);
        return new Call(page, parameters);
    }

    /**
     * An insert of these values; fields left out are null. With {@code generated}, the key is
     * left to the database and read into the parameters (see {@link #generatedKey}).
     */
    Call insert(String operation, Map<String, Object> values, boolean generated) {
        Map<String, Object> parameters = new HashMap<>();
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            int index = indexOf(operation, entry.getKey());
            parameters.put(fieldParameter(index), checked(operation, index, entry.getValue()));
        }
        if (generated) {
            parameters.remove(fieldParameter(keyIndex));
            return new Call(insertGenerated, parameters);
        }
        checkedKey(operation, parameters.get(fieldParameter(keyIndex)));
        return new Call(insert, parameters);
    }

    /** The key the database generated for an insert made with {@code generated}, as the key's Java type. */
    Object generatedKey(Call insertCall) {
        Number generated = (Number) insertCall.parameters().get(GeneratedKeyReader.PARAMETER);
        if (generated == null) {
            throw new StorageException(model.name() + ": insert: the database returned no generated key");
        }
        return model.keyField().type() == ValueType.INTEGER ? (Object) generated.intValue() : generated.longValue();
    }

    /** An update of the given fields but the key; null when there is no such field. */
    Call update(String operation, Object keyValue, Map<String, Object> values) {
        Map<String, Object> parameters = parameters(KEY, checkedKey(operation, keyValue));
        List<Integer> set = new ArrayList<>();
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            int index = indexOf(operation, entry.getKey());
            if (index != keyIndex) {
                set.add(index);
                parameters.put(fieldParameter(index), checked(operation, index, entry.getValue()));
            }
        }
        if (set.isEmpty()) {
            return null;
        }
        set.sort(null);
        parameters.put(ShapedSqlSource.SHAPE, new Assignments(List.copyOf(set)));
        return new Call(update, parameters);
    }

    Call delete(String operation, Object keyValue) {
        return new Call(delete, parameters(KEY, checkedKey(operation, keyValue)));
    }

    /** The key, checked to be of the key field's Java type. */
    Object checkedKey(String operation, Object keyValue) {
        if (keyValue == null) {
            throw new StorageException(model.name() + ": " + operation + ": the key must not be null");
        }
        return checked(operation, keyIndex, keyValue);
    }

    private String where(Equalities shape) {
        List<String> conditions = new ArrayList<>();
        for (int index : shape.valued()) {
            conditions.add(column(index) + " = " + fieldParameterText(index));
        }
        for (int index : shape.nulled()) {
            conditions.add(column(index) + " IS NULL");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private String where(PageShape shape) {
        List<String> conditions = new ArrayList<>();
        if (shape.field() >= 0) {
            conditions.add(column(shape.field()) + " = "
                    + ValueTypes.parameter(VALUE, model.fields().get(shape.field()).type()));
        }
        if (shape.after()) {
            conditions.add(key + " < " + keyParameter(AFTER));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private String assignments(Assignments shape) {
        List<String> assignments = new ArrayList<>();
        for (int index : shape.fields()) {
            assignments.add(quote(model.fields().get(index).column()) + " = " + fieldParameterText(index));
        }
        return String.join(", ", assignments);
    }

    private String insertText(boolean withKey) {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < model.fields().size(); i++) {
            if (withKey || i != keyIndex) {
                names.add(quote(model.fields().get(i).column()));
                values.add(fieldParameterText(i));
            }
        }
        if (names.isEmpty()) {
            // a model with only a generated key: let the key column take its default
            names.add(quote(model.fields().get(keyIndex).column()));
            values.add("DEFAULT");
        }
        return "INSERT INTO " + quote(model.table()) + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", values) + ")";
    }

    private String column(int index) {
        return qualified(ALIAS, model.fields().get(index).column());
    }

    private String keyParameter(String name) {
        return ValueTypes.parameter(name, model.keyField().type());
    }

    private String fieldParameterText(int index) {
        return ValueTypes.parameter(fieldParameter(index), model.fields().get(index).type());
    }

    private static String fieldParameter(int index) {
        return "f" + index;
    }

    private int indexOf(String operation, String field) {
        Integer index = fieldIndexes.get(field);
        if (index == null) {
            throw new StorageException(model.name() + ": " + operation + ": there is no field " + field
                    + "; the fields are " + fieldIndexes.keySet());
        }
        return index;
    }

    private Object checked(String operation, int index, Object value) {
        FieldDescriptor field = model.fields().get(index);
        if (value != null && !field.type().javaType().isInstance(value)) {
            throw new StorageException(model.name() + ": " + operation + ": field " + field.name() + " takes "
                    + field.type().javaType().getName() + " values, not " + value.getClass().getName());
        }
        return value;
    }

    private static Map<String, Object> parameters(String name, Object value) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(name, value);
        return parameters;
    }

    private static SqlSource raw(Configuration configuration, String sql) {
        return new RawSqlSource(configuration, sql, Map.class);
    }

    private static ResultMap rowMap(Configuration configuration, String id, ModelDescriptor model) {
        List<ResultMapping> mappings = new ArrayList<>();
        for (FieldDescriptor field : model.fields()) {
            mappings.add(new ResultMapping.Builder(configuration, field.name(), field.column(),
                    ValueTypes.resultHandler(field.type())).javaType(field.type().javaType()).build());
        }
        return new ResultMap.Builder(configuration, id, LinkedHashMap.class, mappings, false).build();
    }

    /** MyBatis reads dots and brackets in a property name as a path into nested objects. */
    private void requirePropertyName(FieldDescriptor field) {
        String name = field.name();
        if (name.isEmpty() || name.indexOf('.') >= 0 || name.indexOf('[') >= 0 || name.indexOf(']') >= 0) {
            throw new StorageException(model.name() + ": field name \"" + name
                    + "\" cannot be used with adapter-mybatis: field names may not be empty or hold '.', '[' or ']'");
        }
    }
}
