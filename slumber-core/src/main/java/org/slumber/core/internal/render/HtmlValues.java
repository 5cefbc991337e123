package org.slumber.core.internal.render;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slumber.core.internal.json.Json;

/**
 * The HTML view of document values: objects as definition lists, arrays as ordered lists
 * (numbered from 0, as JSON indexes), scalars as {@code <span class="v TYPE">} tagged with their
 * JSON type (the empty string also classed {@code empty-string}, so the page marks it), URL
 * strings as links, a {@code fields} member of model metadata or instance data as a
 * table. Below {@link #MAX_DEPTH} levels the rest of a value is shown as JSON text.
 */
final class HtmlValues {

    /** Nesting shown as markup; deeper objects and arrays are shown as (escaped) JSON text. */
    static final int MAX_DEPTH = 24;

    private HtmlValues() {
    }

    /** Any document value. */
    static void value(HtmlWriter out, Object value, int depth) {
        JsonKind kind = JsonKind.of(value);
        switch (kind) {
            case OBJECT -> object(out, (Map<?, ?>) value, depth);
            case ARRAY -> array(out, JsonKind.items(value), depth);
            default -> scalar(out, value, kind);
        }
    }

    /** An object as a {@code <dl>}: one {@code <dt>} key and {@code <dd>} value per member. */
    static void object(HtmlWriter out, Map<?, ?> object, int depth) {
        if (object.isEmpty()) {
            out.start("span").attr("class", "v object").text("{}").end();
            return;
        }
        if (depth >= MAX_DEPTH) {
            json(out, object);
            return;
        }
        out.start("dl");
        for (Map.Entry<?, ?> member : object.entrySet()) {
            String key = String.valueOf(member.getKey());
            key(out.start("dt"), key).end();
            out.start("dd");
            if ("fields".equals(key) && isFieldTable(member.getValue())) {
                fieldTable(out, (Map<?, ?>) member.getValue(), depth + 1);
            } else {
                value(out, member.getValue(), depth + 1);
            }
            out.end();
        }
        out.end();
    }

    /** A key's text; the empty key is shown as a marked "(empty key)". */
    static HtmlWriter key(HtmlWriter out, String key) {
        return key.isEmpty() ? out.start("span").attr("class", "key-empty").text("(empty key)").end() : out.text(key);
    }

    /**
     * A string, linked when it is a {@link HtmlWriter#isLinkable linkable} URL: a plain link (no
     * {@code rel}), as the URLs of documents are the same service's data and links to others.
     */
    static void link(HtmlWriter out, String text) {
        if (HtmlWriter.isLinkable(text)) {
            out.start("a").href(text).text(text).end();
        } else {
            out.text(text);
        }
    }

    private static void array(HtmlWriter out, Collection<?> items, int depth) {
        if (items.isEmpty()) {
            out.start("span").attr("class", "v array").text("[]").end();
            return;
        }
        if (depth >= MAX_DEPTH) {
            json(out, items);
            return;
        }
        out.start("ol").attr("start", "0");
        for (Object item : items) {
            out.start("li");
            value(out, item, depth + 1);
            out.end();
        }
        out.end();
    }

    private static void scalar(HtmlWriter out, Object value, JsonKind kind) {
        String text = JsonKind.text(value);
        boolean empty = kind == JsonKind.STRING && text.isEmpty();
        out.start("span").attr("class", empty ? "v string empty-string" : "v " + kind.label)
                .attr("title", kind.label);
        if (kind == JsonKind.STRING) {
            link(out, text);
        } else {
            out.text(text);
        }
        out.end();
    }

    private static void json(HtmlWriter out, Object value) {
        String text;
        try {
            text = new String(Json.write(value), StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            text = "(nested too deeply to show)";
        }
        out.start("pre").attr("class", "json").text(text).end();
    }

    /** Whether a {@code fields} value is a field list: an object whose members all have a "kind". */
    static boolean isFieldTable(Object fields) {
        if (!(fields instanceof Map<?, ?> map) || map.isEmpty()) {
            return false;
        }
        for (Object field : map.values()) {
            if (!(field instanceof Map<?, ?> description) || !description.containsKey("kind")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fields as a table in a {@code <div class="table">} that scrolls sideways rather than the
     * page: name, kind, type, the value (instance data) and any other members; each cell titled
     * with its column's name, which labels it where narrow screens stack the cells.
     */
    private static void fieldTable(HtmlWriter out, Map<?, ?> fields, int depth) {
        boolean values = false;
        boolean details = false;
        for (Map.Entry<?, ?> field : fields.entrySet()) {
            Map<?, ?> description = (Map<?, ?>) field.getValue();
            values |= description.containsKey("data");
            details |= !rest(String.valueOf(field.getKey()), description).isEmpty();
        }
        out.start("div").attr("class", "table");
        out.start("table").attr("class", "fields").start("thead").start("tr");
        out.start("th").attr("scope", "col").text("Field").end();
        out.start("th").attr("scope", "col").text("Kind").end();
        out.start("th").attr("scope", "col").text("Type").end();
        if (values) {
            out.start("th").attr("scope", "col").text("Value").end();
        }
        if (details) {
            out.start("th").attr("scope", "col").text("Details").end();
        }
        out.end().end().start("tbody");
        for (Map.Entry<?, ?> field : fields.entrySet()) {
            String name = String.valueOf(field.getKey());
            Map<?, ?> description = (Map<?, ?>) field.getValue();
            out.start("tr");
            key(out.start("th").attr("scope", "row"), name).end();
            plain(out.start("td").attr("title", "Kind"), description.get("kind"), depth).end();
            plain(out.start("td").attr("title", "Type"), description.get("type"), depth).end();
            if (values) {
                out.start("td").attr("title", "Value");
                if (description.containsKey("data")) {
                    value(out, description.get("data"), depth + 1);
                }
                out.end();
            }
            if (details) {
                out.start("td").attr("title", "Details");
                Map<String, Object> rest = rest(name, description);
                if (!rest.isEmpty()) {
                    object(out, rest, depth + 1);
                }
                out.end();
            }
            out.end();
        }
        out.end().end().end();
    }

    /** A table cell's text: strings plain (linked if URLs), anything else as a value. */
    private static HtmlWriter plain(HtmlWriter out, Object value, int depth) {
        if (value instanceof String text) {
            link(out, text);
        } else if (value != null) {
            value(out, value, depth + 1);
        }
        return out;
    }

    /** A field's members other than kind, type, data and a name equal to its key. */
    private static Map<String, Object> rest(String name, Map<?, ?> description) {
        Map<String, Object> rest = new LinkedHashMap<>();
        for (Map.Entry<?, ?> member : description.entrySet()) {
            String key = String.valueOf(member.getKey());
            boolean shown = key.equals("kind") || key.equals("type") || key.equals("data")
                    || key.equals("name") && name.equals(member.getValue());
            if (!shown) {
                rest.put(key, member.getValue());
            }
        }
        return rest;
    }
}
