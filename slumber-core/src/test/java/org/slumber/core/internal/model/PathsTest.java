package org.slumber.core.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Path segments")
class PathsTest {

    @Nested
    @DisplayName("encode")
    class Encoding {

        @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
        @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "plain          | plain",
            "'a b'          | a%20b",
            "a/b            | a%2Fb",
            "100%           | 100%25",
            "a?b            | a%3Fb",
            "a#b            | a%23b",
            "café           | caf%C3%A9",
            "😀             | %F0%9F%98%80",
            "a+b            | a+b",
            "-._~           | -._~",
            "%41            | %2541",
            "a\\b           | a%5Cb",
            "''             | ''",
        })
        @DisplayName("unreserved characters stay, everything else becomes upper-case UTF-8 escapes")
        void encodings(String segment, String expected) {
            assertThat(Paths.encodeSegment(segment)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"a b/c?d#e%f", "ünïcødé 日本 😀", "\"<>{}|^`[]", "tab\there\nnewline", "x\u0000y"})
        @DisplayName("the result holds no separator, space, control or non-ASCII character")
        void safeOutput(String segment) {
            assertThat(Paths.encodeSegment(segment)).matches("[A-Za-z0-9%\\-._~@:+!$,;='()*]*")
                    .doesNotContain("/", "?", "#", " ");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {".", ".."})
        @DisplayName("a key that is a dot-segment does not stay one (clients would remove it from the URL)")
        void dotSegments(String segment) {
            String encoded = Paths.encodeSegment(segment);
            assertThat(encoded).isNotEqualTo(segment);
            assertThat(Paths.decodeSegment(encoded)).isEqualTo(segment);
        }
    }

    @Nested
    @DisplayName("decode")
    class Decoding {

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"plain", "with space", "a/b", "50% off", "what?", "#hash", "café", "日本", "😀",
            "a+b", "%41", "mixed /?#% é 😀 +", "", "'quoted'", "semi;colon=equals"})
        @DisplayName("round-trips every key through encode and decode")
        void roundTrip(String key) {
            assertThat(Paths.decodeSegment(Paths.encodeSegment(key))).isEqualTo(key);
        }

        @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
        @CsvSource(delimiter = '|', value = {
            "a+b       | a+b",
            "a%20b     | a b",
            "a%2fb     | a/b",
            "a%2Fb     | a/b",
            "caf%c3%a9 | café",
            "café      | café",
            "é%20é     | é é",
        })
        @DisplayName("escapes of either case; '+' stays a plus; raw non-ASCII stays")
        void decodings(String segment, String expected) {
            assertThat(Paths.decodeSegment(segment)).isEqualTo(expected);
        }

        @Test
        @DisplayName("raw characters outside the BMP survive next to escapes")
        void rawSupplementary() {
            assertThat(Paths.decodeSegment("😀%20x")).isEqualTo("😀 x");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"%", "%2", "a%", "a%2", "%zz", "%G0", "%0G", "%C3", "%FF", "%C3%28", "%ED%A0%80",
            "%\u0661\u0662"})
        @DisplayName("malformed escapes and escaped bytes that are not UTF-8 throw IllegalArgumentException")
        void malformed(String segment) {
            assertThatThrownBy(() -> Paths.decodeSegment(segment)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
