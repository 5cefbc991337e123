package org.slumber.spi.model;

import java.util.Objects;

/**
 * One stored column of a model.
 *
 * @param name      the field name; also the key of the field in rows exchanged with storage
 * @param column    the column name in the table (usually equal to {@code name})
 * @param type      the stored value type
 * @param maxLength for {@link ValueType#STRING} and {@link ValueType#REMOTE_REFERENCE}: the
 *                  maximum number of characters; 0 otherwise
 * @param precision for {@link ValueType#DECIMAL}: total digits; 0 otherwise
 * @param scale     for {@link ValueType#DECIMAL}: digits after the point; 0 otherwise
 * @param nullable  whether the column accepts null
 * @param unique    whether values must be unique across rows (null values excepted)
 * @param reference the foreign key this column is, or {@code null}
 */
public record FieldDescriptor(String name, String column, ValueType type, int maxLength, int precision, int scale,
                              boolean nullable, boolean unique, Reference reference) {

    public FieldDescriptor {
        Objects.requireNonNull(name, "name");
        Names.requireIdentifier(column, "column of field " + name);
        Objects.requireNonNull(type, "type of field " + name);
        boolean textual = type == ValueType.STRING || type == ValueType.REMOTE_REFERENCE;
        if (textual && maxLength <= 0) {
            throw new IllegalArgumentException("field " + name + " of type " + type + " needs a maxLength > 0");
        }
        if (type == ValueType.DECIMAL && (precision <= 0 || scale < 0 || scale > precision)) {
            throw new IllegalArgumentException(
                    "field " + name + " of type DECIMAL needs 0 < precision and 0 <= scale <= precision");
        }
        if (reference != null && reference.onDelete() == Reference.OnDelete.SET_NULL && !nullable) {
            throw new IllegalArgumentException("field " + name + " is ON DELETE SET NULL but not nullable");
        }
    }

    /** A column with defaults: named like the field, nullable, not unique, no reference. */
    public static FieldDescriptor of(String name, ValueType type) {
        int length = type == ValueType.STRING || type == ValueType.REMOTE_REFERENCE ? 255 : 0;
        int precision = type == ValueType.DECIMAL ? 19 : 0;
        return new FieldDescriptor(name, name, type, length, precision, 0, true, false, null);
    }

    /** This field with another maximum length. */
    public FieldDescriptor withMaxLength(int length) {
        return new FieldDescriptor(name, column, type, length, precision, scale, nullable, unique, reference);
    }

    /** This field with another decimal precision and scale. */
    public FieldDescriptor withDigits(int newPrecision, int newScale) {
        return new FieldDescriptor(name, column, type, maxLength, newPrecision, newScale, nullable, unique, reference);
    }

    /** This field, nullable or not. */
    public FieldDescriptor withNullable(boolean value) {
        return new FieldDescriptor(name, column, type, maxLength, precision, scale, value, unique, reference);
    }

    /** This field, unique or not. */
    public FieldDescriptor withUnique(boolean value) {
        return new FieldDescriptor(name, column, type, maxLength, precision, scale, nullable, value, reference);
    }

    /** This field as a foreign key. */
    public FieldDescriptor withReference(Reference value) {
        return new FieldDescriptor(name, column, type, maxLength, precision, scale, nullable, unique, value);
    }

    /** This field stored in another column. */
    public FieldDescriptor withColumn(String value) {
        return new FieldDescriptor(name, value, type, maxLength, precision, scale, nullable, unique, reference);
    }
}
