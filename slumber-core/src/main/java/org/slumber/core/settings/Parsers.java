package org.slumber.core.settings;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Parsers of setting values; each throws IllegalArgumentException with a short reason. */
final class Parsers {

    private Parsers() {
    }

    static int integer(String raw, int min, int max) {
        int value;
        try {
            value = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an integer");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException("out of range " + min + ".." + max);
        }
        return value;
    }

    static boolean bool(String raw) {
        switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1":
                return true;
            case "false", "no", "off", "0":
                return false;
            default:
                throw new IllegalArgumentException("not a boolean");
        }
    }

    static long bytes(String raw) {
        String text = raw.toLowerCase(Locale.ROOT);
        long factor = 1;
        if (text.endsWith("k")) {
            factor = 1024;
        } else if (text.endsWith("m")) {
            factor = 1024 * 1024;
        } else if (text.endsWith("g")) {
            factor = 1024L * 1024 * 1024;
        }
        if (factor > 1) {
            text = text.substring(0, text.length() - 1);
        }
        try {
            long value = Math.multiplyExact(Long.parseLong(text), factor);
            if (value < 0) {
                throw new IllegalArgumentException("negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a size");
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("too large");
        }
    }

    static Duration duration(String raw) {
        String text = raw.toLowerCase(Locale.ROOT);
        Duration value;
        try {
            if (text.startsWith("pt") || text.startsWith("p")) {
                value = Duration.parse(raw.toUpperCase(Locale.ROOT));
            } else if (text.endsWith("ms")) {
                value = Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            } else if (text.endsWith("s")) {
                value = Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
            } else if (text.endsWith("m")) {
                value = Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
            } else if (text.endsWith("h")) {
                value = Duration.ofHours(Long.parseLong(text.substring(0, text.length() - 1)));
            } else {
                value = Duration.ofSeconds(Long.parseLong(text));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a duration");
        }
        if (value.isNegative()) {
            throw new IllegalArgumentException("negative");
        }
        return value;
    }

    static Duration positiveDuration(String raw) {
        Duration value = duration(raw);
        if (value.isZero()) {
            throw new IllegalArgumentException("must be more than zero");
        }
        return value;
    }

    static String mountPoint(String raw) {
        if (!raw.matches("/([A-Za-z0-9_~-][A-Za-z0-9_.~-]*/)*")) {
            throw new IllegalArgumentException("must start and end with '/' and hold only path segments of "
                    + "letters, digits, '_', '.', '~' and '-'");
        }
        return raw;
    }

    static String oneOf(String raw, String... values) {
        for (String value : values) {
            if (value.equals(raw)) {
                return value;
            }
        }
        throw new IllegalArgumentException("not one of " + String.join(", ", values));
    }

    static String appName(String raw) {
        if (!raw.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) {
            throw new IllegalArgumentException("not a dotted name");
        }
        return raw;
    }

    static Map<String, String> keyMap(String raw) {
        Map<String, String> keys = new LinkedHashMap<>();
        if (raw.isBlank()) {
            return keys;
        }
        for (String entry : raw.split(",")) {
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new IllegalArgumentException("each entry must be key:secret");
            }
            keys.put(entry.substring(0, colon).trim(), entry.substring(colon + 1).trim());
        }
        return Map.copyOf(keys);
    }
}
