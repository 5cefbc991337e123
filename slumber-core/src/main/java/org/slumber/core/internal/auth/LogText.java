package org.slumber.core.internal.auth;

/** Text from requests made safe for a log line: control characters escaped, length bounded. */
final class LogText {

    private static final int MAX = 200;

    private LogText() {
    }

    /** The text in quotes, with control characters as {@code \\uHHHH} and at most 200 characters. */
    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX) + 2).append('"');
        for (int i = 0; i < text.length() && i < MAX; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > MAX) {
            out.append("...");
        }
        return out.append('"').toString();
    }
}
