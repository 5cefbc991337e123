package org.slumber.core.app;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A read-only view of one stored instance, handed to display functions, read-only properties
 * and custom operations. Values are of the field's Java type: {@code Long}, {@code Integer},
 * {@code String}, {@code Boolean}, {@code BigDecimal}, {@code LocalDate}, {@code Instant}; a
 * foreign key's value is the target's key. Valid only during the request that made it.
 */
public interface Instance {

    /** The primary key. */
    Object key();

    /** The model's name ({@code Pizza}). */
    String modelName();

    /** The value of a stored field; throws IllegalArgumentException naming the fields for an unknown name. */
    Object get(String field);

    /** A text field's value, or null. */
    default String string(String field) {
        Object value = get(field);
        return value == null ? null : value.toString();
    }

    /** A LONG or INTEGER field's value as a long object, or null. */
    default Long longValue(String field) {
        Object value = get(field);
        return value == null ? null : ((Number) value).longValue();
    }

    /** An INTEGER field's value, or null. */
    default Integer integer(String field) {
        Object value = get(field);
        return value == null ? null : ((Number) value).intValue();
    }

    /** A boolean field's value, or null. */
    default Boolean bool(String field) {
        return (Boolean) get(field);
    }

    /** A decimal field's value, or null. */
    default BigDecimal decimal(String field) {
        return (BigDecimal) get(field);
    }

    /** A date field's value, or null. */
    default LocalDate date(String field) {
        return (LocalDate) get(field);
    }

    /** A timestamp field's value, or null. */
    default Instant timestamp(String field) {
        return (Instant) get(field);
    }

    /**
     * The instance a foreign key points at, or null when the key is null. Loading is batched:
     * for the instances of one page, the first call loads the targets of all of them at once.
     */
    Instance related(String foreignKey);

    /**
     * The instance a remote foreign key points at, as a lazy remote instance (no request until a
     * field of it is used), or null when the key is null.
     */
    org.slumber.core.client.RemoteInstance remote(String remoteForeignKey);

    /** The display text of this instance. */
    String display();

    /** The URL path of this instance's data ({@code /slumber/pizzas/shop/Pizza/data/1/}). */
    String url();
}
