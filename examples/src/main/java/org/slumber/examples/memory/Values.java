package org.slumber.examples.memory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import org.slumber.spi.model.FieldDescriptor;
import org.slumber.spi.model.ModelDescriptor;
import org.slumber.spi.storage.StorageException;

/**
 * What a value must be to go into a column, and how values are ordered.
 *
 * <p>A SQL database checks each value against its column; this store does the same here, so
 * that what the core can store in memory it can also store in adapter-mybatis. Values are
 * accepted only of exactly the Java type of their {@link org.slumber.spi.model.ValueType}; text
 * must fit {@link FieldDescriptor#maxLength()} (counted in code points); decimals are given the
 * column's scale (rounding half up, as PostgreSQL does) and must fit its precision. Every
 * accepted value is immutable ({@code Long}, {@code Integer}, {@code String}, {@code Boolean},
 * {@code BigDecimal}, {@code LocalDate}, {@code Instant}), so rows can share them safely.
 * Messages never quote a value: they name the model, the operation and the field.
 */
final class Values {

    /**
     * The order of keys and indexed values: null first, lists element by element, anything else
     * by its natural order. Only values of one field (hence of one Java type) are ever compared.
     */
    static final Comparator<Object> ORDER = Values::compare;

    private Values() {
    }

    /**
     * The value to store for {@code field}: checked, and for decimals given the column's scale.
     *
     * @throws StorageException when the value is of another type, null for a column that takes no
     *                          null, or does not fit its column
     */
    static Object column(ModelDescriptor model, FieldDescriptor field, Object value, String operation) {
        if (value == null) {
            if (!field.nullable()) {
                throw new StorageException(model.name() + ": " + operation + " failed: field " + field.name()
                        + " takes no null");
            }
            return null;
        }
        Object checked = typed(model, field, value, operation);
        switch (field.type()) {
            case STRING, REMOTE_REFERENCE -> {
                String text = (String) checked;
                if (text.length() > field.maxLength() && text.codePointCount(0, text.length()) > field.maxLength()) {
                    throw new StorageException(model.name() + ": " + operation + " failed: field " + field.name()
                            + " holds at most " + field.maxLength() + " characters");
                }
                return text;
            }
            case DECIMAL -> {
                return decimal(model, field, (BigDecimal) checked, operation);
            }
            default -> {
                return checked;
            }
        }
    }

    /**
     * A value to compare a field with (in select and page): of the field's Java type, or null.
     * It need not fit the column; like SQL, a value no row can hold matches no row. Decimals
     * compare by value ({@link BigDecimal#compareTo}), so 2.5 finds a stored 2.50.
     */
    static Object probe(ModelDescriptor model, FieldDescriptor field, Object value, String operation) {
        return value == null ? null : typed(model, field, value, operation);
    }

    /** A key of {@code model}: not null and of the key field's Java type. */
    static Object key(ModelDescriptor model, Object key, String operation) {
        if (key == null) {
            throw new StorageException(model.name() + ": " + operation + ": the key must not be null");
        }
        return typed(model, model.keyField(), key, operation);
    }

    private static Object typed(ModelDescriptor model, FieldDescriptor field, Object value, String operation) {
        Class<?> type = field.type().javaType();
        if (!type.isInstance(value)) {
            throw new StorageException(model.name() + ": " + operation + ": field " + field.name() + " takes "
                    + type.getName() + " values, not " + value.getClass().getName());
        }
        return value;
    }

    private static BigDecimal decimal(ModelDescriptor model, FieldDescriptor field, BigDecimal value,
                                      String operation) {
        // a plain BigDecimal (not a subclass) with the column's scale
        BigDecimal plain = new BigDecimal(value.unscaledValue(), value.scale())
                .setScale(field.scale(), RoundingMode.HALF_UP);
        if (plain.precision() > field.precision()) {
            throw new StorageException(model.name() + ": " + operation + " failed: field " + field.name()
                    + " holds at most " + (field.precision() - field.scale()) + " digits before the point");
        }
        return plain;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null) {
            return -1;
        }
        if (b == null) {
            return 1;
        }
        if (a instanceof List<?> left && b instanceof List<?> right) {
            int common = Math.min(left.size(), right.size());
            for (int i = 0; i < common; i++) {
                int c = compare(left.get(i), right.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(left.size(), right.size());
        }
        return ((Comparable) a).compareTo(b);
    }
}
