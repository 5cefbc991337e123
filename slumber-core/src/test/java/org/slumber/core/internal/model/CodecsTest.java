package org.slumber.core.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slumber.core.app.Converter;
import org.slumber.spi.model.ValueType;

@DisplayName("Value codecs")
class CodecsTest {

    private static final ValueCodec LONG = Codecs.of(ValueType.LONG, 0, 0);
    private static final ValueCodec INTEGER = Codecs.of(ValueType.INTEGER, 0, 0);
    private static final ValueCodec STRING = Codecs.of(ValueType.STRING, 0, 0);
    private static final ValueCodec BOOLEAN = Codecs.of(ValueType.BOOLEAN, 0, 0);
    private static final ValueCodec PRICE = Codecs.of(ValueType.DECIMAL, 5, 2);
    private static final ValueCodec DATE = Codecs.of(ValueType.DATE, 0, 0);
    private static final ValueCodec TIMESTAMP = Codecs.of(ValueType.TIMESTAMP, 0, 0);

    private static void refuses(ValueCodec codec, Object json, String reason) {
        assertThatThrownBy(() -> codec.fromJson(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @Nested
    @DisplayName("integers and longs")
    class Integral {

        static Stream<Arguments> longs() {
            return Stream.of(
                    Arguments.of(5L, 5L),
                    Arguments.of(5, 5L),
                    Arguments.of("42", 42L),
                    Arguments.of(" 42 ", 42L),
                    Arguments.of("+7", 7L),
                    Arguments.of("-7", -7L),
                    Arguments.of(new BigDecimal("12.0"), 12L),
                    Arguments.of(BigInteger.valueOf(Long.MAX_VALUE), Long.MAX_VALUE),
                    Arguments.of(String.valueOf(Long.MIN_VALUE), Long.MIN_VALUE));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("longs")
        @DisplayName("a long accepts JSON numbers and decimal text")
        void longAccepts(Object json, long expected) {
            assertThat(LONG.fromJson(json)).isInstanceOf(Long.class).isEqualTo(expected);
            assertThat(LONG.fromText(String.valueOf(expected))).isEqualTo(expected);
        }

        static Stream<Arguments> longRefusals() {
            return Stream.of(
                    Arguments.of(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE), "from"),
                    Arguments.of("9223372036854775808", "from"),
                    Arguments.of("-9223372036854775809", "from"),
                    Arguments.of(new BigInteger("123456789012345678901234567890"), "from"),
                    Arguments.of(new BigDecimal("5.5"), "expects an integer"),
                    Arguments.of("5.5", "expects an integer"),
                    Arguments.of("1e3", "expects an integer"),
                    Arguments.of("abc", "expects an integer"),
                    Arguments.of("", "expects an integer"),
                    Arguments.of(true, "expects an integer"),
                    Arguments.of(List.of(1), "expects an integer"),
                    Arguments.of(Map.of(), "expects an integer"));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @MethodSource("longRefusals")
        @DisplayName("a long refuses fractions, text that is no number, other types and values out of range")
        void longRefuses(Object json, String reason) {
            refuses(LONG, json, reason);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(longs = {Integer.MAX_VALUE, Integer.MIN_VALUE, 0})
        @DisplayName("an integer accepts the whole int range and gives an Integer")
        void integerLimits(long value) {
            assertThat(INTEGER.fromJson(value)).isInstanceOf(Integer.class).isEqualTo((int) value);
            assertThat(INTEGER.fromJson(String.valueOf(value))).isEqualTo((int) value);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"2147483648", "-2147483649", "9223372036854775807"})
        @DisplayName("an integer refuses values beyond the int range, naming the range")
        void integerOverflow(String text) {
            refuses(INTEGER, text, "from -2147483648 to 2147483647");
            refuses(INTEGER, Long.parseLong(text), "from -2147483648 to 2147483647");
        }

        @Test
        @DisplayName("integers and longs go out as JSON numbers and as plain text")
        void integralToJson() {
            assertThat(LONG.toJson(7L)).isEqualTo(7L);
            assertThat(INTEGER.toJson(7)).isEqualTo(7);
            assertThat(LONG.toText(-12L)).isEqualTo("-12");
        }
    }

    @Nested
    @DisplayName("strings and booleans")
    class TextAndFlags {

        @Test
        @DisplayName("a string accepts only strings, as they are")
        void strings() {
            assertThat(STRING.fromJson(" spaced ")).isEqualTo(" spaced ");
            assertThat(STRING.fromJson("")).isEqualTo("");
            refuses(STRING, 5L, "expects a string");
            refuses(STRING, true, "expects a string");
            refuses(STRING, List.of("a"), "expects a string");
            assertThat(STRING.toJson("x")).isEqualTo("x");
            assertThat(STRING.toText("x y")).isEqualTo("x y");
        }

        @Test
        @DisplayName("a remote reference is carried as a string")
        void remoteReference() {
            ValueCodec codec = Codecs.of(ValueType.REMOTE_REFERENCE, 0, 0);
            assertThat(codec.fromJson("slumber://pizzas/app/Pizza/data/1/")).isEqualTo("slumber://pizzas/app/Pizza/data/1/");
            refuses(codec, 1L, "expects a string");
        }

        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource(quoteCharacter = '\'', value = {"true, true", "TRUE, true", "1, true", "on, true", "yes, true",
            "t, true", "false, false", "0, false", "off, false", "no, false", "f, false", "'', false"})
        @DisplayName("a boolean accepts form text")
        void booleanText(String text, boolean expected) {
            assertThat(BOOLEAN.fromJson(text)).isEqualTo(expected);
        }

        @Test
        @DisplayName("a boolean accepts JSON booleans and refuses numbers and other text")
        void booleanJson() {
            assertThat(BOOLEAN.fromJson(Boolean.TRUE)).isEqualTo(true);
            assertThat(BOOLEAN.fromJson(Boolean.FALSE)).isEqualTo(false);
            assertThat(BOOLEAN.toJson(true)).isEqualTo(true);
            refuses(BOOLEAN, 1L, "expects true or false");
            refuses(BOOLEAN, "maybe", "expects true or false");
            refuses(BOOLEAN, List.of(), "expects true or false");
        }
    }

    @Nested
    @DisplayName("decimals (5 digits, 2 places)")
    class Decimals {

        @ParameterizedTest(name = "{0} -> \"{1}\"")
        @CsvSource({"12.5, 12.50", "12.50, 12.50", "12.500, 12.50", "12, 12.00", "999.99, 999.99",
            "-999.99, -999.99", ".5, 0.50", "5., 5.00", "0.00, 0.00", "+1.1, 1.10"})
        @DisplayName("text is read and keeps the field's scale")
        void fromText(String text, String expected) {
            Object value = PRICE.fromJson(text);
            assertThat(value).isInstanceOf(BigDecimal.class);
            assertThat(((BigDecimal) value).toPlainString()).isEqualTo(expected);
            assertThat(((BigDecimal) value).scale()).isEqualTo(2);
        }

        @Test
        @DisplayName("JSON numbers are read too")
        void fromNumbers() {
            assertThat(PRICE.fromJson(new BigDecimal("12.5"))).isEqualTo(new BigDecimal("12.50"));
            assertThat(PRICE.fromJson(12L)).isEqualTo(new BigDecimal("12.00"));
            assertThat(PRICE.fromJson(BigInteger.TEN)).isEqualTo(new BigDecimal("10.00"));
            assertThat(PRICE.fromJson(new BigDecimal("1E+2"))).isEqualTo(new BigDecimal("100.00"));
            assertThat(PRICE.fromJson(2.25d)).isEqualTo(new BigDecimal("2.25"));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"12.345", "0.001", "-1.005"})
        @DisplayName("too many places are refused, naming the allowed places")
        void tooManyPlaces(String text) {
            refuses(PRICE, text, "at most 2 digits after the point");
            refuses(PRICE, new BigDecimal(text), "at most 2 digits after the point");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"1000", "1234.5", "-1000.00", "99999"})
        @DisplayName("too many digits before the point are refused, naming the allowed digits")
        void tooManyDigits(String text) {
            refuses(PRICE, text, "at most 3 digits before the point");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"abc", "1e3", "1.2.3", "", " ", "12,50", "NaN"})
        @DisplayName("text that is no decimal number is refused")
        void notDecimal(String text) {
            refuses(PRICE, text, "expects a decimal number");
        }

        @Test
        @DisplayName("other JSON types are refused")
        void otherTypes() {
            refuses(PRICE, true, "expects a decimal number");
            refuses(PRICE, List.of(1), "expects a decimal number");
        }

        @Test
        @DisplayName("go out as strings that keep the scale")
        void decimalToJson() {
            assertThat(PRICE.toJson(new BigDecimal("12.5"))).isEqualTo("12.50");
            assertThat(PRICE.toJson(new BigDecimal("3"))).isEqualTo("3.00");
            assertThat(PRICE.toJson(new BigDecimal("-0.1"))).isEqualTo("-0.10");
            assertThat(PRICE.toText(new BigDecimal("7.25"))).isEqualTo("7.25");
            assertThat(Codecs.of(ValueType.DECIMAL, 10, 0).toJson(new BigDecimal("42"))).isEqualTo("42");
        }
    }

    @Nested
    @DisplayName("dates and timestamps")
    class Times {

        @Test
        @DisplayName("a date is ISO YYYY-MM-DD both ways")
        void dates() {
            assertThat(DATE.fromJson("2026-11-28")).isEqualTo(LocalDate.of(2026, 11, 28));
            assertThat(DATE.fromText("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(DATE.toJson(LocalDate.of(2026, 1, 2))).isEqualTo("2026-01-02");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"2026-02-30", "2026-13-01", "28/11/2026", "2026-11-28T08:00:00Z", "20261128", ""})
        @DisplayName("a date refuses text that is no ISO date")
        void badDates(String text) {
            refuses(DATE, text, "expects a date as YYYY-MM-DD");
        }

        @Test
        @DisplayName("a date refuses numbers")
        void dateNumber() {
            refuses(DATE, 20261128L, "expects a date");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "2026-11-28T08:00:00Z,              2026-11-28T08:00:00Z",
            "2026-11-28T08:00:00.123456Z,       2026-11-28T08:00:00.123456Z",
            "2026-11-28T09:30:00+01:30,         2026-11-28T08:00:00Z",
            "2026-11-28T03:00:00-05:00,         2026-11-28T08:00:00Z",
        })
        @DisplayName("a timestamp reads ISO-8601 instants with a zone")
        void timestamps(String text, String expected) {
            assertThat(TIMESTAMP.fromJson(text)).isEqualTo(Instant.parse(expected));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"2026-11-28 08:00:00", "2026-11-28T08:00:00", "2026-11-28", "yesterday", ""})
        @DisplayName("a timestamp refuses text without a zone or that is no timestamp")
        void badTimestamps(String text) {
            refuses(TIMESTAMP, text, "expects an ISO-8601 timestamp");
        }

        @Test
        @DisplayName("a timestamp refuses numbers and goes out as ISO text")
        void timestampOut() {
            refuses(TIMESTAMP, 1_700_000_000L, "expects an ISO-8601 timestamp");
            assertThat(TIMESTAMP.toJson(Instant.parse("2026-11-28T08:00:00Z"))).isEqualTo("2026-11-28T08:00:00Z");
            assertThat(TIMESTAMP.toJson(Instant.parse("2026-11-28T08:00:00.5Z"))).isEqualTo("2026-11-28T08:00:00.500Z");
        }
    }

    @Test
    @DisplayName("a model's converter replaces the built-in encoding")
    void converter() {
        ValueCodec codec = Codecs.of(new Converter<Long>() {
            @Override
            public Object toJson(Long value) {
                return "#" + value;
            }

            @Override
            public Long fromJson(Object json) {
                return Long.parseLong(((String) json).substring(1));
            }
        });
        assertThat(codec.toJson(5L)).isEqualTo("#5");
        assertThat(codec.fromJson("#6")).isEqualTo(6L);
        assertThat(codec.toText(7L)).isEqualTo("#7");
    }
}
