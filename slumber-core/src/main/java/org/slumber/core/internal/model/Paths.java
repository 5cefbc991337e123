package org.slumber.core.internal.model;

import java.nio.charset.StandardCharsets;

/** Encoding and decoding of URL path segments. */
public final class Paths {

    private Paths() {
    }

    /** Percent-encodes one path segment: everything but unreserved characters and a few safe ones. */
    public static String encodeSegment(String segment) {
        if (segment.equals(".") || segment.equals("..")) {
            return segment.replace(".", "%2E");
        }
        int length = segment.length();
        for (int i = 0; i < length; i++) {
            if (!safe(segment.charAt(i))) {
                return encodeFrom(segment, i);
            }
        }
        return segment;
    }

    private static String encodeFrom(String segment, int first) {
        StringBuilder out = new StringBuilder(segment.length() + 16).append(segment, 0, first);
        byte[] bytes = segment.substring(first).getBytes(StandardCharsets.UTF_8);  // pairs surrogates
        for (byte b : bytes) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && safe(c)) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean safe(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                || c == '_' || c == '~' || c == '@' || c == ':' || c == '+' || c == '!' || c == '$' || c == ','
                || c == ';' || c == '=' || c == '\'' || c == '(' || c == ')' || c == '*';
    }

    /**
     * Percent-decodes one path segment as UTF-8 ({@code +} stays a plus).
     *
     * @throws IllegalArgumentException for a malformed escape or bytes that are not UTF-8
     */
    public static String decodeSegment(String segment) {
        int percent = segment.indexOf('%');
        if (percent < 0) {
            return segment;
        }
        byte[] out = new byte[segment.length() * 3];  // a UTF-16 unit is at most 3 UTF-8 bytes
        int length = 0;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                if (i + 2 >= segment.length()) {
                    throw new IllegalArgumentException("incomplete percent escape");
                }
                int high = hexDigit(segment.charAt(i + 1));
                int low = hexDigit(segment.charAt(i + 2));
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("malformed percent escape");
                }
                out[length++] = (byte) ((high << 4) | low);
                i += 2;
            } else if (c < 0x80) {
                out[length++] = (byte) c;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < segment.length()
                        && Character.isLowSurrogate(segment.charAt(i + 1)) ? i + 2 : i + 1;
                byte[] encoded = segment.substring(i, end).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(encoded, 0, out, length, encoded.length);
                length += encoded.length;
                i = end - 1;
            }
        }
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(out, 0, length)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException("escaped bytes are not UTF-8");
        }
    }

    /** The value of an ASCII hex digit, or -1 (other Unicode digits are not hex digits in URLs). */
    public static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
