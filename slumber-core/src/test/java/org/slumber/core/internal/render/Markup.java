package org.slumber.core.internal.render;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Parsing renderer output with the JDK's XML parser, securely, and reading it back. */
final class Markup {

    private Markup() {
    }

    /**
     * Parses bytes as XML, failing on anything not well-formed. {@code doctype} allows the HTML
     * page's {@code <!DOCTYPE html>} (which loads nothing); otherwise any DOCTYPE is refused.
     */
    static Document parse(byte[] bytes, boolean doctype) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", !doctype);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                    throw e;
                }
            });
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + e.getMessage(), e);
        }
    }

    /** The child elements of an element. */
    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    /** All elements of a document named {@code tag}. */
    static List<Element> all(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The elements with a class (among their space-separated classes). */
    static List<Element> withClass(Document document, String cssClass) {
        List<Element> found = new ArrayList<>();
        for (Element element : all(document, "*")) {
            if (List.of(element.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }

    /** Reads the XML view back into the JSON view of the document (see {@link XmlCodec}). */
    static Map<String, Object> decodeXml(Element root) {
        Map<String, Object> document = new LinkedHashMap<>();
        for (Element member : children(root)) {
            document.put(XmlCodec.decodeName(member.getTagName()), decodeValue(member));
        }
        return document;
    }

    private static Object decodeValue(Element element) {
        String type = element.getAttribute("type");
        String text = element.getTextContent();
        if ("true".equals(element.getAttribute("escaped"))) {
            text = XmlCodec.unescapeText(text);
        }
        return switch (type) {
            case "object" -> decodeXml(element);
            case "array" -> {
                List<Object> items = new ArrayList<>();
                for (Element item : children(element)) {
                    if (!item.getTagName().equals("item")) {
                        throw new AssertionError("array child " + item.getTagName());
                    }
                    items.add(decodeValue(item));
                }
                yield items;
            }
            case "string" -> text;
            case "number" -> Documents.number(text);
            case "boolean" -> Boolean.valueOf(text);
            case "null" -> {
                if (element.hasChildNodes()) {
                    throw new AssertionError("null with content");
                }
                yield null;
            }
            default -> throw new AssertionError("type " + type);
        };
    }
}
