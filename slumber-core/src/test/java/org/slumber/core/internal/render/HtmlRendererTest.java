package org.slumber.core.internal.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.core.internal.render.Documents.answer;
import static org.slumber.core.internal.render.Documents.map;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slumber.core.internal.render.Answer.Crumb;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

@DisplayName("HtmlRenderer")
class HtmlRendererTest {

    private static final HtmlRenderer HTML = new HtmlRenderer();
    private static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "title", "style", "body", "header",
            "nav", "ol", "li", "a", "p", "span", "main", "h1", "h2", "dl", "dt", "dd", "table", "thead", "tbody",
            "tr", "th", "td", "pre", "div", "footer");
    /** A tag as the writer writes them: a fixed name, attributes always double-quoted. */
    private static final Pattern TAG = Pattern.compile("<(?:/[a-z0-9]+|[a-z0-9]+(?: [a-z-]+=\"[^\"<>]*\")*/?)>");
    private static final String INSTANCE = "/slumber/pizzas/slumber_examples/Pizza/data/1/";

    private static String text(Answer answer) {
        return new String(HTML.render(answer), StandardCharsets.UTF_8);
    }

    private static Document page(Answer answer) {
        return Markup.parse(HTML.render(answer), true);
    }

    private static List<String> hrefs(Document page) {
        return Markup.all(page, "a").stream().map(a -> a.getAttribute("href")).toList();
    }

    @Nested
    @DisplayName("given a hostile document")
    class Hostile {

        private final Answer answer = new Answer(500, Documents.hostile(), List.of("X-Odd", Documents.IMG),
                Documents.SCRIPT, false, "/slumber/\"><script>x</script>/a b/");

        @Test
        @DisplayName("writes a well-formed XHTML-compatible page of known elements, no handlers")
        void wellFormed() {
            Document page = page(answer);
            assertThat(page.getDocumentElement().getTagName()).isEqualTo("html");
            for (Element element : Markup.all(page, "*")) {
                assertThat(element.getTagName()).isIn(ELEMENTS);
                NamedNodeMap attributes = element.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    assertThat(attributes.item(i).getNodeName()).doesNotStartWith("on").isNotEqualTo("src")
                            .isNotEqualTo("style");
                }
            }
        }

        @Test
        @DisplayName("has every < start a known tag with quoted attributes, and no raw script")
        void everyAngleIsATag() {
            String html = text(answer);
            assertThat(html).startsWith("<!DOCTYPE html>\n").doesNotContainIgnoringCase("<script")
                    .doesNotContainIgnoringCase("<img").contains("&lt;script&gt;", "&quot;&gt;&lt;img");
            Matcher tags = TAG.matcher(html);
            int from = "<!DOCTYPE html>".length();
            for (int at = html.indexOf('<', from); at >= 0; at = html.indexOf('<', at + 1)) {
                assertThat(tags.region(at, html.length()).lookingAt())
                        .as("markup at %d: %s", at, html.substring(at, Math.min(html.length(), at + 60))).isTrue();
                assertThat(tags.group()).matches("</?(" + String.join("|", ELEMENTS) + ")[ />].*");
            }
        }

        @Test
        @DisplayName("shows each string's text exactly, escaped")
        void textSurvives() {
            Document page = page(answer);
            List<String> strings = Markup.withClass(page, "string").stream().map(Element::getTextContent).toList();
            assertThat(strings).contains(Documents.SCRIPT, Documents.IMG, Documents.NON_ASCII,
                    "\"double\" and 'single' & <angle> brackets", "a]]>b ]]> <![CDATA[x]]>",
                    "-- <!-- not a comment --> --", "&amp; &lt; &#x41; &#0; &nbsp;");
            List<String> keys = Markup.all(page, "dt").stream().map(Element::getTextContent).toList();
            assertThat(keys).contains(Documents.SCRIPT, Documents.IMG, "a b", "1st", "_x0041_", "(empty key)");
        }

        @Test
        @DisplayName("marks the empty string, and only it, as empty-string, styled to show it")
        void emptyString() {
            Document page = page(answer);
            assertThat(Markup.withClass(page, "empty-string")).singleElement().satisfies(span -> {
                assertThat(span.getAttribute("class")).isEqualTo("v string empty-string");
                assertThat(span.getTextContent()).isEmpty();
            });
            assertThat(HtmlStyle.CSS).contains(".v.empty-string::after{content:\"(empty string)\"");
        }

        @Test
        @DisplayName("marks control characters and writes none raw")
        void controls() {
            String html = text(answer);
            assertThat(html.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F))
                    .isEmpty();
            assertThat(html).doesNotContain("\uFFFE", "\uFFFF");
            List<String> marked = Markup.withClass(page(answer), "ctl").stream().map(Element::getTextContent).toList();
            assertThat(marked).contains("\\u0000", "\\u0001", "\\u000D", "\\u001F", "\\uFFFE", "\\uD800",
                    "\\uDC00");
        }

        @Test
        @DisplayName("links only absolute paths and http(s) URLs, never javascript:")
        void links() {
            List<String> hrefs = hrefs(page(answer));
            assertThat(hrefs).isNotEmpty().allMatch(href -> href.matches("(/(?![/\\\\])|https?://)\\S+"))
                    .noneMatch(href -> href.toLowerCase().contains("javascript"))
                    .contains("https://example.com/?a=1&b=<2>", "/slumber/a/\"onmouseover=\"alert(1)")
                    .doesNotContain("//evil.example/", "/\\evil.example/", "slumber://pizzas/x/");
            assertThat(text(answer)).contains("href=\"https://example.com/?a=1&amp;b=&lt;2&gt;\"",
                    "href=\"/slumber/a/&quot;onmouseover=&quot;alert(1)\"");
        }

        @Test
        @DisplayName("shows nesting 64 deep, the deepest part as JSON text")
        void deep() {
            Document page = page(answer);
            assertThat(Markup.withClass(page, "json")).singleElement()
                    .satisfies(pre -> assertThat(pre.getTextContent()).contains("\"leaf\":\"bottom <b>\""));
        }
    }

    @Nested
    @DisplayName("copes with size")
    class Size {

        @Test
        @DisplayName("a 1 MB string, wrapped by the style sheet")
        void longString() {
            String big = "<&>".repeat(350_000);
            Document page = page(answer(200, map("big", big), "/"));
            assertThat(Markup.withClass(page, "string")).extracting(Element::getTextContent)
                    .containsExactly(big, "OK", "service");
            assertThat(Markup.all(page, "style").get(0).getTextContent()).contains("overflow-wrap:anywhere");
        }

        @Test
        @DisplayName("nesting 5000 deep without a stack overflow")
        void veryDeep() {
            Document page = page(answer(200, Documents.nested(5000), "/"));
            assertThat(Markup.withClass(page, "json")).singleElement().extracting(Element::getTextContent)
                    .isEqualTo("(nested too deeply to show)");
        }
    }

    @Nested
    @DisplayName("shows where the reader is")
    class Location {

        @Test
        @DisplayName("as the answer's breadcrumbs, each linking to its URL, the last one current")
        void breadcrumbs() {
            List<Crumb> crumbs = List.of(new Crumb("slumber", "/slumber/"), new Crumb("pizzas", "/slumber/pizzas/"),
                    new Crumb("django.contrib.auth", "/slumber/pizzas/django/contrib/auth/"),
                    new Crumb("Pizza <&>", "/slumber/pizzas/slumber_examples/Pizza/"), new Crumb("1", INSTANCE));
            Document page = page(new Answer(200, map("display", "Margherita"), List.of(), "service", false, INSTANCE,
                    crumbs));
            Element nav = Markup.withClass(page, "crumbs").get(0);
            List<Element> links = Markup.children(Markup.children(nav).get(0)).stream()
                    .map(li -> Markup.children(li).get(0)).toList();
            assertThat(links).extracting(Element::getTextContent)
                    .containsExactly("slumber", "pizzas", "django.contrib.auth", "Pizza <&>", "1");
            assertThat(links).extracting(a -> a.getAttribute("href")).containsExactlyElementsOf(
                    crumbs.stream().map(Crumb::url).toList());
            assertThat(links).extracting(a -> a.getAttribute("aria-current")).containsExactly("", "", "", "", "page");
            assertThat(text(new Answer(200, map(), List.of(), "service", false, INSTANCE, crumbs)))
                    .contains(">Pizza &lt;&amp;&gt;</a>").doesNotContain("Pizza <&>");
            assertThat(Markup.all(page, "title").get(0).getTextContent()).isEqualTo("Margherita \u00B7 200 OK \u00B7 Slumber");
            assertThat(Markup.all(page, "h1").get(0).getTextContent()).isEqualTo("Margherita");
        }

        @Test
        @DisplayName("headed by the last crumb's label when the document has no display or name")
        void headingFromCrumb() {
            Document page = page(new Answer(200, map(), List.of(), "service", false, "/slumber/pizzas/django/contrib/auth/",
                    List.of(new Crumb("slumber", "/slumber/"),
                            new Crumb("django.contrib.auth", "/slumber/pizzas/django/contrib/auth/"))));
            assertThat(Markup.all(page, "h1").get(0).getTextContent()).isEqualTo("django.contrib.auth");
        }

        @ParameterizedTest(name = "path \"{0}\" as {1}")
        @CsvSource(delimiter = '|', value = {"/slumber/pizzas | pizzas", "/ | /", "//a//b/ | b", "'' | /",
            "/caf%C3%A9/a+b/ | a+b", "/x/caf%C3%A9/ | caf\u00E9", "/x/%zz/ | %zz"})
        @DisplayName("without breadcrumbs, as the path alone, its last segment decoded")
        void pathAlone(String path, String label) {
            Document page = page(answer(200, map(), path));
            Element nav = Markup.withClass(page, "crumbs").get(0);
            assertThat(Markup.children(Markup.children(nav).get(0))).singleElement().extracting(Element::getTextContent).isEqualTo(label);
            assertThat(Crumb.here(path)).isEqualTo(new Crumb(label, path.isEmpty() ? "/" : path));
        }
    }

    @Nested
    @DisplayName("shows the status")
    class Status {

        @ParameterizedTest(name = "{0} as {1}")
        @CsvSource({"200, ok, OK", "201, ok, Created", "301, redirect, Moved Permanently", "404, client-error, Not Found",
            "405, client-error, Method Not Allowed", "503, server-error, Service Unavailable"})
        @DisplayName("with its code, reason and class")
        void status(int code, String cssClass, String reason) {
            Element status = Markup.withClass(page(answer(code, map(), "/x/")), "status").get(0);
            assertThat(status.getAttribute("class")).isEqualTo("status " + cssClass);
            assertThat(status.getTextContent()).isEqualTo(code + " " + reason);
        }

        @Test
        @DisplayName("with the error text prominent on an error page")
        void error() {
            Document page = page(answer(404, map("error", "No Pizza <1> & \"that\""), "/x/"));
            Element error = Markup.withClass(page, "error").get(0);
            assertThat(error.getTagName()).isEqualTo("p");
            assertThat(error.getAttribute("role")).isEqualTo("alert");
            assertThat(error.getTextContent()).isEqualTo("No Pizza <1> & \"that\"");
        }

        @Test
        @DisplayName("with where a redirect leads")
        void redirect() {
            Answer answer = new Answer(301, map(), List.of("Location", "/slumber/pizzas/"), null, false, "/slumber/pizzas");
            Element moved = Markup.withClass(page(answer), "moved").get(0);
            assertThat(moved.getTextContent()).isEqualTo("Moved to /slumber/pizzas/");
            assertThat(Markup.all(moved.getOwnerDocument(), "a")).extracting(a -> a.getAttribute("href"))
                    .contains("/slumber/pizzas/");
        }

        @Test
        @DisplayName("and _meta in the footer")
        void meta() {
            Answer answer = new Answer(200, map(), List.of("Allow", "GET, OPTIONS"), "service", false, "/x/");
            Element footer = Markup.all(page(answer), "footer").get(0);
            assertThat(footer.getTextContent()).contains("_meta", "status", "200", "username", "service", "Allow",
                    "GET, OPTIONS");
            assertThat(text(answer)).contains("<p class=\"nothing\">Empty document</p>");
        }
    }

    @Nested
    @DisplayName("renders values")
    class Values {

        @Test
        @DisplayName("tagged with their JSON type, so \"1\" and 1 differ")
        void types() {
            Document page = page(answer(200, map("values", java.util.Arrays.asList("1", 1L, true, null,
                    new java.math.BigDecimal("1.50"), Double.NaN, map(), List.of())), "/"));
            List<String> classes = Markup.children(Markup.all(page, "ol").get(1)).stream()
                    .map(li -> Markup.children(li).get(0).getAttribute("class")).toList();
            assertThat(classes).containsExactly("v string", "v number", "v boolean", "v null", "v string", "v null",
                    "v object", "v array");
            assertThat(Markup.all(page, "style").get(0).getTextContent()).contains(".v.string::before{content:\"str\"}",
                    ".v.number::before{content:\"num\"}");
            assertThat(Markup.all(page, "ol").get(1).getAttribute("start")).isEqualTo("0");
        }

        @Test
        @DisplayName("objects as definition lists and arrays as ordered lists")
        void structure() {
            String html = text(answer(200, map("a", map("b", List.of("c"))), "/"));
            assertThat(html).contains("<dl><dt>a</dt><dd><dl><dt>b</dt><dd><ol start=\"0\"><li><span class=\"v string\""
                    + " title=\"string\">c</span></li></ol>");
        }

        @Test
        @DisplayName("URL strings as plain links to the same URL, slumber: and javascript: ones as text")
        void links() {
            Document page = page(answer(200, map("type", "/slumber/pizzas/slumber_examples/Pizza/",
                    "remote", "http://localhost:8000/slumber/x/", "slumber", "slumber://pizzas/x/",
                    "script", Documents.JAVASCRIPT), "/"));
            assertThat(hrefs(page)).contains("/slumber/pizzas/slumber_examples/Pizza/",
                    "http://localhost:8000/slumber/x/").doesNotContain("slumber://pizzas/x/", Documents.JAVASCRIPT);
            assertThat(Markup.all(page, "a")).isNotEmpty().allSatisfy(a -> assertThat(a.hasAttribute("rel"))
                    .as("a plain link to %s", a.getAttribute("href")).isFalse());
            assertThat(Markup.withClass(page, "string")).extracting(Element::getTextContent)
                    .contains("slumber://pizzas/x/", Documents.JAVASCRIPT);
        }

        @Test
        @DisplayName("next_page with a labelled Next page link too")
        void nextPage() {
            String next = "/slumber/pizzas/slumber_examples/Pizza/instances/?start_after=3";
            Document page = page(answer(200, map("page", List.of(), "next_page", next), "/"));
            Element pager = Markup.withClass(page, "pager").get(0);
            Element link = Markup.children(pager).get(0);
            assertThat(link.getTextContent()).startsWith("Next page");
            assertThat(link.getAttribute("href")).isEqualTo(next);
            assertThat(link.getAttribute("rel")).isEqualTo("next");
            assertThat(Markup.all(page, "a").stream().filter(a -> a.getAttribute("href").equals(next))).hasSize(2);
        }

        @Test
        @DisplayName("HAL's _links.next.href as the Next page link, and no _meta")
        void halNextPage() {
            Map<String, Object> body = map("_links", map("self", map("href", "/slumber/shops/mount2/"),
                    "next", map("href", "/slumber/shops/mount2/?lpk=6")), "_embedded", map("page", List.of()));
            Document page = page(new Answer(200, body, List.of(), "service", true, "/slumber/shops/mount2/"));
            Element link = Markup.children(Markup.withClass(page, "pager").get(0)).get(0);
            assertThat(link.getAttribute("href")).isEqualTo("/slumber/shops/mount2/?lpk=6");
            assertThat(Markup.all(page, "footer").get(0).getTextContent()).doesNotContain("_meta");
        }

        @Test
        @DisplayName("no Next page link without a safe next page")
        void noNextPage() {
            assertThat(Markup.withClass(page(answer(200, map("next_page", Documents.JAVASCRIPT), "/")), "pager"))
                    .isEmpty();
        }
    }

    @Nested
    @DisplayName("shows fields as a table")
    class Fields {

        @Test
        @DisplayName("for model metadata: name, kind, type (linked) and other details")
        void metadata() {
            Map<String, Object> fields = map(
                    "id", map("name", "id", "kind", "value", "type", "java.lang.Long", "verbose_name", "id"),
                    "exclusive_to", map("name", "exclusive_to", "kind", "object",
                            "type", "/slumber/pizzas/slumber_examples/Shop/", "verbose_name", "exclusive to"),
                    "web_address", map("name", "web_address", "kind", "property",
                            "type", "slumber_examples.Shop.web_address", "readonly", true));
            Document page = page(answer(200, map("name", "Pizza", "fields", fields), "/slumber/pizzas/x/Pizza/"));
            Element table = Markup.withClass(page, "fields").get(0);
            assertThat(Markup.all(page, "th").stream().filter(th -> th.getAttribute("scope").equals("col")))
                    .extracting(Element::getTextContent).containsExactly("Field", "Kind", "Type", "Details");
            List<Element> rows = Markup.children(Markup.children(table).get(1));
            assertThat(rows).extracting(row -> Markup.children(row).get(0).getTextContent())
                    .containsExactly("id", "exclusive_to", "web_address");
            assertThat(rows).extracting(row -> Markup.children(row).get(1).getTextContent())
                    .containsExactly("value", "object", "property");
            assertThat(rows).extracting(row -> Markup.children(row).get(2).getTextContent())
                    .containsExactly("java.lang.Long", "/slumber/pizzas/slumber_examples/Shop/",
                            "slumber_examples.Shop.web_address");
            assertThat(rows.get(2).getTextContent()).contains("readonly", "true");
            assertThat(hrefs(page)).contains("/slumber/pizzas/slumber_examples/Shop/");
        }

        @Test
        @DisplayName("for instance data, with a value column")
        void instance() {
            Map<String, Object> fields = map("id", map("data", 1L, "kind", "value", "type", "java.lang.Long"),
                    "exclusive_to", map("data", map("display", "Home", "data", "/slumber/s/Shop/data/3/"),
                            "kind", "object", "type", "/slumber/s/Shop/"));
            Document page = page(answer(200, map("fields", fields), INSTANCE));
            assertThat(Markup.all(page, "th").stream().filter(th -> th.getAttribute("scope").equals("col")))
                    .extracting(Element::getTextContent).containsExactly("Field", "Kind", "Type", "Value");
            assertThat(hrefs(page)).contains("/slumber/s/Shop/data/3/", "/slumber/s/Shop/");
        }

        @Test
        @DisplayName("not for fields that have no kind")
        void notFields() {
            assertThat(Markup.withClass(page(answer(200, map("fields", map("a", map("b", 1L))), "/")), "fields"))
                    .isEmpty();
        }
    }

    @Test
    @DisplayName("is a styled page for phones, labelled text/html in UTF-8")
    void page() {
        Answer answer = answer(200, map(), "/");
        assertThat(HTML.contentType(answer)).isEqualTo("text/html; charset=utf-8");
        String html = text(answer);
        assertThat(html).contains("<meta charset=\"utf-8\"/>",
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>", "<style>",
                "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">");
        assertThat(HtmlStyle.CSS).doesNotContain("<", "&");
    }
}
