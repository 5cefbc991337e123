package org.slumber.core.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.slumber.core.internal.json.Json;

/** JSON and URL helpers shared by the mock user agent and the fake server. */
final class WireJson {

    private WireJson() {
    }

    /** Parses JSON text (any JSON value). */
    static Object parse(String text) {
        return Json.read(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Compact JSON text of a value. */
    static String text(Object value) {
        return new String(Json.write(value), StandardCharsets.UTF_8);
    }

    /** UTF-8 bytes of the JSON of a value. */
    static byte[] bytes(Object value) {
        return Json.write(value);
    }

    /**
     * A value in a form where JSON-equal values are {@code equals}: objects as sorted maps,
     * every number as a BigDecimal without trailing zeros ({@code 1} equals {@code 1.0}).
     */
    static Object normalized(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, item) -> sorted.put(String.valueOf(key), normalized(item)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(normalized(item)));
            return items;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros();
        }
        if (value instanceof BigInteger || value instanceof Long || value instanceof Integer) {
            return new BigDecimal(value.toString()).stripTrailingZeros();
        }
        return value;
    }

    /** Whether two URIs name the same resource: same origin and path, same query parameters in any order. */
    static boolean sameUrl(URI expected, URI actual) {
        return Objects.equals(lower(expected.getScheme()), lower(actual.getScheme()))
                && Objects.equals(lower(expected.getHost()), lower(actual.getHost()))
                && port(expected) == port(actual)
                && Objects.equals(path(expected), path(actual))
                && query(expected.getRawQuery()).equals(query(actual.getRawQuery()));
    }

    /** The decoded query parameters as sorted {@code name=value} texts (empty for none). */
    static List<String> query(String rawQuery) {
        List<String> pairs = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return pairs;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            pairs.add(decode(name) + "=" + decode(value));
        }
        pairs.sort(null);
        return pairs;
    }

    /** Decodes a query component ({@code +} is a space). */
    static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String path(URI uri) {
        String path = uri.getPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
