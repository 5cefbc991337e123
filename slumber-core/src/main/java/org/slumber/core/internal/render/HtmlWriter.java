package org.slumber.core.internal.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Writes well-formed, XHTML-compatible HTML5 with escaping built in: element and attribute names
 * are fixed lower-case words, attribute values and text are always escaped ({@code & < > " '}),
 * links only ever carry {@link #isLinkable linkable} URLs, and nothing is written unescaped but
 * the fixed style sheet and fixed markup. Characters HTML and XML must not carry (C0 and C1
 * controls but tab and line feed, U+FFFE, U+FFFF, unpaired surrogates) are shown in text as a
 * marked {@code \}{@code uHHHH}, and replaced by U+FFFD in attribute values and the title.
 *
 * <p>Not thread-safe: one writer per page.
 */
final class HtmlWriter {

    private static final Set<String> ATTRIBUTES = Set.of("class", "lang", "xmlns", "charset", "name", "content",
            "title", "rel", "start", "role", "scope", "aria-label", "aria-current");

    /** Elements followed by a line break, for readable source; none sits where spaces show. */
    private static final Set<String> BLOCKS = Set.of("html", "head", "title", "style", "body", "header", "main",
            "footer", "nav", "p", "h1", "h2", "dl", "ol", "table", "thead", "tbody", "tr");

    private final StringBuilder out;
    private final Deque<String> open = new ArrayDeque<>();
    /** What ends the start tag being written ({@code ">"} or {@code "/>"}), or null. */
    private String pendingEnd;

    HtmlWriter(int capacity) {
        out = new StringBuilder(capacity).append("<!DOCTYPE html>\n");
    }

    /** Starts an element; attributes may follow until the next content or end. */
    HtmlWriter start(String tag) {
        checkName(tag);
        if ("title".equals(open.peek())) {
            throw new IllegalStateException("no elements inside <title>");
        }
        finishStartTag();
        out.append('<').append(tag);
        open.push(tag);
        pendingEnd = ">";
        return this;
    }

    /** Starts a void element ({@code <meta/>}); attributes may follow. */
    HtmlWriter empty(String tag) {
        checkName(tag);
        finishStartTag();
        out.append('<').append(tag);
        pendingEnd = "/>";
        return this;
    }

    /** An attribute of the element just started; the value is escaped. */
    HtmlWriter attr(String name, String value) {
        if (pendingEnd == null || !ATTRIBUTES.contains(name)) {
            throw new IllegalStateException("attribute " + name + " not allowed here");
        }
        out.append(' ').append(name).append("=\"");
        escape(value, true);
        out.append('"');
        return this;
    }

    /** The {@code href} of the element just started; the URL must be {@link #isLinkable}. */
    HtmlWriter href(String url) {
        if (pendingEnd == null || !isLinkable(url)) {
            throw new IllegalStateException("not a linkable URL here");
        }
        out.append(" href=\"");
        escape(url, true);
        out.append('"');
        return this;
    }

    /** Escaped text; characters that may not appear are shown as marked escapes. */
    HtmlWriter text(String text) {
        finishStartTag();
        escape(text, "title".equals(open.peek()));
        return this;
    }

    /** An element holding only text. */
    HtmlWriter element(String tag, String text) {
        return start(tag).text(text).end();
    }

    /** Ends the innermost open element. */
    HtmlWriter end() {
        finishStartTag();
        String tag = open.pop();
        out.append("</").append(tag).append('>');
        if (BLOCKS.contains(tag)) {
            out.append('\n');
        }
        return this;
    }

    /** The {@code <style>} element with the fixed style sheet. */
    HtmlWriter style() {
        start("style");
        finishStartTag();
        out.append(HtmlStyle.CSS);
        return end();
    }

    /** Ends all open elements and gives the page. */
    String finish() {
        while (!open.isEmpty()) {
            end();
        }
        return out.toString();
    }

    /**
     * Whether a URL may become a link: an absolute path (not {@code //host}) or an
     * {@code http:}/{@code https:} URL, without spaces, controls, backslashes or unpaired
     * surrogates. So {@code javascript:}, {@code data:} and {@code slumber:} never do.
     */
    static boolean isLinkable(String url) {
        if (url == null || url.isEmpty() || url.length() > 8192) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        boolean path = url.charAt(0) == '/' && !url.startsWith("//");
        boolean web = lower.startsWith("http://") && url.length() > 7 || lower.startsWith("https://") && url.length() > 8;
        if (!path && !web) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == '\\' || c >= 0x7F && c <= 0xA0 || c == 0xFFFE || c == 0xFFFF
                    || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a character must be marked (text) or replaced (attributes and title). */
    static boolean forbidden(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c != '\t' && c != '\n';
        }
        if (c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFF) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    private void escape(String text, boolean replace) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (!forbidden(text, i)) {
                        if (replace && (c == '\t' || c == '\n')) {
                            out.append("&#").append((int) c).append(';');
                        } else {
                            out.append(c);
                        }
                    } else if (replace) {
                        out.append('\uFFFD');
                    } else {
                        out.append("<span class=\"ctl\" title=\"control character\">\\u")
                                .append(String.format(Locale.ROOT, "%04X", (int) c)).append("</span>");
                    }
                }
            }
        }
    }

    private void finishStartTag() {
        if (pendingEnd != null) {
            out.append(pendingEnd);
            pendingEnd = null;
        }
    }

    private static void checkName(String tag) {
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (!(c >= 'a' && c <= 'z' || i > 0 && c >= '1' && c <= '6')) {
                throw new IllegalArgumentException("bad element name " + tag);
            }
        }
        if (tag.isEmpty()) {
            throw new IllegalArgumentException("empty element name");
        }
    }
}
