package org.slumber.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.examples.browser.BrowsableExample.APP;
import static org.slumber.examples.browser.BrowsableExample.BROWSER_ACCEPT;
import static org.slumber.examples.browser.BrowsableExample.HAL;
import static org.slumber.examples.browser.BrowsableExample.HTML_TYPE;
import static org.slumber.examples.browser.BrowsableExample.JSON_TYPE;
import static org.slumber.examples.browser.BrowsableExample.ROOT;
import static org.slumber.examples.browser.BrowsableExample.data;
import static org.slumber.examples.browser.BrowsableExample.model;
import static org.slumber.examples.browser.BrowsableExample.shopData;
import static org.slumber.examples.browser.Markup.element;
import static org.slumber.examples.browser.Markup.elements;
import static org.slumber.examples.browser.Markup.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slumber.examples.browser.BrowsableExample.Answer;
import org.slumber.examples.browser.BrowsableExample.Client;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The HTML and XML views of every kind of document, over real HTTP against the running pizza
 * example (wire-protocol.md, "Content negotiation"; auth.md, "Other ways in"): the right
 * Content-Type, the same status as the JSON answer, HTML that parses as XML and shows what the
 * JSON holds, well-formed XML that holds exactly what the JSON holds, hostile text escaped, and
 * HTTP Basic for people browsing.
 */
@DisplayName("HTML and XML views over HTTP")
class HtmlAndXmlOverHttpTest {

    private static final String HOSTILE = "<script>alert(1)</script>\"'&";
    private static final String TEXT_XML_TYPE = "text/xml; charset=utf-8";
    private static final String APPLICATION_XML_TYPE = "application/xml; charset=utf-8";
    private static final String FOST_CHALLENGE = "FOST Realm=\"Slumber\"";
    private static final String BASIC_CHALLENGE = "Basic realm=\"Slumber\"";

    private static BrowsableExample example;
    private static Client signed;
    private static Client anonymous;
    private static int shop;
    private static int pizza;
    private static int hostilePizza;
    /** The dates of the pizza's 12 prices, newest key first (the order pages use). */
    private static final List<String> PRICE_DATES = new ArrayList<>();

    @BeforeAll
    static void start() {
        example = BrowsableExample.start();
        signed = example.signed();
        anonymous = example.anonymous();
        shop = BrowsableExample.shop(signed, "Home", "home");
        for (int i = 1; i <= 11; i++) {
            BrowsableExample.shop(signed, String.format("Shop %02d", i), String.format("shop-%02d", i));
        }
        pizza = BrowsableExample.pizza(signed, "Margherita", shop);
        for (int day = 1; day <= 12; day++) {
            String date = String.format("2024-01-%02d", day);
            BrowsableExample.price(signed, pizza, date);
            PRICE_DATES.add(0, date);
        }
        hostilePizza = BrowsableExample.pizza(signed, HOSTILE, null);
    }

    @AfterAll
    static void stop() {
        if (example != null) {
            example.close();
        }
    }

    // ---- fetching and common checks ----

    /** An HTML answer, parsed. */
    private record Page(Answer answer, Document document) {

        Element main() {
            return element(document, "/html/body/main");
        }

        String h1() {
            return text(element(document, "/html/body/main/h1"));
        }

        String describe() {
            return answer.describe();
        }
    }

    private static Page html(Client client, String path, int status) {
        return html(client, "GET", path, null, "text/html", status);
    }

    /**
     * Requests the HTML view and checks what every page must be: the status the JSON answer has
     * too, {@code text/html; charset=utf-8}, markup that parses as XML with the page's skeleton,
     * the status shown, breadcrumbs ending at the request path, no script and only safe links.
     */
    private static Page html(Client client, String method, String path, String body, String accept, int status) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", accept);
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        Answer answer = client.send(method, path, body, headers);
        assertThat(answer.status()).as(answer.describe()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(answer.describe()).isEqualTo(HTML_TYPE);
        assertThat(answer.headers("Vary")).as(answer.describe()).anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept"));
        assertSameStatusAsJson(client, method, path, body, answer);
        Document document = Markup.xhtml(answer.text());
        assertThat(answer.text()).as("an HTML5 document").startsWith("<!DOCTYPE html>");
        Page page = new Page(answer, document);
        String reason = Reasons.reason(status);
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("html");
        assertThat(document.getDocumentElement().getAttribute("lang")).isEqualTo("en");
        assertThat(elements(document, "/html/head/meta[@charset='utf-8']")).as(answer.describe()).hasSize(1);
        assertThat(text(element(document, "/html/head/title"))).as(answer.describe())
                .contains(status + " " + reason);
        Element statusLine = element(document, "/html/body/header/p[contains(concat(' ', @class, ' '), ' status ')]");
        assertThat(text(statusLine)).as(answer.describe()).isEqualTo(status + " " + reason);
        assertThat(statusLine.getAttribute("class")).as(answer.describe())
                .isEqualTo("status " + (status < 300 ? "ok" : status < 400 ? "redirect" : status < 500
                        ? "client-error" : "server-error"));
        assertThat(page.h1()).as(answer.describe()).isNotEmpty();
        List<Element> crumbs = elements(document, "/html/body/header/nav[@class='crumbs']/ol/li/a");
        assertThat(crumbs).as(answer.describe()).isNotEmpty();
        Element last = crumbs.get(crumbs.size() - 1);
        String rawPath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        assertThat(last.getAttribute("href")).as("the last breadcrumb is this page: " + answer.describe())
                .isEqualTo(rawPath);
        assertThat(last.getAttribute("aria-current")).isEqualTo("page");
        assertThat(elements(document, "/html/body/footer")).hasSize(1);
        assertNoActiveContent(answer, document);
        return page;
    }

    /** No script, no event handlers, no style attributes, and links only to paths or http(s). */
    private static void assertNoActiveContent(Answer answer, Document document) {
        assertThat(elements(document, "//script | //iframe | //object | //embed | //form")).as(answer.describe()).isEmpty();
        assertThat(Markup.string(document, "count(//@*[starts-with(name(), 'on') or name() = 'style'])"))
                .as("no event handler or style attributes: " + answer.describe()).isEqualTo("0");
        for (Element link : elements(document, "//a")) {
            String href = link.getAttribute("href");
            assertThat(href.startsWith("/") && !href.startsWith("//") || href.startsWith("http://")
                    || href.startsWith("https://")).as("a safe link: %s in %s", href, answer.request()).isTrue();
        }
    }

    /** Requests the XML view with this Accept header and checks the Content-Type and the status. */
    private static Document xml(Client client, String method, String path, String body, String accept, int status) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", accept);
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        Answer answer = client.send(method, path, body, headers);
        assertThat(answer.status()).as(answer.describe()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(answer.describe()).isEqualTo(accept + "; charset=utf-8");
        assertThat(answer.text()).as(answer.describe()).startsWith("<?xml");
        Answer json = assertSameStatusAsJson(client, method, path, body, answer);
        Document document = Markup.xml(answer.text());
        if (json.json() instanceof Map<?, ?> jsonBody) {
            assertThat(fromXml(document.getDocumentElement())).as("the XML holds what the JSON holds: " + answer.describe()
                    + "\nJSON: " + json.text()).isEqualTo(normalize(jsonBody));
        }
        return document;
    }

    private static Document xml(Client client, String path, int status) {
        return xml(client, "GET", path, null, "text/xml", status);
    }

    /** The same request as JSON (no Accept header) must have the same status; returns it. */
    private static Answer assertSameStatusAsJson(Client client, String method, String path, String body, Answer other) {
        Answer json = client.send(method, path, body, body == null ? Map.of() : Map.of("Content-Type", "application/json"));
        assertThat(json.header("Content-Type")).as(json.describe()).isEqualTo(JSON_TYPE);
        assertThat(other.status()).as("the same status as JSON (%s) for %s", json.describe(), other.request())
                .isEqualTo(json.status());
        for (String header : List.of("Allow", "WWW-Authenticate", "Location")) {
            assertThat(other.headers(header)).as("header %s as JSON has it: %s", header, other.describe())
                    .isEqualTo(json.headers(header));
        }
        return json;
    }

    /** The JSON document an XML element stands for, read back by its type attributes. */
    private static Object fromXml(Element element) {
        String type = element.getAttribute("type");
        boolean isRoot = element.getParentNode() instanceof Document;
        if (isRoot || type.equals("object")) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (Element child : children(element)) {
                assertThat(object).as("no repeated key %s", child.getTagName()).doesNotContainKey(child.getTagName());
                object.put(child.getTagName(), fromXml(child));
            }
            return object;
        }
        assertThat(element.getAttribute("escaped")).as("no text here needs escaping").isEmpty();
        switch (type) {
            case "array" -> {
                List<Object> items = new ArrayList<>();
                for (Element child : children(element)) {
                    assertThat(child.getTagName()).isEqualTo("item");
                    items.add(fromXml(child));
                }
                return items;
            }
            case "string" -> {
                assertThat(children(element)).isEmpty();
                return element.getTextContent();
            }
            case "number" -> {
                return new BigDecimal(element.getTextContent());
            }
            case "boolean" -> {
                assertThat(element.getTextContent()).isIn("true", "false");
                return Boolean.valueOf(element.getTextContent());
            }
            case "null" -> {
                assertThat(element.getTextContent()).isEmpty();
                return null;
            }
            default -> throw new AssertionError("unknown type \"" + type + "\" of <" + element.getTagName() + ">");
        }
    }

    /** A parsed JSON value with numbers as BigDecimal, comparable with {@link #fromXml}. */
    private static Object normalize(Object json) {
        if (json instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put((String) key, normalize(value)));
            return copy;
        }
        if (json instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(normalize(item)));
            return copy;
        }
        if (json instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        return json;
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                children.add(child);
            } else if (node.getNodeType() == Node.TEXT_NODE) {
                assertThat(node.getTextContent().isBlank() || parent.getAttribute("type").matches("string|number|boolean"))
                        .as("no stray text in <%s>", parent.getTagName()).isTrue();
            }
        }
        return children;
    }

    /** The {@code <dd>} holding a member's value in a definition list under {@code context}. */
    private static Element member(Node context, String key) {
        return element(context, "dl/dt[normalize-space(.)='" + key + "']/following-sibling::dd[1]");
    }

    /** The body row of a field in the page's field table. */
    private static Element fieldRow(Page page, String field) {
        return element(page.main(), ".//table[@class='fields']/tbody/tr[th[@scope='row'][normalize-space(.)='" + field + "']]");
    }

    /** The cells of a field's row: Field, Kind, Type, ... as the table's header names them. */
    private static Map<String, Element> cells(Page page, String field) {
        List<Element> heads = elements(page.main(), ".//table[@class='fields']/thead/tr/th");
        Element row = fieldRow(page, field);
        List<Element> cells = elements(row, "th | td");
        assertThat(cells).as("row of %s", field).hasSameSizeAs(heads);
        Map<String, Element> byHead = new LinkedHashMap<>();
        for (int i = 0; i < heads.size(); i++) {
            byHead.put(text(heads.get(i)), cells.get(i));
        }
        return byHead;
    }

    /** The one link inside an element, checked to show its own URL as text. */
    private static String link(Element context) {
        Element a = element(context, ".//a");
        assertThat(text(a)).as("a link shows its URL").isEqualTo(a.getAttribute("href"));
        return a.getAttribute("href");
    }

    /** The {@code _meta} of the page footer as key to text. */
    private static Map<String, String> footerMeta(Page page) {
        assertThat(text(element(page.document(), "/html/body/footer/h2"))).isEqualTo("_meta");
        Map<String, String> meta = new LinkedHashMap<>();
        for (Element dt : elements(page.document(), "/html/body/footer/dl/dt")) {
            meta.put(text(dt), text(element(dt, "following-sibling::dd[1]")));
        }
        return meta;
    }

    private static List<String> challenges(Answer answer) {
        List<String> all = new ArrayList<>();
        for (String value : answer.headers("WWW-Authenticate")) {
            for (String part : value.split(",\\s*(?=(?:FOST|Basic) )")) {
                all.add(part.trim());
            }
        }
        return all;
    }

    // ---- the documents ----

    @Nested
    @DisplayName("the service directory")
    class Directory {

        @Test
        @DisplayName("in HTML links each service to its absolute URL, for anonymous callers too")
        void html_view() {
            Map<?, ?> services = (Map<?, ?>) ((Map<?, ?>) signed.get("/slumber/", null).json()).get("services");
            for (Client client : List.of(signed, anonymous)) {
                Page page = html(client, "/slumber/", 200);
                assertThat(page.h1()).isEqualTo("slumber");
                Element pizzas = member(member(page.main(), "services"), "pizzas");
                assertThat(link(pizzas)).isEqualTo(services.get("pizzas"));
                assertThat(element(pizzas, ".//a").hasAttribute("rel")).as("a plain link").isFalse();
                assertThat(element(pizzas, "span").getAttribute("class")).isEqualTo("v string");
            }
        }

        @Test
        @DisplayName("in XML is <root><services> with each service, as text/xml and application/xml")
        void xml_view() {
            for (String accept : List.of("text/xml", "application/xml")) {
                Document document = xml(anonymous, "GET", "/slumber/", null, accept, 200);
                assertThat(document.getDocumentElement().getTagName()).isEqualTo("root");
                assertThat(Markup.string(document, "/root/services/pizzas/@type")).isEqualTo("string");
                assertThat(Markup.string(document, "/root/services/pizzas")).endsWith("/slumber/pizzas/");
                assertThat(Markup.string(document, "/root/_meta/status")).isEqualTo("200");
            }
        }
    }

    @Nested
    @DisplayName("the application list")
    class ApplicationList {

        @Test
        @DisplayName("in HTML links every app, shows the configuration typed")
        void html_view() {
            Map<?, ?> apps = (Map<?, ?>) ((Map<?, ?>) signed.get(ROOT, null).json()).get("apps");
            Page page = html(signed, ROOT, 200);
            assertThat(page.h1()).isEqualTo("pizzas");
            Element appList = member(page.main(), "apps");
            assertThat(elements(appList, "dl/dt")).extracting(Markup::text)
                    .containsExactlyElementsOf(apps.keySet().stream().map(String::valueOf).toList());
            apps.forEach((name, url) -> assertThat(link(member(appList, (String) name))).isEqualTo(url));
            Element test = member(member(member(page.main(), "configuration"), "slumber_examples"), "test");
            Element value = element(test, "span");
            assertThat(value.getAttribute("class")).isEqualTo("v boolean");
            assertThat(text(value)).isEqualTo("true");
            assertThat(footerMeta(page)).containsEntry("status", "200").containsEntry("message", "OK")
                    .containsEntry("username", "service");
        }

        @Test
        @DisplayName("in XML holds what the JSON holds, dotted app names as element names")
        void xml_view() {
            Document document = xml(signed, ROOT, 200);
            assertThat(Markup.string(document, "/root/apps/slumber_examples")).isEqualTo(APP);
            assertThat(Markup.string(document, "/root/apps/*[name()='slumber_examples.nested1']"))
                    .isEqualTo(APP + "nested1/");
            assertThat(Markup.string(document, "/root/configuration/slumber_examples/test/@type")).isEqualTo("boolean");
        }
    }

    @Nested
    @DisplayName("an app")
    class App {

        @Test
        @DisplayName("in HTML links each model to its metadata")
        void html_view() {
            Page page = html(signed, APP, 200);
            assertThat(page.h1()).isEqualTo("slumber_examples");
            Element models = member(page.main(), "models");
            assertThat(link(member(models, "Pizza"))).isEqualTo(model("Pizza"));
            assertThat(link(member(models, "Shop"))).isEqualTo(model("Shop"));
        }

        @Test
        @DisplayName("in XML holds what the JSON holds")
        void xml_view() {
            Document document = xml(signed, APP, 200);
            assertThat(Markup.string(document, "/root/models/Pizza")).isEqualTo(model("Pizza"));
        }
    }

    @Nested
    @DisplayName("model metadata")
    class ModelMetadata {

        @Test
        @DisplayName("in HTML shows the fields as a table of name, kind and type, and links the operations")
        void html_view() {
            Page page = html(signed, model("Pizza"), 200);
            assertThat(page.h1()).isEqualTo("Pizza");
            assertThat(elements(page.main(), ".//table[@class='fields']/thead/tr/th")).extracting(Markup::text)
                    .startsWith("Field", "Kind", "Type");
            assertThat(elements(page.main(), ".//table[@class='fields']/tbody/tr/th")).extracting(Markup::text)
                    .containsExactly("id", "name", "for_sale", "max_extra_toppings", "exclusive_to");
            Map<String, Element> name = cells(page, "name");
            assertThat(text(name.get("Kind"))).isEqualTo("value");
            assertThat(text(name.get("Type"))).isEqualTo("java.lang.String");
            assertThat(text(cells(page, "for_sale").get("Type"))).isEqualTo("java.lang.Boolean");
            Map<String, Element> shopField = cells(page, "exclusive_to");
            assertThat(text(shopField.get("Kind"))).isEqualTo("object");
            assertThat(link(shopField.get("Type"))).isEqualTo(model("Shop"));
            assertThat(text(cells(page, "for_sale").get("Details"))).contains("verbose_name").contains("for sale");
            Element operations = member(page.main(), "operations");
            assertThat(link(member(operations, "instances"))).isEqualTo(model("Pizza") + "instances/");
            assertThat(text(member(page.main(), "data_arrays"))).isEqualTo("prices");
        }

        @Test
        @DisplayName("in XML holds what the JSON holds")
        void xml_view() {
            Document document = xml(signed, model("Pizza"), 200);
            assertThat(Markup.string(document, "/root/fields/name/kind")).isEqualTo("value");
            assertThat(Markup.string(document, "/root/fields/exclusive_to/type")).isEqualTo(model("Shop"));
            assertThat(Markup.string(document, "/root/puttable/@type")).isEqualTo("array");
            assertThat(Markup.string(document, "/root/puttable/item[2]/item")).isEqualTo("name");
        }
    }

    @Nested
    @DisplayName("instance data")
    class InstanceData {

        @Test
        @DisplayName("in HTML shows each field's value typed, and links URL values")
        void html_view() {
            Page page = html(signed, data("Pizza", pizza), 200);
            assertThat(page.h1()).isEqualTo("Margherita");
            assertThat(text(element(page.document(), "/html/head/title"))).startsWith("Margherita");
            assertThat(link(member(page.main(), "identity"))).isEqualTo(data("Pizza", pizza));
            assertThat(link(member(page.main(), "type"))).isEqualTo(model("Pizza"));
            assertThat(link(member(member(page.main(), "operations"), "order")))
                    .isEqualTo(APP + "Pizza/order/" + pizza + "/");
            assertThat(link(member(member(page.main(), "data_arrays"), "prices")))
                    .isEqualTo(data("Pizza", pizza) + "prices/");
            assertThat(elements(page.main(), ".//table[@class='fields']/thead/tr/th")).extracting(Markup::text)
                    .containsExactly("Field", "Kind", "Type", "Value");
            Map<String, String[]> expected = Map.of("id", new String[] {"number", String.valueOf(pizza)},
                    "name", new String[] {"string", "Margherita"}, "for_sale", new String[] {"boolean", "false"},
                    "max_extra_toppings", new String[] {"null", "null"});
            expected.forEach((field, typeAndText) -> {
                Element value = element(cells(page, field).get("Value"), "span");
                assertThat(value.getAttribute("class")).as(field).isEqualTo("v " + typeAndText[0]);
                assertThat(value.getAttribute("title")).as(field).isEqualTo(typeAndText[0]);
                assertThat(text(value)).as(field).isEqualTo(typeAndText[1]);
            });
            Element foreignKey = cells(page, "exclusive_to").get("Value");
            assertThat(text(member(foreignKey, "display"))).isEqualTo("Home");
            assertThat(link(member(foreignKey, "data"))).as("the FK leads to the Shop's mounted URL")
                    .isEqualTo(shopData(shop));
        }

        @Test
        @DisplayName("in HTML links lead on to the HTML view of the resource")
        void links_lead_to_html() {
            Page page = html(signed, data("Pizza", pizza), 200);
            List<String> hrefs = elements(page.document(), "/html/body/main//a").stream()
                    .map(a -> a.getAttribute("href")).distinct().toList();
            assertThat(hrefs).contains(shopData(shop), model("Pizza"), model("Shop"), data("Pizza", pizza) + "prices/");
            for (String href : hrefs) {
                Answer answer = signed.get(href, BROWSER_ACCEPT);
                assertThat(answer.header("Content-Type")).as(answer.describe()).isEqualTo(HTML_TYPE);
                boolean postOnly = href.contains("/update/") || href.contains("/delete/");
                assertThat(answer.status()).as("following %s: %s", href, answer.describe())
                        .isEqualTo(postOnly ? 405 : 200);
            }
        }

        @Test
        @DisplayName("the FK's mounted Shop page shows the shop, its web address linked")
        void shop_page() {
            Page page = html(signed, shopData(shop), 200);
            assertThat(page.h1()).isEqualTo("Home");
            assertThat(link(member(page.main(), "identity"))).isEqualTo(data("Shop", shop));
            assertThat(text(element(cells(page, "name").get("Value"), "span"))).isEqualTo("Home");
            assertThat(text(element(cells(page, "slug").get("Value"), "span"))).isEqualTo("home");
            Map<String, Element> address = cells(page, "web_address");
            assertThat(text(address.get("Kind"))).isEqualTo("property");
            assertThat(link(address.get("Value"))).isEqualTo("http://www.example.com/home/");
            assertThat(element(address.get("Value"), ".//a").hasAttribute("rel")).as("a plain link").isFalse();
            assertThat(link(member(member(page.main(), "data_arrays"), "pizza")))
                    .isEqualTo(data("Shop", shop) + "pizza/");
        }

        @Test
        @DisplayName("in XML holds what the JSON holds, typed leaves and a null as an empty element")
        void xml_view() {
            Document document = xml(signed, data("Pizza", pizza), 200);
            assertThat(Markup.string(document, "/root/fields/name/data")).isEqualTo("Margherita");
            assertThat(Markup.string(document, "/root/fields/for_sale/data/@type")).isEqualTo("boolean");
            assertThat(Markup.string(document, "/root/fields/max_extra_toppings/data/@type")).isEqualTo("null");
            assertThat(Markup.string(document, "/root/fields/exclusive_to/data/data")).isEqualTo(shopData(shop));
            Document shopDocument = xml(signed, "GET", shopData(shop), null, "application/xml", 200);
            assertThat(Markup.string(shopDocument, "/root/fields/web_address/data"))
                    .isEqualTo("http://www.example.com/home/");
        }
    }

    @Nested
    @DisplayName("paged lists")
    class Pages {

        @Test
        @DisplayName("the instances page lists the pizzas and links the next page")
        void instances() {
            String path = model("Pizza") + "instances/";
            Map<?, ?> json = (Map<?, ?>) signed.get(path, null).json();
            Page page = html(signed, path, 200);
            assertThat(page.h1()).isEqualTo("instances");
            List<Element> items = elements(member(page.main(), "page"), "ol/li");
            assertThat(items).hasSize(2);
            assertThat(text(member(items.get(0), "display"))).isEqualTo(HOSTILE);
            assertThat(link(member(items.get(1), "data"))).isEqualTo(data("Pizza", pizza));
            assertThat(text(member(items.get(1), "display"))).isEqualTo("Margherita");
            Element next = element(page.document(), "/html/body/main/nav[@class='pager']/a[@rel='next']");
            assertThat(next.getAttribute("href")).isEqualTo(json.get("next_page"));
            assertThat(text(next)).startsWith("Next page");

            Page second = html(signed, next.getAttribute("href"), 200);
            assertThat(text(member(second.main(), "page"))).as("an empty page").isEqualTo("[]");
            assertThat(elements(second.document(), "//nav[@class='pager']")).isEmpty();
            xml(signed, path, 200);
        }

        @Test
        @DisplayName("a data array page lists 10 items, the next page the other 2")
        void data_array() {
            String path = data("Pizza", pizza) + "prices/";
            Map<?, ?> json = (Map<?, ?>) signed.get(path, null).json();
            Page page = html(signed, path, 200);
            assertThat(page.h1()).isEqualTo("prices");
            assertThat(link(member(page.main(), "instance"))).isEqualTo(data("Pizza", pizza));
            List<Element> items = elements(member(page.main(), "page"), "ol/li");
            assertThat(items).extracting(item -> text(member(item, "display")))
                    .containsExactlyElementsOf(PRICE_DATES.subList(0, 10).stream().map(d -> "Margherita " + d).toList());
            Element next = element(page.document(), "/html/body/main/nav[@class='pager']/a[@rel='next']");
            assertThat(next.getAttribute("href")).isEqualTo(json.get("next_page")).startsWith(path + "?start_after=");

            Page second = html(signed, next.getAttribute("href"), 200);
            assertThat(elements(member(second.main(), "page"), "ol/li")).extracting(item -> text(member(item, "display")))
                    .containsExactlyElementsOf(PRICE_DATES.subList(10, 12).stream().map(d -> "Margherita " + d).toList());
            assertThat(elements(second.document(), "//nav[@class='pager']")).as("no next page").isEmpty();

            Document document = xml(signed, path, 200);
            assertThat(elements(document, "/root/page/item")).hasSize(10);
            xml(signed, next.getAttribute("href"), 200);
        }

        @Test
        @DisplayName("the HAL list: HTML without _meta and with a next link, XML with the root <instances>")
        void hal() {
            Map<?, ?> json = (Map<?, ?>) signed.get(HAL, null).json();
            Page page = html(signed, HAL, 200);
            assertThat(elements(member(member(page.main(), "_embedded"), "page"), "ol/li")).hasSize(10);
            assertThat(text(element(page.document(), "/html/body/footer"))).isEqualTo("HAL document");
            assertThat(elements(page.document(), "/html/body/footer/h2")).isEmpty();
            Element next = element(page.document(), "/html/body/main/nav[@class='pager']/a[@rel='next']");
            String href = (String) ((Map<?, ?>) ((Map<?, ?>) json.get("_links")).get("next")).get("href");
            assertThat(next.getAttribute("href")).isEqualTo(href);

            Document document = xml(signed, HAL, 200);
            assertThat(document.getDocumentElement().getTagName()).isEqualTo("instances");
            assertThat(elements(document, "/instances/_meta")).isEmpty();
            assertThat(elements(document, "/instances/_embedded/page/item")).hasSize(10);
            xml(signed, "GET", HAL, null, "application/xml", 200);
        }
    }

    @Nested
    @DisplayName("errors")
    class Errors {

        private void assertErrorPage(Page page, Answer json) {
            String error = (String) ((Map<?, ?>) json.json()).get("error");
            assertThat(error).isNotBlank();
            Element alert = element(page.document(), "/html/body/header/p[@class='error']");
            assertThat(alert.getAttribute("role")).isEqualTo("alert");
            assertThat(alert.getTextContent()).isEqualTo(error);
            assertThat(member(page.main(), "error").getTextContent()).isEqualTo(error);
        }

        @Test
        @DisplayName("404 for an unknown model")
        void not_found() {
            String path = APP + "Calzone/";
            Page page = html(signed, path, 404);
            assertErrorPage(page, signed.get(path, null));
            assertThat(footerMeta(page)).containsEntry("status", "404").containsEntry("message", "Not Found");
            Document document = xml(signed, path, 404);
            assertThat(Markup.string(document, "/root/error/@type")).isEqualTo("string");
            assertThat(Markup.string(document, "/root/_meta/status")).isEqualTo("404");
        }

        @Test
        @DisplayName("405 with the Allow header")
        void method_not_allowed() {
            String path = model("Pizza") + "instances/";
            Page page = html(signed, "PUT", path, "{}", "text/html", 405);
            assertThat(page.answer().header("Allow")).isEqualTo("GET, OPTIONS");
            assertErrorPage(page, signed.send("PUT", path, "{}", Map.of("Content-Type", "application/json")));
            Element allow = member(member(element(page.document(), "/html/body/footer"), "headers"), "Allow");
            assertThat(text(allow)).isEqualTo("GET, OPTIONS");
            html(signed, "DELETE", path, null, BROWSER_ACCEPT, 405);
            Document document = xml(signed, "PUT", path, "{}", "text/xml", 405);
            assertThat(Markup.string(document, "/root/_meta/headers/Allow")).isEqualTo("GET, OPTIONS");
            xml(signed, "DELETE", path, null, "application/xml", 405);
        }

        @Test
        @DisplayName("400 for bad input")
        void bad_request() {
            String path = model("Pizza") + "instances/?start_after=abc";
            Page page = html(signed, path, 400);
            assertErrorPage(page, signed.get(path, null));
            xml(signed, path, 400);
            String unknownField = model("Pizza") + "get/?topping=ham";
            assertErrorPage(html(signed, unknownField, 400), signed.get(unknownField, null));
            xml(signed, "GET", unknownField, null, "application/xml", 400);
        }

        @ParameterizedTest
        @ValueSource(strings = {ROOT, APP + "Pizza/instances/", "/nowhere/at/all/"})
        @DisplayName("401 for anonymous requests, offering FOST and Basic")
        void unauthorized(String path) {
            Page page = html(anonymous, path, 401);
            assertThat(challenges(page.answer())).containsExactlyInAnyOrder(FOST_CHALLENGE, BASIC_CHALLENGE);
            assertErrorPage(page, anonymous.get(path, null));
            assertThat(footerMeta(page)).doesNotContainKey("username");
            Document document = xml(anonymous, path, 401);
            assertThat(elements(document, "/root/_meta/username")).isEmpty();
            xml(anonymous, "GET", path, null, "application/xml", 401);
            Answer browser = anonymous.get(path, BROWSER_ACCEPT);
            assertThat(browser.header("Content-Type")).isEqualTo(HTML_TYPE);
            assertThat(challenges(browser)).contains(BASIC_CHALLENGE);
        }

        @Test
        @DisplayName("a 401's _meta footer does not misstate the challenges the answer carries")
        void unauthorized_meta_lists_every_challenge() {
            Page page = html(anonymous, ROOT, 401);
            assertThat(challenges(page.answer())).containsExactlyInAnyOrder(FOST_CHALLENGE, BASIC_CHALLENGE);
            Element footer = element(page.document(), "/html/body/footer");
            List<Element> listed = elements(footer, "dl/dt[.='headers']/following-sibling::dd[1]/dl/dt[.='WWW-Authenticate']");
            if (!listed.isEmpty()) {
                String shown = text(element(listed.get(0), "following-sibling::dd[1]"));
                assertThat(shown).as("_meta.headers.WWW-Authenticate shown in the page footer, while the HTTP answer "
                        + "carries WWW-Authenticate: %s", page.answer().headers("WWW-Authenticate"))
                        .contains(FOST_CHALLENGE).contains(BASIC_CHALLENGE);
            }
        }
    }

    @Nested
    @DisplayName("negotiation")
    class Negotiation {

        @ParameterizedTest
        @ValueSource(strings = {"/slumber/", ROOT, APP, APP + "Pizza/", APP + "Pizza/instances/", HAL})
        @DisplayName("a browser's Accept header gives HTML, application/xml gives XML, none gives JSON")
        void by_accept(String path) {
            html(signed, "GET", path, null, BROWSER_ACCEPT, 200);
            html(signed, "GET", path, null, "application/xhtml+xml", 200);
            xml(signed, "GET", path, null, "application/xml", 200);
            assertThat(signed.get(path, null).header("Content-Type")).isEqualTo(JSON_TYPE);
            assertThat(signed.get(path, "application/json").header("Content-Type")).isEqualTo(JSON_TYPE);
        }

        @Test
        @DisplayName("the instance page and the data array page too")
        void instance_pages() {
            html(signed, "GET", data("Pizza", pizza), null, BROWSER_ACCEPT, 200);
            html(signed, "GET", data("Pizza", pizza) + "prices/", null, BROWSER_ACCEPT, 200);
            html(signed, "GET", shopData(shop), null, BROWSER_ACCEPT, 200);
        }
    }

    @Nested
    @DisplayName("breadcrumbs")
    class Breadcrumbs {

        private static final String AUTH = ROOT + "django/contrib/auth/";

        /** The breadcrumb links of a page as label to URL path, in order. */
        private static Map<String, String> crumbs(Page page) {
            Map<String, String> crumbs = new LinkedHashMap<>();
            for (Element a : elements(page.document(), "/html/body/header/nav[@class='crumbs']/ol/li/a")) {
                crumbs.put(text(a), a.getAttribute("href"));
            }
            return crumbs;
        }

        /** The data URL of the first User, from the User instances list. */
        private static String firstUser() {
            Map<?, ?> list = (Map<?, ?>) signed.get(AUTH + "User/instances/", null).json();
            List<?> page = (List<?>) list.get("page");
            assertThat(page).as("the example has users").isNotEmpty();
            return (String) ((Map<?, ?>) page.get(0)).get("data");
        }

        @Test
        @DisplayName("every crumb of every kind of page leads to a page that answers 200")
        void every_crumb_answers_200() {
            List<String> paths = new ArrayList<>(List.of("/slumber/", ROOT, APP, APP + "nested1/", AUTH,
                    AUTH + "User/", AUTH + "User/instances/", firstUser(), model("Pizza"), model("Pizza") + "instances/",
                    data("Pizza", pizza), data("Pizza", pizza) + "prices/", shopData(shop), data("Shop", shop),
                    data("Shop", shop) + "pizza/", HAL, APP + "Calzone/", APP + "Pizza/data/999999/"));
            Map<String, Integer> checked = new LinkedHashMap<>();
            for (String path : paths) {
                boolean missing = path.contains("Calzone") || path.contains("999999");
                Page page = html(signed, path, missing ? 404 : 200);
                Map<String, String> crumbs = crumbs(page);
                assertThat(crumbs).as("crumbs of %s", path).isNotEmpty();
                List<String> urls = new ArrayList<>(crumbs.values());
                if (missing) {
                    urls.remove(urls.size() - 1);
                }
                for (String url : urls) {
                    checked.computeIfAbsent(url, u -> signed.get(u, BROWSER_ACCEPT).status());
                    assertThat(checked.get(url)).as("crumb %s of %s", url, path).isEqualTo(200);
                }
            }
            assertThat(checked).containsKeys("/slumber/", ROOT, APP, AUTH, model("Pizza"), data("Pizza", pizza));
        }

        @Test
        @DisplayName("show service, app, model and instance, never a bare path segment")
        void where_you_are() {
            String pizzaPath = data("Pizza", pizza);
            assertThat(crumbs(html(signed, pizzaPath + "prices/", 200))).containsExactly(
                    Map.entry("slumber", "/slumber/"), Map.entry("pizzas", ROOT), Map.entry("slumber_examples", APP),
                    Map.entry("Pizza", model("Pizza")), Map.entry(String.valueOf(pizza), pizzaPath),
                    Map.entry("prices", pizzaPath + "prices/"));
            assertThat(crumbs(html(signed, shopData(shop), 200))).as("the mounted Shop page sits under its model")
                    .containsExactly(Map.entry("slumber", "/slumber/"), Map.entry("pizzas", ROOT),
                            Map.entry("slumber_examples", APP), Map.entry("Shop", model("Shop")),
                            Map.entry(String.valueOf(shop), shopData(shop)));
            assertThat(crumbs(html(signed, AUTH + "User/", 200))).containsExactly(Map.entry("slumber", "/slumber/"),
                    Map.entry("pizzas", ROOT), Map.entry("django.contrib.auth", AUTH), Map.entry("User", AUTH + "User/"));
            assertThat(crumbs(html(signed, "/slumber/", 200))).containsExactly(Map.entry("slumber", "/slumber/"));
        }

        @Test
        @DisplayName("tell an anonymous reader nothing about what exists")
        void anonymous_reader() {
            Page page = html(anonymous, model("Pizza"), 401);
            assertThat(crumbs(page)).containsExactly(Map.entry("slumber", "/slumber/"),
                    Map.entry("Pizza", model("Pizza")));
            assertThat(crumbs(html(anonymous, APP + "Calzone/", 401))).containsExactly(
                    Map.entry("slumber", "/slumber/"), Map.entry("Calzone", APP + "Calzone/"));
        }
    }

    @Nested
    @DisplayName("hostile data")
    class Hostile {

        private static final String ESCAPED_HTML = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;";

        @Test
        @DisplayName("a pizza named <script>alert(1)</script>\"'& comes back escaped in HTML")
        void escaped_in_html() {
            Page page = html(signed, data("Pizza", hostilePizza), 200);
            assertThat(page.answer().text()).doesNotContainIgnoringCase("<script").contains(ESCAPED_HTML);
            assertThat(page.h1()).isEqualTo(HOSTILE);
            assertThat(element(page.document(), "/html/head/title").getTextContent()).startsWith(HOSTILE + " ");
            assertThat(element(cells(page, "name").get("Value"), "span").getTextContent()).isEqualTo(HOSTILE);
            assertThat(member(page.main(), "display").getTextContent()).isEqualTo(HOSTILE);

            Page list = html(signed, model("Pizza") + "instances/", 200);
            assertThat(list.answer().text()).doesNotContainIgnoringCase("<script").contains(ESCAPED_HTML);
        }

        @Test
        @DisplayName("and in XML")
        void escaped_in_xml() {
            for (String accept : List.of("text/xml", "application/xml")) {
                Answer answer = signed.get(data("Pizza", hostilePizza), accept);
                assertThat(answer.text()).doesNotContainIgnoringCase("<script").contains("&lt;script").contains("&amp;");
                Document document = xml(signed, "GET", data("Pizza", hostilePizza), null, accept, 200);
                assertThat(Markup.string(document, "/root/fields/name/data")).isEqualTo(HOSTILE);
                assertThat(Markup.string(document, "/root/display")).isEqualTo(HOSTILE);
                assertThat(elements(document, "//script")).isEmpty();
            }
        }

        @Test
        @DisplayName("a hostile path is escaped in the breadcrumbs and the error")
        void hostile_path() {
            String path = APP + "%3Cscript%3Ealert(1)%22%27%26/";
            Page page = html(signed, path, 404);
            assertThat(page.answer().text()).doesNotContainIgnoringCase("<script");
            assertThat(elements(page.document(), "/html/body/header/nav/ol/li")).extracting(Markup::text)
                    .contains("<script>alert(1)\"'&");
            xml(signed, path, 404);
        }
    }

    @Nested
    @DisplayName("HTTP Basic for people browsing")
    class Basic {

        @Test
        @DisplayName("user:pass browses the HTML pages as user")
        void user_browses() {
            Client user = example.basic("user", "pass");
            for (String path : List.of(ROOT, APP, data("Pizza", pizza), data("Pizza", pizza) + "prices/")) {
                Page page = html(user, "GET", path, null, BROWSER_ACCEPT, 200);
                assertThat(footerMeta(page)).containsEntry("username", "user");
            }
            assertThat(xml(user, "GET", ROOT, null, "application/xml", 200).getDocumentElement().getTagName())
                    .isEqualTo("root");
        }

        @Test
        @DisplayName("a wrong password gets 401 offering Basic realm=\"Slumber\", in HTML")
        void wrong_password() {
            Client wrong = example.basic("user", "wrong");
            Page page = html(wrong, "GET", ROOT, null, BROWSER_ACCEPT, 401);
            assertThat(challenges(page.answer())).contains(BASIC_CHALLENGE);
            assertThat(footerMeta(page)).doesNotContainKey("username");
            assertThat(element(page.document(), "/html/body/header/p[@class='error']").getTextContent()).isNotBlank();
            xml(wrong, ROOT, 401);
        }
    }

    /** Reason phrases of the statuses these tests see. */
    private static final class Reasons {

        static String reason(int status) {
            return switch (status) {
                case 200 -> "OK";
                case 400 -> "Bad Request";
                case 401 -> "Unauthorized";
                case 404 -> "Not Found";
                case 405 -> "Method Not Allowed";
                default -> throw new IllegalArgumentException("no reason phrase known for " + status);
            };
        }
    }
}
