package org.slumber.core.internal.render;

import java.util.Locale;

/**
 * The two reversible escapes of the XML representation (see {@link XmlRenderer}): document keys
 * as XML element names, and text that XML 1.0 cannot carry.
 *
 * <h2>Keys</h2>
 * A key is written as the element name unchanged when it is already a safe name; otherwise every
 * offending UTF-16 unit is replaced by {@code _xHHHH_} (four upper-case hex digits; a surrogate
 * pair becomes one {@code _xHHHHHHHH_} with the eight-digit code point), as .NET's
 * {@code XmlConvert.EncodeLocalName} does:
 * <ul>
 *   <li>safe characters are the ASCII letters, {@code _} and, after the first character, the
 *       ASCII digits, {@code -} and {@code .}; everything else ({@code :}, spaces, non-ASCII
 *       letters, emoji, ...) is escaped, so the names are valid under every edition of XML 1.0
 *       and need no namespace handling;</li>
 *   <li>a literal {@code _x} is written {@code _x005F_x}, so every {@code _x} in a name starts
 *       an escape;</li>
 *   <li>a key starting with {@code xml} in any case (reserved by XML) gets its first letter
 *       escaped: {@code xmlFoo} becomes {@code _x0078_mlFoo};</li>
 *   <li>the empty key is {@code _x_}, which no other key produces.</li>
 * </ul>
 * Examples: {@code 1st} becomes {@code _x0031_st}, {@code a b} becomes {@code a_x0020_b},
 * {@code _x0041_} becomes {@code _x005F_x0041_}, {@code 😀} becomes {@code _x0001F600_}.
 *
 * <h2>Text</h2>
 * A string leaf whose text holds a character XML 1.0 cannot carry (U+0000–U+0008, U+000B,
 * U+000C, U+000E–U+001F, U+FFFE, U+FFFF, an unpaired surrogate) or a carriage return (which XML
 * parsers turn into a line feed) is written with the attribute {@code escaped="true"}; its text
 * then has each such UTF-16 unit as {@code \}{@code uHHHH} (four upper-case hex digits) and each
 * backslash doubled. Text without such characters is written as it is (StAX escapes {@code &},
 * {@code <} and {@code >}) and has no {@code escaped} attribute.
 */
public final class XmlCodec {

    /** The element name of the empty key. */
    static final String EMPTY_KEY = "_x_";

    private XmlCodec() {
    }

    /** The element name of a document key; {@link #decodeName} gives the key back. */
    public static String encodeName(String key) {
        if (key.isEmpty()) {
            return EMPTY_KEY;
        }
        StringBuilder name = null;
        int length = key.length();
        for (int i = 0; i < length; i++) {
            char c = key.charAt(i);
            boolean safe;
            if (c == '_' && i + 1 < length && key.charAt(i + 1) == 'x') {
                safe = false; // a literal "_x": its '_' is escaped, the 'x' stays
            } else if (i == 0) {
                safe = isNameStart(c) && !key.regionMatches(true, 0, "xml", 0, 3);
            } else {
                safe = isNameChar(c);
            }
            if (safe) {
                if (name != null) {
                    name.append(c);
                }
                continue;
            }
            if (name == null) {
                name = new StringBuilder(length + 16).append(key, 0, i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(key.charAt(i + 1))) {
                name.append("_x").append(String.format(Locale.ROOT, "%08X", key.codePointAt(i))).append('_');
                i++;
            } else {
                appendUnit(name.append("_x"), c).append('_');
            }
        }
        return name == null ? key : name.toString();
    }

    /** The document key of an element name written by {@link #encodeName}. */
    public static String decodeName(String name) {
        if (name.equals(EMPTY_KEY)) {
            return "";
        }
        int escape = name.indexOf("_x");
        if (escape < 0) {
            return name;
        }
        StringBuilder key = new StringBuilder(name.length()).append(name, 0, escape);
        int i = escape;
        while (i < name.length()) {
            if (name.startsWith("_x", i)) {
                int digits = i + 6 < name.length() && name.charAt(i + 6) == '_' ? 4
                        : i + 10 < name.length() && name.charAt(i + 10) == '_' ? 8 : 0;
                int unit = digits == 0 ? -1 : hex(name, i + 2, i + 2 + digits);
                if (unit >= 0 && Character.isValidCodePoint(unit)) {
                    key.appendCodePoint(unit);
                    i += 3 + digits;
                    continue;
                }
            }
            key.append(name.charAt(i++));
        }
        return key.toString();
    }

    /** Whether a string leaf must be written with {@code escaped="true"}. */
    public static boolean needsEscape(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' || c == 0xFFFE || c == 0xFFFF) {
                return true;
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    /** The escaped form of a text for which {@link #needsEscape} is true. */
    public static String escapeText(String text) {
        int length = text.length();
        StringBuilder out = new StringBuilder(length + 16);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c < 0x20 && c != '\t' && c != '\n' || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
                appendUnit(out.append("\\u"), c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The original text of an {@code escaped="true"} leaf. */
    public static String unescapeText(String text) {
        int length = text.length();
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < length && text.charAt(i + 1) == '\\') {
                out.append('\\');
                i++;
            } else if (c == '\\' && i + 1 < length && text.charAt(i + 1) == 'u' && hex(text, i + 2, i + 6) >= 0) {
                out.append((char) hex(text, i + 2, i + 6));
                i += 5;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isNameChar(char c) {
        return isNameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.';
    }

    private static StringBuilder appendUnit(StringBuilder out, char c) {
        return out.append(String.format(Locale.ROOT, "%04X", (int) c));
    }

    private static int hex(String text, int from, int to) {
        if (to > text.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }
}
