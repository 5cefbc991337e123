package org.slumber.core.operation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decoded parameters of a query string ({@code ?a=1&a=2&b=}) or of a form-encoded body:
 * names in first-seen order, each with its values in order. {@code +} decodes to a space.
 */
public final class QueryParameters {

    private static final QueryParameters EMPTY = new QueryParameters(Map.of());

    private final Map<String, List<String>> values;

    private QueryParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /** No parameters. */
    public static QueryParameters empty() {
        return EMPTY;
    }

    /**
     * Parses a raw query string (without {@code ?}).
     *
     * @throws IllegalArgumentException when a percent escape is malformed
     */
    public static QueryParameters parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return EMPTY;
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        int start = 0;
        while (start <= raw.length()) {
            int end = raw.indexOf('&', start);
            if (end < 0) {
                end = raw.length();
            }
            if (end > start) {
                int equals = raw.indexOf('=', start);
                String name;
                String value;
                if (equals < 0 || equals > end) {
                    name = decode(raw, start, end);
                    value = "";
                } else {
                    name = decode(raw, start, equals);
                    value = decode(raw, equals + 1, end);
                }
                values.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
            }
            start = end + 1;
        }
        values.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return new QueryParameters(Collections.unmodifiableMap(values));
    }

    /** The first value of a parameter, or null. */
    public String first(String name) {
        List<String> list = values.get(name);
        return list == null ? null : list.get(0);
    }

    /** Every value of a parameter, in order; empty when absent. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The parameter names in first-seen order. */
    public Set<String> names() {
        return values.keySet();
    }

    /** Whether there are no parameters. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Name to values, in first-seen order. */
    public Map<String, List<String>> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Percent-decodes {@code raw[from, to)} as UTF-8, {@code +} as space. */
    static String decode(String raw, int from, int to) {
        boolean plain = true;
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c == '%' || c == '+') {
                plain = false;
                break;
            }
        }
        if (plain) {
            return raw.substring(from, to);
        }
        byte[] bytes = new byte[(to - from) * 3];  // a UTF-16 unit is at most 3 UTF-8 bytes
        int length = 0;
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c == '+') {
                bytes[length++] = ' ';
            } else if (c == '%') {
                if (i + 2 >= to) {
                    throw new IllegalArgumentException("incomplete percent escape at the end of " + raw);
                }
                int high = org.slumber.core.internal.model.Paths.hexDigit(raw.charAt(i + 1));
                int low = org.slumber.core.internal.model.Paths.hexDigit(raw.charAt(i + 2));
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("malformed percent escape in " + raw);
                }
                bytes[length++] = (byte) (high * 16 + low);
                i += 2;
            } else if (c < 0x80) {
                bytes[length++] = (byte) c;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(raw.charAt(i + 1))
                        ? i + 2 : i + 1;
                byte[] encoded = raw.substring(i, end).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(encoded, 0, bytes, length, encoded.length);
                length += encoded.length;
                i = end - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException("percent escapes that are not UTF-8 in " + raw);
        }
    }
}
