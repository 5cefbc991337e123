package org.slumber.core.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

@DisplayName("Negotiation")
class NegotiationTest {

    /** A HAL answer: only its labelling tells the HAL and plain JSON renderers apart. */
    private static final Answer HAL = new Answer(200, Documents.map(), List.of(), null, true, "/");

    private static String chosen(String accept) {
        return Negotiation.choose(accept).contentType(HAL).replace("; charset=utf-8", "");
    }

    @Nested
    @DisplayName("chooses by the Accept header")
    class Choices {

        @ParameterizedTest(name = "[{0}] gives {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`` | application/json",
            "`   ` | application/json",
            "application/json | application/json",
            "*/* | application/json",
            "* | application/json",
            "text/plain | application/json",
            "image/png | application/json",
            "application/* | application/json",
            "garbage | application/json",
            "text/html | text/html",
            "TEXT/HTML | text/html",
            "`  text/html  ` | text/html",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html",
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8 | text/html",
            "application/xhtml+xml | text/html",
            "text/* | text/html",
            "text/html, */* | text/html",
            "*/*;q=0.8, text/html;q=0.8 | text/html",
            "text/html;level=1;q=0.9, application/json;q=0.8 | text/html",
            "text/xml | text/xml",
            "application/xml | application/xml",
            "application/xml;q=0.9, application/json | application/json",
            "text/xml, text/html | text/xml",
            "text/html, text/xml | text/html",
            "text/html;q=0.5, text/xml;q=0.8 | text/xml",
            "text/html;q=0, */* | application/json",
            "text/html;q=0 | application/json",
            "*/*;q=0 | application/json",
            "text/html;q=0.0, application/xml;q=0.001 | application/xml",
            "text/html;q=abc, application/xml;q=0.1 | application/xml",
            "text/html;q=1.0001, application/xml;q=0.1 | application/xml",
            "`text/html;foo=\"a,b\";q=0.1, application/xml;q=0.5` | application/xml",
            "*;q=0.5, text/html | text/html",
            "text/html;Q=0.2, application/json;q=0.3 | application/json",
            "application/hal+json | application/hal+json",
            "application/hal+json, application/json;q=0.5 | application/hal+json",
            "application/json, application/hal+json;q=0.5 | application/json",
            "*/*, application/hal+json | application/hal+json"})
        void choose(String accept, String expected) {
            assertThat(chosen(accept)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "null")
        @NullSource
        @DisplayName("a missing header gives JSON")
        void missing(String accept) {
            assertThat(chosen(accept)).isEqualTo("application/json");
        }
    }

    @Test
    @DisplayName("labels non-HAL answers application/json even when HAL is asked for")
    void halOnlyForHal() {
        Answer plain = Documents.answer(200, Documents.map(), "/");
        assertThat(Negotiation.choose("application/hal+json").contentType(plain))
                .isEqualTo("application/json; charset=utf-8");
    }

    @Test
    @DisplayName("hands out shared renderers")
    void shared() {
        assertThat(Negotiation.choose("text/html")).isSameAs(Negotiation.choose("text/html;q=0.5"))
                .isInstanceOf(HtmlRenderer.class);
        assertThat(Negotiation.choose("text/xml")).isSameAs(Negotiation.choose("text/*;q=0.1, text/xml"))
                .isNotSameAs(Negotiation.choose("application/xml"));
        assertThat(Negotiation.choose(null)).isSameAs(Negotiation.choose("*/*")).isInstanceOf(JsonRenderer.class);
    }

    @Test
    @DisplayName("weighs a very long header by its first ranges, quickly")
    void longHeader() {
        String accept = "image/png;q=0.9, ".repeat(10_000) + "text/html";
        long start = System.nanoTime();
        assertThat(chosen(accept)).isEqualTo("application/json");
        assertThat(chosen("text/html, " + accept)).isEqualTo("text/html");
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }
}
