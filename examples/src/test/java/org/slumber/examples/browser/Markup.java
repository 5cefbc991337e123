package org.slumber.examples.browser;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses answers with the JDK's DocumentBuilder in its secure configuration (secure processing,
 * no external entities or DTDs, no XInclude, no entity expansion) and queries them with XPath.
 * XML answers may not carry a document type declaration at all; HTML pages may carry only the
 * HTML5 {@code <!DOCTYPE html>}, which declares nothing. Parse errors fail with the line, column
 * and the parser's message. Documents are parsed without namespaces, so XPath names elements
 * plainly ({@code //h1}) even on the XHTML page.
 */
final class Markup {

    private Markup() {
    }

    /** An XML answer: well-formed, no DOCTYPE. */
    static Document xml(String text) {
        return parse(text, true);
    }

    /** An HTML page, read as XML (the renderer writes XHTML-compatible markup). */
    static Document xhtml(String text) {
        return parse(text, false);
    }

    private static Document parse(String text, boolean disallowDoctype) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", disallowDoctype);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("no external entity may be loaded: " + systemId);
            });
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            throw new AssertionError("not well-formed at line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + ": " + e.getMessage() + "\n" + excerpt(text, e.getLineNumber()), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new AssertionError("cannot parse: " + e + "\n" + text, e);
        }
    }

    private static String excerpt(String text, int line) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, line - 3); i < Math.min(lines.length, line + 2); i++) {
            out.append(i + 1).append(": ").append(lines[i]).append('\n');
        }
        return out.toString();
    }

    /** The string value of an XPath expression. */
    static String string(Node context, String xpath) {
        try {
            return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, context, XPathConstants.STRING);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    /** The elements an XPath expression selects, in document order. */
    static List<Element> elements(Node context, String xpath) {
        NodeList nodes;
        try {
            nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, context, XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** The one element an XPath expression selects; fails naming the expression otherwise. */
    static Element element(Node context, String xpath) {
        List<Element> found = elements(context, xpath);
        if (found.size() != 1) {
            throw new AssertionError("expected exactly one element at " + xpath + " but found " + found.size());
        }
        return found.get(0);
    }

    /** Text content with runs of white space collapsed and trimmed. */
    static String text(Node node) {
        return node.getTextContent().replaceAll("\\s+", " ").trim();
    }
}
