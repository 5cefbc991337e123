package org.slumber.core.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Query parameters")
class QueryParametersTest {

    @Nested
    @DisplayName("keep structure")
    class Structure {

        @Test
        @DisplayName("names come in first-seen order, each with its values in order")
        void order() {
            QueryParameters query = QueryParameters.parse("b=1&a=2&b=3&c=4&a=5");
            assertThat(query.names()).containsExactly("b", "a", "c");
            assertThat(query.all("b")).containsExactly("1", "3");
            assertThat(query.all("a")).containsExactly("2", "5");
            assertThat(query.first("a")).isEqualTo("2");
            assertThat(query.asMap()).containsOnlyKeys("b", "a", "c");
        }

        @Test
        @DisplayName("an absent name has no first value and an empty list")
        void absent() {
            QueryParameters query = QueryParameters.parse("a=1");
            assertThat(query.first("b")).isNull();
            assertThat(query.all("b")).isEmpty();
            assertThat(query.isEmpty()).isFalse();
        }

        @ParameterizedTest(name = "\"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"&", "&&&"})
        @DisplayName("no text, or only separators, gives no parameters")
        void empty(String raw) {
            QueryParameters query = QueryParameters.parse(raw);
            assertThat(query.isEmpty()).isTrue();
            assertThat(query.names()).isEmpty();
        }

        @Test
        @DisplayName("empty values, names without '=' and stray separators")
        void emptyValues() {
            QueryParameters query = QueryParameters.parse("&a=&b&&c=1=2&");
            assertThat(query.names()).containsExactly("a", "b", "c");
            assertThat(query.all("a")).containsExactly("");
            assertThat(query.all("b")).containsExactly("");
            assertThat(query.first("c")).as("only the first '=' separates").isEqualTo("1=2");
        }

        @Test
        @DisplayName("the parsed parameters cannot be changed")
        void immutable() {
            QueryParameters query = QueryParameters.parse("a=1");
            assertThatThrownBy(() -> query.all("a").add("2")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> query.asMap().put("b", List.of())).isInstanceOf(UnsupportedOperationException.class);
            assertThat(QueryParameters.empty().isEmpty()).isTrue();
        }
    }

    @Nested
    @DisplayName("decode")
    class Decoding {

        @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
        @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "q=a+b              | a b",
            "q=a%2Bb            | a+b",
            "q=%20%20           | '  '",
            "q=100%25           | 100%",
            "q=a%26b%3Dc        | a&b=c",
            "q=%2f%2F           | //",
            "q=caf%C3%A9        | café",
            "q=%E2%82%AC5       | €5",
            "q=%E6%97%A5%E6%9C%AC | 日本",
            "q=%F0%9F%98%80     | 😀",
            "q=été              | été",
            "q=été+%C3%A9       | été é",
            "q=plain-text_1.~   | plain-text_1.~",
        })
        @DisplayName("values: '+' as space, percent escapes as UTF-8")
        void values(String raw, String expected) {
            assertThat(QueryParameters.parse(raw).first("q")).isEqualTo(expected);
        }

        @Test
        @DisplayName("names are decoded like values")
        void names() {
            QueryParameters query = QueryParameters.parse("first+name=Ann&caf%C3%A9=1&a%3Db=2");
            assertThat(query.names()).containsExactly("first name", "café", "a=b");
            assertThat(query.first("a=b")).isEqualTo("2");
        }

        @Test
        @DisplayName("raw characters outside the BMP survive next to escapes")
        void rawSupplementaryCharacters() {
            assertThat(QueryParameters.parse("q=😀+x").first("q")).isEqualTo("😀 x");
            assertThat(QueryParameters.parse("q=%41😀").first("q")).isEqualTo("A😀");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"a=%", "a=%2", "a=%2&b=1", "a=%zz", "a=%G1", "a=%1G", "%=1", "a%2=1", "a=x%",
            "a=%\u0661\u0662", "a=%\uFF11\uFF12"})
        @DisplayName("malformed escapes throw IllegalArgumentException")
        void malformed(String raw) {
            assertThatThrownBy(() -> QueryParameters.parse(raw)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
