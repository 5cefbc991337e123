package org.slumber.core.internal.render;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * XML answers (wire-protocol.md, "Content negotiation"), written with the JDK's StAX writer and
 * well-formed for any document:
 * <pre>{@code
 * <?xml version="1.0" encoding="UTF-8"?>
 * <root>
 *   <name type="string">Pizza</name>
 *   <_x0031_st type="number">1</_x0031_st>
 *   <prices type="array"><item type="string">12.50</item><item type="null"/></prices>
 *   <_meta type="object"><status type="number">200</status><message type="string">OK</message></_meta>
 * </root>
 * }</pre>
 * <ul>
 *   <li>the root element is {@code <root>}, or {@code <instances>} for a HAL document (which has
 *       no {@code _meta}); otherwise {@code _meta} is the last member, like any other key;</li>
 *   <li>one element per key, named by {@link XmlCodec#encodeName} (reversible, see
 *       {@link XmlCodec}); array items are {@code <item>} elements;</li>
 *   <li>every element below the root has {@code type="string|number|boolean|null|object|array"},
 *       the JSON type the JSON view writes (so a decimal is a string, as in JSON);</li>
 *   <li>a leaf's text is the JSON view's text of the value ({@code true}, {@code 12}, the string
 *       itself; nothing for null); StAX escapes {@code &}, {@code <} and {@code >} (so
 *       {@code ]]>} is harmless), and text XML cannot carry is escaped reversibly with
 *       {@code escaped="true"} (see {@link XmlCodec}).</li>
 * </ul>
 * Nesting is walked with an explicit stack, so no depth overflows the call stack.
 */
public final class XmlRenderer implements Renderer {

    /** The JDK's own StAX output factory; thread-safe once configured, so shared. */
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();


    private final String contentType;

    /** @param mediaType {@code text/xml} or {@code application/xml}, as the client asked */
    public XmlRenderer(String mediaType) {
        this.contentType = mediaType + "; charset=utf-8";
    }

    @Override
    public String contentType(Answer answer) {
        return contentType;
    }

    @Override
    public byte[] render(Answer answer) {
        Map<String, Object> document = new LinkedHashMap<>(answer.body());
        if (!answer.hal()) {
            document.put("_meta", answer.meta());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try {
            XMLStreamWriter out = OUTPUT.createXMLStreamWriter(bytes, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
            out.writeStartElement(answer.hal() ? "instances" : "root");
            write(out, document);
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write XML", e);
        }
        return bytes.toByteArray();
    }

    /** Writes the members of the (already started) root element and closes it. */
    private static void write(XMLStreamWriter out, Map<String, Object> document) throws XMLStreamException {
        Deque<Level> open = new ArrayDeque<>();
        open.push(new Level(document.entrySet().iterator(), true));
        while (!open.isEmpty()) {
            Level level = open.peek();
            if (!level.items.hasNext()) {
                out.writeEndElement();
                open.pop();
                continue;
            }
            Object next = level.items.next();
            String name;
            Object value;
            if (level.object) {
                Map.Entry<?, ?> member = (Map.Entry<?, ?>) next;
                name = XmlCodec.encodeName(String.valueOf(member.getKey()));
                value = member.getValue();
            } else {
                name = "item";
                value = next;
            }
            JsonKind kind = JsonKind.of(value);
            if (kind == JsonKind.NULL) {
                out.writeEmptyElement(name);
                out.writeAttribute("type", kind.label);
                continue;
            }
            out.writeStartElement(name);
            out.writeAttribute("type", kind.label);
            if (kind == JsonKind.OBJECT) {
                open.push(new Level(((Map<?, ?>) value).entrySet().iterator(), true));
            } else if (kind == JsonKind.ARRAY) {
                open.push(new Level(JsonKind.items(value).iterator(), false));
            } else {
                String text = JsonKind.text(value);
                if (XmlCodec.needsEscape(text)) {
                    out.writeAttribute("escaped", "true");
                    text = XmlCodec.escapeText(text);
                }
                out.writeCharacters(text);
                out.writeEndElement();
            }
        }
    }

    /** An open object or array element and what is left to write inside it. */
    private record Level(Iterator<?> items, boolean object) {
    }
}
