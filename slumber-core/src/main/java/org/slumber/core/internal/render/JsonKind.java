package org.slumber.core.internal.render;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON type a document value is written as, mirroring {@code Json.writeValue} so that the
 * HTML and XML views label a value exactly as the JSON view writes it (a {@link BigDecimal} is a
 * string that keeps its scale, a non-finite double is null, a date is a string, ...).
 */
enum JsonKind {
    STRING, NUMBER, BOOLEAN, NULL, OBJECT, ARRAY;

    /** The lower-case name used in markup: {@code string}, {@code number}, ... */
    final String label = name().toLowerCase(Locale.ROOT);

    static JsonKind of(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof Map<?, ?>) {
            return OBJECT;
        }
        if (value instanceof Collection<?> || value instanceof Object[]) {
            return ARRAY;
        }
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof BigInteger
                || value instanceof Short || value instanceof Byte) {
            return NUMBER;
        }
        if (value instanceof Double || value instanceof Float) {
            return Double.isFinite(((Number) value).doubleValue()) ? NUMBER : NULL;
        }
        return STRING;
    }

    /** The text of a scalar as the JSON view shows it ({@code "null"} for null). */
    static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if ((value instanceof Double || value instanceof Float) && !Double.isFinite(((Number) value).doubleValue())) {
            return "null";
        }
        return value.toString();
    }

    /** The items of an array value (a collection or an object array). */
    static Collection<?> items(Object value) {
        return value instanceof Object[] array ? Arrays.asList(array) : (Collection<?>) value;
    }
}
