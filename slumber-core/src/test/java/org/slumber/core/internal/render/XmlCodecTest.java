package org.slumber.core.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("XmlCodec")
class XmlCodecTest {

    /** ASCII-only XML names, not starting with "xml" in any case. */
    private static final Pattern SAFE_NAME = Pattern.compile("(?i)(?!xml)[A-Za-z_][A-Za-z0-9_.-]*");

    static Stream<String> oddKeys() {
        List<String> keys = new ArrayList<>(Documents.ODD_KEYS);
        keys.addAll(List.of(Documents.SCRIPT, Documents.IMG, Documents.controls(), "\uD800", "a\uDC00", "\uFFFF",
                "_x0041", "_x00411_", "__x__", "_xZZZZ_", "x", "xm", "xmla", "Xml", "_", "a_", "item", "root", "_meta"));
        return keys.stream();
    }

    @Nested
    @DisplayName("encodes keys as element names")
    class Names {

        @ParameterizedTest(name = "\"{0}\" as {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "name | name", "_meta | _meta", "a-b.c_d | a-b.c_d", "1st | _x0031_st", "a b | a_x0020_b",
            "xmlFoo | _x0078_mlFoo", "XmLbar | _x0058_mLbar", "xm | xm", "_x0041_ | _x005F_x0041_",
            "_x | _x005F_x", "x:y | x_x003A_y", "-a | _x002D_a", ".a | _x002E_a", "a.1 | a.1",
            "`` | _x_", "\u00E9 | _x00E9_", "\uD83D\uDE00 | _x0001F600_", "a_y | a_y"})
        @DisplayName("by the documented scheme")
        void scheme(String key, String name) {
            assertThat(XmlCodec.encodeName(key)).isEqualTo(name);
            assertThat(XmlCodec.decodeName(name)).isEqualTo(key);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @MethodSource("org.slumber.core.internal.render.XmlCodecTest#oddKeys")
        @DisplayName("that are safe ASCII names and decode back to the key")
        void roundTrip(String key) {
            String name = XmlCodec.encodeName(key);
            assertThat(name).matches(SAFE_NAME);
            assertThat(XmlCodec.decodeName(name)).isEqualTo(key);
        }

        @Test
        @DisplayName("that decode back for ten thousand random keys, different keys giving different names")
        void random() {
            Random random = new Random(42);
            char[] alphabet = "_x0123456789ABCDEFabcdefXml :\u0000\uD83D\uDE00\uD800\u00E9-.".toCharArray();
            java.util.Map<String, String> seen = new java.util.HashMap<>();
            for (int i = 0; i < 10_000; i++) {
                StringBuilder key = new StringBuilder();
                for (int length = random.nextInt(10); length > 0; length--) {
                    key.append(alphabet[random.nextInt(alphabet.length)]);
                }
                String name = XmlCodec.encodeName(key.toString());
                assertThat(name).as(key.toString()).matches(SAFE_NAME);
                assertThat(XmlCodec.decodeName(name)).isEqualTo(key.toString());
                String before = seen.putIfAbsent(name, key.toString());
                assertThat(before == null || before.equals(key.toString())).as(name).isTrue();
            }
        }
    }

    @Nested
    @DisplayName("escapes text")
    class Text {

        @Test
        @DisplayName("only when XML cannot carry a character or a carriage return")
        void when() {
            assertThat(XmlCodec.needsEscape("plain <&>]]> \t\n \uD83D\uDE00 \\u0001 \uFFFD")).isFalse();
            for (char c = 0; c < 0x20; c++) {
                assertThat(XmlCodec.needsEscape("a" + c)).as("U+%04X", (int) c).isEqualTo(c != '\t' && c != '\n');
            }
            assertThat(XmlCodec.needsEscape("\uFFFE")).isTrue();
            assertThat(XmlCodec.needsEscape("\uFFFF")).isTrue();
            assertThat(XmlCodec.needsEscape("\uD800")).isTrue();
            assertThat(XmlCodec.needsEscape("\uDC00\uD800")).isTrue();
        }

        @Test
        @DisplayName("as backslash-u escapes with backslashes doubled, and back")
        void scheme() {
            String text = "a\u0000b\\u0041\r\n\uDBFF\uD83D\uDE00\uFFFE\\";
            String escaped = XmlCodec.escapeText(text);
            assertThat(escaped).isEqualTo("a\\u0000b\\\\u0041\\u000D\n\\uDBFF\uD83D\uDE00\\uFFFE\\\\");
            assertThat(XmlCodec.needsEscape(escaped)).isFalse();
            assertThat(XmlCodec.unescapeText(escaped)).isEqualTo(text);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @MethodSource("org.slumber.core.internal.render.XmlCodecTest#oddKeys")
        @DisplayName("reversibly for odd strings")
        void roundTrip(String text) {
            assertThat(XmlCodec.unescapeText(XmlCodec.escapeText(text))).isEqualTo(text);
            assertThat(XmlCodec.needsEscape(XmlCodec.escapeText(text))).isFalse();
        }
    }
}
