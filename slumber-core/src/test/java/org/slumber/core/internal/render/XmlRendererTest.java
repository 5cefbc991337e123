package org.slumber.core.internal.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.core.internal.render.Documents.answer;
import static org.slumber.core.internal.render.Documents.map;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@DisplayName("XmlRenderer")
class XmlRendererTest {

    private static final XmlRenderer XML = new XmlRenderer("application/xml");

    private static Document parse(Answer answer) {
        return Markup.parse(XML.render(answer), false);
    }

    /** The document plus _meta, as the JSON view has it. */
    private static Object expected(Answer answer) {
        Map<String, Object> document = new LinkedHashMap<>(answer.body());
        if (!answer.hal()) {
            document.put("_meta", answer.meta());
        }
        return Documents.jsonView(document);
    }

    private static void assertReversible(Answer answer) {
        Document document = parse(answer);
        Map<String, Object> decoded = Markup.decodeXml(document.getDocumentElement());
        Object expected = expected(answer);
        // compared as text first: AssertJ's description of a 64-deep map on failure takes forever
        assertThat(decoded.toString()).isEqualTo(expected.toString());
        assertThat(decoded.equals(expected)).as("same values and types").isTrue();
    }

    @Nested
    @DisplayName("labels")
    class Labels {

        @Test
        @DisplayName("its answers with the media type it was made for, in UTF-8")
        void contentType() {
            Answer answer = answer(200, map(), "/");
            assertThat(XML.contentType(answer)).isEqualTo("application/xml; charset=utf-8");
            assertThat(new XmlRenderer("text/xml").contentType(answer)).isEqualTo("text/xml; charset=utf-8");
        }

        @Test
        @DisplayName("the XML declaration with UTF-8 and writes UTF-8 bytes")
        void declaration() {
            byte[] bytes = XML.render(answer(200, map("name", "\u00E9t\u00E9 \uD83C\uDF55"), "/"));
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                    .contains("<name type=\"string\">\u00E9t\u00E9 \uD83C\uDF55</name>");
        }
    }

    @Nested
    @DisplayName("writes the document")
    class Shape {

        @Test
        @DisplayName("under <root>, one typed element per key, items as <item>, then _meta")
        void shape() {
            Map<String, Object> body = map("name", "Pizza", "id", 1L, "on", true, "none", null,
                    "price", new java.math.BigDecimal("12.50"), "tags", List.of("a", 2), "nested", map("k", "v"));
            Element root = parse(new Answer(200, body, List.of("Allow", "GET"), "service", false, "/"))
                    .getDocumentElement();
            assertThat(root.getTagName()).isEqualTo("root");
            assertThat(Markup.children(root)).extracting(Element::getTagName)
                    .containsExactly("name", "id", "on", "none", "price", "tags", "nested", "_meta");
            assertThat(Markup.children(root)).extracting(element -> element.getAttribute("type"))
                    .containsExactly("string", "number", "boolean", "null", "string", "array", "object", "object");
            Element tags = Markup.children(root).get(5);
            assertThat(Markup.children(tags)).extracting(Element::getTagName).containsExactly("item", "item");
            assertThat(Markup.children(tags)).extracting(Element::getTextContent).containsExactly("a", "2");
            Element meta = Markup.children(root).get(7);
            assertThat(Markup.children(meta)).extracting(Element::getTagName)
                    .containsExactly("status", "message", "username", "headers");
            assertThat(meta.getTextContent()).contains("200", "OK", "service", "GET");
        }

        @Test
        @DisplayName("of a HAL answer under <instances>, without _meta")
        void hal() {
            Map<String, Object> body = map("_links", map("next", map("href", "/x/?lpk=6")),
                    "_embedded", map("page", List.of(map("display", "Shop 15"))));
            Answer answer = new Answer(200, body, List.of(), "service", true, "/");
            Element root = parse(answer).getDocumentElement();
            assertThat(root.getTagName()).isEqualTo("instances");
            assertThat(Markup.children(root)).extracting(Element::getTagName).containsExactly("_links", "_embedded");
            assertReversible(answer);
        }

        @Test
        @DisplayName("of an empty error answer with its _meta")
        void error() {
            Answer answer = answer(404, map("error", "No <Pizza> & no \"Shop\""), "/x/");
            assertReversible(answer);
            assertThat(parse(answer).getDocumentElement().getTextContent()).contains("No <Pizza> & no \"Shop\"");
        }
    }

    @Nested
    @DisplayName("given a hostile document")
    class Hostile {

        private final Answer answer = answer(200, Documents.hostile(), "/slumber/");

        @Test
        @DisplayName("writes well-formed XML that reads back to exactly the document")
        void reversible() {
            assertReversible(answer);
        }

        @Test
        @DisplayName("escapes markup in text and writes no raw control character")
        void escaped() {
            String text = new String(XML.render(answer), StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("<script", "<img", "<![CDATA[", "<!--", "]]>")
                    .contains("&lt;script&gt;", "a]]&gt;b");
            assertThat(text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t')).isEmpty();
            assertThat(text).doesNotContain("\uFFFE", "\uFFFF", "\uFFFD");
        }

        @Test
        @DisplayName("marks only the texts it had to escape")
        void marks() {
            Document document = parse(answer);
            List<String> escaped = Markup.all(document, "*").stream()
                    .filter(element -> element.hasAttribute("escaped"))
                    .map(element -> XmlCodec.decodeName(element.getTagName())).toList();
            assertThat(escaped).containsExactlyInAnyOrder("controls", "backslashes", "noncharacters",
                    "lone surrogates", "carriage return");
            Element backslashes = Markup.all(document, "backslashes").get(0);
            assertThat(backslashes.getTextContent()).isEqualTo("\\\\u0041 \\\\\\\\ \\\\\\u0001\\\\u0001");
        }

        @Test
        @DisplayName("escapes keys that are no XML names")
        void keys() {
            Element root = parse(answer).getDocumentElement();
            List<String> names = Markup.children(root).stream().map(Element::getTagName).toList();
            assertThat(names).contains("_x0031_st", "a_x0020_b", "_x0078_mlFoo", "_x005F_x0041_", "_x_",
                    "_x0001F600_", "_x003C_script_x003E_alert_x0028__x0027_x_x0027__x0029__x003C__x002F_script_x003E_");
            assertThat(names).allMatch(name -> name.matches("[A-Za-z_][A-Za-z0-9_.-]*"));
        }
    }

    @Nested
    @DisplayName("copes with size")
    class Size {

        @Test
        @DisplayName("a 1 MB string with a control character in it")
        void longString() {
            String big = "<&>".repeat(350_000) + "\u0007";
            Answer answer = answer(200, map("big", big), "/");
            Element element = Markup.all(parse(answer), "big").get(0);
            assertThat(element.getAttribute("escaped")).isEqualTo("true");
            assertThat(XmlCodec.unescapeText(element.getTextContent())).isEqualTo(big);
        }

        @Test
        @DisplayName("nesting 64 deep, read back exactly")
        void deep() {
            assertReversible(answer(200, Documents.nested(64), "/"));
        }

        @Test
        @DisplayName("nesting 5000 deep without a stack overflow")
        void veryDeep() {
            Answer answer = answer(200, Documents.nested(5000), "/");
            Document document = parse(answer);
            assertThat(Markup.all(document, "leaf")).singleElement()
                    .extracting(Element::getTextContent).isEqualTo("bottom <b>");
            assertThat(Markup.all(document, "level")).hasSize(2500);
        }
    }
}
