package org.slumber.core.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * One model of the fake server: its definition (key, display field, fields, foreign keys, data
 * arrays) and its rows, by the text of their keys. Not thread-safe: the server serialises
 * requests.
 */
final class FakeModel {

    /** A reverse relation: the rows of {@code source} whose {@code field} points at an instance of this model. */
    record DataArray(String name, FakeModel source, String field) {
    }

    /** Orders key texts: numerically when both are numbers, else as text. */
    static final Comparator<String> KEY_ORDER = (a, b) -> {
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        return x != null && y != null ? x.compareTo(y) : a.compareTo(b);
    };

    final ModelPath path;
    final String keyField;
    final String displayField;
    final Set<String> fields = new LinkedHashSet<>();
    final Map<String, FakeModel> foreignKeys = new LinkedHashMap<>();
    final Map<String, Class<?>> types = new HashMap<>();
    final List<DataArray> dataArrays = new ArrayList<>();
    final Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
    private long nextKey = 1;

    FakeModel(ModelPath path, String keyField, String displayField) {
        this.path = path;
        this.keyField = keyField;
        this.displayField = displayField;
        fields.add(keyField);
    }

    String name() {
        return path.model();
    }

    /** The model's URL path ({@code /slumber/pizzas/slumber_examples/Pizza/}). */
    String url() {
        return FakeServer.MOUNT + path.service() + "/" + path.appPath() + "/" + path.model() + "/";
    }

    String operationUrl(String operation) {
        return url() + operation + "/";
    }

    /** The URL path of an instance's data, by the text of its key. */
    String dataUrl(String keyText) {
        return url() + "data/" + segment(keyText) + "/";
    }

    /** Stores a row (every field present), keeping the key generator ahead of integer keys. */
    void put(Map<String, Object> row) {
        String key = text(row.get(keyField));
        rows.put(key, row);
        BigDecimal number = number(key);
        if (number != null && number.scale() <= 0 && number.compareTo(BigDecimal.valueOf(nextKey)) >= 0
                && number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
            nextKey = number.longValueExact() + 1;
        }
    }

    /** The next generated key, of the key field's type; null when the key type is not a whole number. */
    Object generateKey() {
        Class<?> type = types.get(keyField);
        if (type == null || type == Integer.class) {
            return Math.toIntExact(nextKey);
        }
        if (type == Long.class) {
            return nextKey;
        }
        if (type == BigInteger.class) {
            return BigInteger.valueOf(nextKey);
        }
        return null;
    }

    /** The rows matching a condition, key descending. */
    List<Map<String, Object>> descending(Predicate<Map<String, Object>> condition) {
        List<String> keys = new ArrayList<>(rows.keySet());
        keys.sort(KEY_ORDER.reversed());
        List<Map<String, Object>> matching = new ArrayList<>();
        for (String key : keys) {
            Map<String, Object> row = rows.get(key);
            if (condition.test(row)) {
                matching.add(row);
            }
        }
        return matching;
    }

    /** The display text of a row: its display field, else {@code "<Model> object"}. */
    String display(Map<String, Object> row) {
        return displayField == null ? name() + " object" : String.valueOf(text(row.get(displayField)));
    }

    /** The wire type of a value field: the Java class name of its values. */
    String typeName(String field) {
        Class<?> type = types.get(field);
        return type == null ? Object.class.getName() : type.getName();
    }

    /** The field names, for messages. */
    String fieldList() {
        return fields.toString();
    }

    /**
     * A value from a JSON body converted to the type of the field's values (a long to an Integer
     * for an Integer field, a string to a LocalDate for a date field, ...).
     *
     * @throws IllegalArgumentException saying which type was expected
     */
    Object convert(String field, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            throw new IllegalArgumentException("Field " + field + " of " + name() + " holds a value, not a JSON "
                    + (value instanceof Map ? "object" : "array"));
        }
        Class<?> type = types.get(field);
        if (type == null || type.isInstance(value)) {
            return value;
        }
        try {
            Object converted = converted(type, value);
            if (converted != null) {
                return converted;
            }
        } catch (ArithmeticException | NumberFormatException | DateTimeParseException e) {
            // reported below
        } catch (IllegalArgumentException e) {
            // an enum or UUID that does not parse; reported below
        }
        throw new IllegalArgumentException("Field " + field + " of " + name() + " expects a " + type.getName()
                + ", got " + WireJson.text(value));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object converted(Class<?> type, Object value) {
        if (value instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString());
            if (type == Integer.class) {
                return decimal.intValueExact();
            }
            if (type == Long.class) {
                return decimal.longValueExact();
            }
            if (type == Short.class) {
                return decimal.shortValueExact();
            }
            if (type == Byte.class) {
                return decimal.byteValueExact();
            }
            if (type == BigInteger.class) {
                return decimal.toBigIntegerExact();
            }
            if (type == BigDecimal.class) {
                return decimal;
            }
            if (type == Double.class) {
                return decimal.doubleValue();
            }
            if (type == Float.class) {
                return decimal.floatValue();
            }
            return null;
        }
        if (value instanceof String text) {
            if (type == BigDecimal.class) {
                return new BigDecimal(text);
            }
            if (type == LocalDate.class) {
                return LocalDate.parse(text);
            }
            if (type == LocalDateTime.class) {
                return LocalDateTime.parse(text);
            }
            if (type == LocalTime.class) {
                return LocalTime.parse(text);
            }
            if (type == Instant.class) {
                return Instant.parse(text);
            }
            if (type == OffsetDateTime.class) {
                return OffsetDateTime.parse(text);
            }
            if (type == ZonedDateTime.class) {
                return ZonedDateTime.parse(text);
            }
            if (type == UUID.class) {
                return UUID.fromString(text);
            }
            if (type.isEnum()) {
                return Enum.valueOf((Class<? extends Enum>) type.asSubclass(Enum.class), text);
            }
            if (type == Character.class && text.length() == 1) {
                return text.charAt(0);
            }
        }
        return null;
    }

    /** The text of a value as query strings and keys use it (decimals without exponent). */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    /** Percent-encodes a path segment. */
    static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static BigDecimal number(String text) {
        if (text == null || text.isEmpty() || text.length() > 100) {
            return null;
        }
        char first = text.charAt(0);
        if (first != '-' && (first < '0' || first > '9')) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
