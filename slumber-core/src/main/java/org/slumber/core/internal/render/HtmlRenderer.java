package org.slumber.core.internal.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slumber.core.internal.render.Answer.Crumb;

/**
 * The browsable HTML view (wire-protocol.md, "Content negotiation"): a complete, styled page
 * without script, readable on a phone, written as well-formed XHTML-compatible HTML5:
 * <ul>
 *   <li>a header with the answer's {@link Answer#crumbs() breadcrumbs} (service directory,
 *       service, app, model, instance, as the router resolved the path, each linking to the page
 *       that shows it; the last is this page, marked {@code aria-current}; without crumbs, the
 *       path alone), the status (code and reason, classed {@code ok},
 *       {@code redirect}, {@code client-error} or {@code server-error}), the {@code error} text of
 *       an error answer, and where a redirect leads;</li>
 *   <li>the document as {@link HtmlValues} shows it, and a "Next page" link for
 *       {@code next_page} or HAL's {@code _links.next.href};</li>
 *   <li>{@code _meta} as a small footer (HAL answers have none).</li>
 * </ul>
 * Every string that is an absolute path or an http(s) URL is a link to the same URL, whose HTML
 * view the browser then asks for; nothing else ({@code javascript:}, {@code slumber:}) is.
 */
public final class HtmlRenderer implements Renderer {

    @Override
    public String contentType(Answer answer) {
        return "text/html; charset=utf-8";
    }

    @Override
    public boolean showsLocation() {
        return true;
    }

    @Override
    public byte[] render(Answer answer) {
        HtmlWriter out = new HtmlWriter(8192);
        List<Crumb> crumbs = crumbs(answer);
        String heading = heading(answer, crumbs);
        String status = answer.status() + " " + Statuses.reason(answer.status());
        out.start("html").attr("xmlns", "http://www.w3.org/1999/xhtml").attr("lang", "en");
        out.start("head");
        out.empty("meta").attr("charset", "utf-8");
        out.empty("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        out.element("title", heading + " \u00B7 " + status + " \u00B7 Slumber");
        out.style().end();
        out.start("body");
        header(out, answer, crumbs, status);
        out.start("main");
        out.element("h1", heading);
        if (answer.body().isEmpty()) {
            out.start("p").attr("class", "nothing").text("Empty document").end();
        } else {
            HtmlValues.object(out, answer.body(), 0);
        }
        String next = nextPage(answer.body());
        if (next != null) {
            out.start("nav").attr("class", "pager").attr("aria-label", "Pagination");
            out.start("a").attr("rel", "next").href(next).text("Next page \u203A").end();
            out.end();
        }
        out.end();
        out.start("footer");
        if (answer.hal()) {
            out.start("p").text("HAL document").end();
        } else {
            out.element("h2", "_meta");
            HtmlValues.object(out, answer.meta(), 0);
        }
        out.end();
        return out.finish().getBytes(StandardCharsets.UTF_8);
    }

    private static void header(HtmlWriter out, Answer answer, List<Crumb> crumbs, String status) {
        out.start("header");
        out.start("nav").attr("class", "crumbs").attr("aria-label", "Location").start("ol");
        for (int i = 0; i < crumbs.size(); i++) {
            Crumb crumb = crumbs.get(i);
            out.start("li");
            if (HtmlWriter.isLinkable(crumb.url())) {
                out.start("a").href(crumb.url());
                if (i == crumbs.size() - 1) {
                    out.attr("aria-current", "page");
                }
                out.text(crumb.label()).end();
            } else {
                out.text(crumb.label());
            }
            out.end();
        }
        out.end().end();
        out.start("p").attr("class", "status " + statusClass(answer.status())).attr("role", "status");
        out.start("span").attr("class", "code").text(Integer.toString(answer.status())).end();
        out.text(" " + Statuses.reason(answer.status())).end();
        Object error = answer.body().get("error");
        if (error instanceof String text) {
            out.start("p").attr("class", "error").attr("role", "alert").text(text).end();
        } else if (error != null) {
            out.start("div").attr("class", "error").attr("role", "alert");
            HtmlValues.value(out, error, 0);
            out.end();
        }
        String location = header(answer.headers(), "Location");
        if (location != null && answer.status() >= 300 && answer.status() < 400) {
            out.start("p").attr("class", "moved").text("Moved to ");
            HtmlValues.link(out, location);
            out.end();
        }
        out.end();
    }

    /** The answer's breadcrumbs, or the crumb of its path alone when it has none. */
    static List<Crumb> crumbs(Answer answer) {
        List<Crumb> crumbs = answer.crumbs();
        return crumbs == null || crumbs.isEmpty() ? List.of(Crumb.here(answer.path())) : crumbs;
    }

    /** The CSS class of a status: ok, redirect, client-error or server-error. */
    static String statusClass(int status) {
        return status < 300 ? "ok" : status < 400 ? "redirect" : status < 500 ? "client-error" : "server-error";
    }

    /** The next page's URL: {@code next_page}, or HAL's {@code _links.next.href}; null if none. */
    static String nextPage(Map<String, Object> body) {
        if (body.get("next_page") instanceof String next && HtmlWriter.isLinkable(next)) {
            return next;
        }
        if (body.get("_links") instanceof Map<?, ?> links && links.get("next") instanceof Map<?, ?> next
                && next.get("href") instanceof String href && HtmlWriter.isLinkable(href)) {
            return href;
        }
        return null;
    }

    /** The document's display or name, else the label of the page's own crumb. */
    private static String heading(Answer answer, List<Crumb> crumbs) {
        for (String member : new String[] {"display", "name"}) {
            if (answer.body().get(member) instanceof String text && !text.isBlank()) {
                return text;
            }
        }
        return crumbs.get(crumbs.size() - 1).label();
    }

    private static String header(List<String> headers, String name) {
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            if (headers.get(i).equalsIgnoreCase(name)) {
                return headers.get(i + 1);
            }
        }
        return null;
    }
}
