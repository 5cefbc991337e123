package org.slumber.spi.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The stored shape of one model: a table with a single-column primary key.
 *
 * @param name          the qualified model name, {@code <app name>.<Model>}, used in messages
 * @param table         the table name
 * @param key           the name of the key field (one of {@code fields})
 * @param generatedKey  whether storage generates the key when an insert does not give one;
 *                      an insert that gives one must leave the generator ahead of it
 * @param fields        the stored fields in declaration order, the key field included
 * @param uniqueTogether groups of field names whose value combinations must be unique
 */
public record ModelDescriptor(String name, String table, String key, boolean generatedKey,
                              List<FieldDescriptor> fields, List<List<String>> uniqueTogether) {

    public ModelDescriptor {
        Objects.requireNonNull(name, "name");
        Names.requireIdentifier(table, "table of model " + name);
        fields = List.copyOf(fields);
        uniqueTogether = uniqueTogether.stream().map(List::copyOf).toList();
        Set<String> names = new HashSet<>();
        Set<String> columns = new HashSet<>();
        for (FieldDescriptor field : fields) {
            if (!names.add(field.name())) {
                throw new IllegalArgumentException("model " + name + " declares field " + field.name() + " twice");
            }
            if (!columns.add(field.column().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("model " + name + " maps two fields to column " + field.column());
            }
        }
        if (!names.contains(key)) {
            throw new IllegalArgumentException("model " + name + " has no key field " + key + " among " + names);
        }
        FieldDescriptor keyField = fields.stream().filter(f -> f.name().equals(key)).findFirst().orElseThrow();
        if (generatedKey && keyField.type() != ValueType.LONG && keyField.type() != ValueType.INTEGER) {
            throw new IllegalArgumentException("model " + name + " has a generated key of type " + keyField.type()
                    + "; generated keys must be LONG or INTEGER");
        }
        for (List<String> group : uniqueTogether) {
            if (group.isEmpty() || !names.containsAll(group)) {
                throw new IllegalArgumentException("model " + name + " has unique-together group " + group
                        + " naming fields it does not have; fields are " + names);
            }
        }
    }

    /** The key field. */
    public FieldDescriptor keyField() {
        return field(key);
    }

    /** The field of this name. */
    public FieldDescriptor field(String fieldName) {
        for (FieldDescriptor field : fields) {
            if (field.name().equals(fieldName)) {
                return field;
            }
        }
        throw new IllegalArgumentException("model " + name + " has no field " + fieldName);
    }

    /** Whether this model has a field of this name. */
    public boolean hasField(String fieldName) {
        for (FieldDescriptor field : fields) {
            if (field.name().equals(fieldName)) {
                return true;
            }
        }
        return false;
    }
}
