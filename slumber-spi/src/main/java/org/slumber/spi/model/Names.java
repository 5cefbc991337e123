package org.slumber.spi.model;

/** Checks on the names that become SQL identifiers. */
final class Names {

    private Names() {
    }

    /**
     * Requires a plain SQL identifier: ASCII letters, digits and underscores, starting
     * with a letter, at most 128 characters. Storage adapters quote identifiers, so a name
     * that passes here is safe to put into SQL text.
     */
    static String requireIdentifier(String name, String what) {
        if (name == null || name.isEmpty() || name.length() > 128) {
            throw new IllegalArgumentException(what + " must be 1 to 128 characters, got " + quote(name));
        }
        char first = name.charAt(0);
        if (!(first >= 'a' && first <= 'z') && !(first >= 'A' && first <= 'Z')) {
            throw new IllegalArgumentException(what + " must start with an ASCII letter, got " + quote(name));
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!ok) {
                throw new IllegalArgumentException(
                        what + " may hold only ASCII letters, digits and '_', got " + quote(name));
            }
        }
        return name;
    }

    private static String quote(String s) {
        return s == null ? "null" : '"' + s + '"';
    }
}
