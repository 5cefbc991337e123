package org.slumber.core.internal.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("HtmlWriter")
class HtmlWriterTest {

    private static String body(HtmlWriter writer) {
        return writer.finish().substring("<!DOCTYPE html>\n".length());
    }

    @Nested
    @DisplayName("escapes")
    class Escapes {

        @Test
        @DisplayName("& < > \" ' in text and attributes")
        void markup() {
            HtmlWriter writer = new HtmlWriter(64);
            writer.start("p").attr("title", "a&<>\"'b\tc\nd").text("a&<>\"'b").end();
            assertThat(body(writer)).isEqualTo(
                    "<p title=\"a&amp;&lt;&gt;&quot;&#39;b&#9;c&#10;d\">a&amp;&lt;&gt;&quot;&#39;b</p>\n");
        }

        @Test
        @DisplayName("controls as marked escapes in text, replaced in attributes and the title")
        void controls() {
            HtmlWriter writer = new HtmlWriter(64);
            writer.start("title").text("t\u0000\u0085").end().start("span").attr("title", "\u0001\uD800")
                    .text("a\u0000\u007F\uFFFF\uDC00\uD83D\uDE00\n").end();
            assertThat(body(writer)).isEqualTo("<title>t\uFFFD\uFFFD</title>\n<span title=\"\uFFFD\uFFFD\">a"
                    + "<span class=\"ctl\" title=\"control character\">\\u0000</span>"
                    + "<span class=\"ctl\" title=\"control character\">\\u007F</span>"
                    + "<span class=\"ctl\" title=\"control character\">\\uFFFF</span>"
                    + "<span class=\"ctl\" title=\"control character\">\\uDC00</span>\uD83D\uDE00\n</span>");
        }
    }

    @Nested
    @DisplayName("refuses")
    class Refuses {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"onclick", "style", "src", "href", "ONCLICK", "a b", "x\"y"})
        @DisplayName("attributes outside its list")
        void attributes(String name) {
            assertThatThrownBy(() -> new HtmlWriter(8).start("a").attr(name, "x"))
                    .isInstanceOf(IllegalStateException.class);
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {"javascript:alert(1)", "JAVASCRIPT:x", " /x", "//evil/", "/\\evil/", "data:,x",
            "slumber://a/", "/a b", "/a\u0000", "http://", "", "vbscript:x", "\u0000/x"})
        @DisplayName("links to anything but absolute paths and http(s) URLs")
        void links(String url) {
            assertThat(HtmlWriter.isLinkable(url)).isFalse();
            assertThatThrownBy(() -> new HtmlWriter(8).start("a").href(url)).isInstanceOf(IllegalStateException.class);
        }

        @Test
        @DisplayName("elements inside the title and odd element names")
        void elements() {
            assertThatThrownBy(() -> new HtmlWriter(8).start("title").start("b"))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> new HtmlWriter(8).start("script x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new HtmlWriter(8).start("")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/slumber/x/?a=1&b=2", "http://localhost:8000/x/", "HTTPS://example.com",
        "/caf\u00E9/"})
    @DisplayName("links absolute paths and http(s) URLs")
    void linkable(String url) {
        assertThat(HtmlWriter.isLinkable(url)).isTrue();
        assertThat(body(new HtmlWriter(8).start("a").href(url).text("x"))).startsWith("<a href=\"");
    }

    @Test
    @DisplayName("closes what is open, void elements self-closed")
    void finish() {
        HtmlWriter writer = new HtmlWriter(8);
        writer.start("html").start("head").empty("meta").attr("charset", "utf-8").start("body").start("p").text("x");
        assertThat(body(writer)).isEqualTo("<html><head><meta charset=\"utf-8\"/><body><p>x</p>\n</body>\n</head>\n"
                + "</html>\n");
    }
}
