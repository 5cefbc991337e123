package org.slumber.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("JSON")
class JsonTest {

    private static Map<String, Object> read(String text) {
        return Json.readObject(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String write(Object value) {
        return new String(Json.write(value), StandardCharsets.UTF_8);
    }

    @Nested
    @DisplayName("readObject refuses with IllegalArgumentException")
    class Refusals {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"[1,2]", "[]", "1", "\"text\"", "true", "null"})
        @DisplayName("a top level that is not an object")
        void notAnObject(String text) {
            assertThatThrownBy(() -> read(text)).isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("JSON object");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", "   ", "\n"})
        @DisplayName("an empty body")
        void empty(String text) {
            assertThatThrownBy(() -> read(text)).isExactlyInstanceOf(IllegalArgumentException.class);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"{} {}", "{}x", "{}]", "{} 1", "{},"})
        @DisplayName("content after the object")
        void trailing(String text) {
            assertThatThrownBy(() -> read(text)).isExactlyInstanceOf(IllegalArgumentException.class);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"{\"a\":1,\"a\":2}", "{\"a\":{\"b\":1,\"b\":1}}", "{\"x\":[{\"k\":1,\"k\":2}]}"})
        @DisplayName("a duplicate key at any depth")
        void duplicates(String text) {
            assertThatThrownBy(() -> read(text)).isExactlyInstanceOf(IllegalArgumentException.class)
                    .extracting(Throwable::getMessage).asString().containsIgnoringCase("duplicate");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"{", "{\"a\":}", "{'a':1}", "{a:1}", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":tru}",
            "{\"a\":NaN}", "{\"a\":01}", "{\"a\":[1,2}", "{\"a\":[1,2", "{\"a\":\"unterminated}", "{\"a\":1",
            "{\"a\":\"\\x\"}", "{\"a\":\"tab\there\"}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":1e}", "{/*c*/}",
            "{\"a\":Infinity}", "}"})
        @DisplayName("malformed input")
        void malformed(String text) {
            assertThatThrownBy(() -> read(text)).isExactlyInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @DisplayName("bytes that are not UTF-8")
        void invalidUtf8() {
            byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
            assertThatThrownBy(() -> Json.readObject(body)).isExactlyInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @DisplayName("nesting too deep and numbers too long")
        void limits() {
            String deep = "{\"a\":" + "[".repeat(200) + "]".repeat(200) + "}";
            assertThatThrownBy(() -> read(deep)).isExactlyInstanceOf(IllegalArgumentException.class);
            String longNumber = "{\"a\":" + "9".repeat(1000) + "}";
            assertThatThrownBy(() -> read(longNumber)).isExactlyInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("readObject reads")
    class Reading {

        @Test
        @DisplayName("nested objects and arrays in document order")
        void nested() {
            Map<String, Object> object = read("{\"z\":{\"b\":[1,{\"c\":null},\"x\",true,false]},\"a\":[]} \n");
            assertThat(object.keySet()).containsExactly("z", "a");
            Map<?, ?> z = (Map<?, ?>) object.get("z");
            assertThat(z.get("b")).isEqualTo(Arrays.asList(1L, mapWithNull(), "x", true, false));
            assertThat(object.get("a")).isEqualTo(List.of());
        }

        private Map<String, Object> mapWithNull() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("c", null);
            return map;
        }

        @ParameterizedTest(name = "{0} -> {1} {2}")
        @CsvSource(delimiter = '|', value = {
            "1                        | java.lang.Long       | 1",
            "-0                       | java.lang.Long       | 0",
            "9223372036854775807      | java.lang.Long       | 9223372036854775807",
            "9223372036854775808      | java.math.BigInteger | 9223372036854775808",
            "-9223372036854775809     | java.math.BigInteger | -9223372036854775809",
            "1.50                     | java.math.BigDecimal | 1.50",
            "1.0                      | java.math.BigDecimal | 1.0",
            "0.1                      | java.math.BigDecimal | 0.1",
            "1e3                      | java.math.BigDecimal | 1E+3",
            "123456789.123456789123   | java.math.BigDecimal | 123456789.123456789123",
        })
        @DisplayName("numbers without losing precision")
        void numbers(String json, String type, String text) {
            Object value = read("{\"n\":" + json + "}").get("n");
            assertThat(value.getClass().getName()).isEqualTo(type);
            assertThat(value.toString()).isEqualTo(text);
        }
    }

    @Nested
    @DisplayName("write")
    class Writing {

        @Test
        @DisplayName("nested maps and lists, keeping order")
        void nestedValues() {
            Map<String, Object> inner = new LinkedHashMap<>();
            inner.put("y", List.of(1, 2L, "three"));
            inner.put("x", null);
            Map<String, Object> outer = new LinkedHashMap<>();
            outer.put("b", inner);
            outer.put("a", Arrays.asList(true, null, Map.of()));
            outer.put("c", new Object[] {1, "two"});
            assertThat(write(outer))
                    .isEqualTo("{\"b\":{\"y\":[1,2,\"three\"],\"x\":null},\"a\":[true,null,{}],\"c\":[1,\"two\"]}");
        }

        @Test
        @DisplayName("BigDecimal as a string keeping its scale, big integers as numbers")
        void decimalsAndIntegers() {
            assertThat(write(new BigDecimal("12.50"))).isEqualTo("\"12.50\"");
            assertThat(write(new BigDecimal("1E+3"))).isEqualTo("\"1000\"");
            assertThat(write(new BigDecimal("-0.001"))).isEqualTo("\"-0.001\"");
            assertThat(write(new BigInteger("123456789012345678901234567890")))
                    .isEqualTo("123456789012345678901234567890");
            assertThat(write(Long.MIN_VALUE)).isEqualTo("-9223372036854775808");
            assertThat(write((short) 7)).isEqualTo("7");
            assertThat(write(2.5d)).isEqualTo("2.5");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
        @DisplayName("non-finite doubles and floats as null")
        void nonFinite(double value) {
            assertThat(write(value)).isEqualTo("null");
            assertThat(write((float) value)).isEqualTo("null");
            assertThat(write(Map.of("v", value))).isEqualTo("{\"v\":null}");
        }

        @Test
        @DisplayName("dates and instants as ISO strings, other objects by their text")
        void temporal() {
            assertThat(write(LocalDate.of(2026, 11, 28))).isEqualTo("\"2026-11-28\"");
            assertThat(write(Instant.parse("2026-11-28T08:00:00Z"))).isEqualTo("\"2026-11-28T08:00:00Z\"");
            assertThat(write(URI.create("http://x/"))).isEqualTo("\"http://x/\"");
            assertThat(write(null)).isEqualTo("null");
        }

        @ParameterizedTest(name = "{index}")
        @ValueSource(strings = {"quote \" backslash \\ slash /", "\u0000\u0001\u0007\b\f\n\r\t\u001f\u007f",
            "café 日本 😀", "\u2028\u2029", "</script><!--", "\uFEFFbom", ""})
        @DisplayName("strings with control and non-ASCII characters that read back the same")
        void strings(String text) {
            byte[] bytes = Json.write(Map.of("s", text, text, "key"));
            for (byte b : bytes) {
                assertThat(b & 0xff).as("no raw control character").isGreaterThanOrEqualTo(0x20);
            }
            Map<String, Object> back = Json.readObject(bytes);
            assertThat(back).containsEntry("s", text).containsEntry(text, "key");
        }

        @Test
        @DisplayName("control characters as JSON escapes")
        void escapes() {
            assertThat(write("a\nb\u0001\"")).isEqualTo("\"a\\nb\\u0001\\\"\"");
        }

        @Test
        @DisplayName("a string holding a lone surrogate read from JSON without failing")
        void loneSurrogate() {
            Map<String, Object> object = read("{\"s\":\"\\ud800x\"}");
            assertThat(object.get("s")).isEqualTo("\ud800x");
            assertThatCode(() -> Json.write(object)).doesNotThrowAnyException();
        }
    }

    @Test
    @DisplayName("read parses any document, and refuses malformed ones with IllegalArgumentException")
    void readAny() {
        assertThat(Json.read("[1,\"a\"]".getBytes(StandardCharsets.UTF_8))).isEqualTo(List.of(1L, "a"));
        assertThat(Json.read("2.50".getBytes(StandardCharsets.UTF_8))).isEqualTo(new BigDecimal("2.50"));
        assertThatThrownBy(() -> Json.read(new byte[0])).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.read("[1,".getBytes(StandardCharsets.UTF_8)))
                .isExactlyInstanceOf(IllegalArgumentException.class);
    }
}
