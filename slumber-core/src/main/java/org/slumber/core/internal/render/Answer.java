package org.slumber.core.internal.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A finished answer, ready to render: status, body document (without {@code _meta}), header
 * fields and whether the body is a HAL document.
 *
 * @param status   the HTTP status
 * @param body     the ordered JSON-able document
 * @param headers  header fields as name, value, name, value, ...
 * @param username the authenticated user's name, or null
 * @param hal      whether the body is HAL (rendered without {@code _meta})
 * @param path     the request path, for renderers that show where the reader is
 * @param crumbs   where the page sits, from the top, the last crumb the page itself; computed only
 *                 for renderers that {@link Renderer#showsLocation show it}, else empty (a
 *                 renderer then shows {@link Crumb#here the path alone})
 */
public record Answer(int status, Map<String, Object> body, List<String> headers, String username, boolean hal,
                     String path, List<Crumb> crumbs) {

    /** An answer without breadcrumbs. */
    public Answer(int status, Map<String, Object> body, List<String> headers, String username, boolean hal,
                  String path) {
        this(status, body, headers, username, hal, path, List.of());
    }

    /**
     * One step of the way to a page: the text shown and the URL path that shows that resource.
     *
     * @param label the text shown (escaped by whoever writes it)
     * @param url   the URL path, as sent on the wire (percent-encoded)
     */
    public record Crumb(String label, String url) {

        /**
         * The crumb of a path by itself: its last non-empty segment, percent-decoded (a
         * malformed escape is kept as written, {@code +} stays {@code +}), or {@code /}; the
         * URL is the path. Never throws (a null path reads as {@code /}).
         */
        public static Crumb here(String path) {
            String url = path == null || path.isEmpty() ? "/" : path;
            int end = url.length();
            while (end > 0 && url.charAt(end - 1) == '/') {
                end--;
            }
            int start = url.lastIndexOf('/', end - 1) + 1;
            return new Crumb(end == 0 ? "/" : decode(url.substring(start, end)), url);
        }

        private static String decode(String segment) {
            try {
                return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return segment;
            }
        }
    }

    /** The {@code _meta} member: status, message, username and the operation's headers. */
    public Map<String, Object> meta() {
        Map<String, Object> meta = new java.util.LinkedHashMap<>(4);
        meta.put("status", status);
        meta.put("message", Statuses.reason(status));
        if (username != null) {
            meta.put("username", username);
        }
        if (!headers.isEmpty()) {
            Map<String, Object> shown = new java.util.LinkedHashMap<>();
            for (int i = 0; i < headers.size(); i += 2) {
                // a header sent several times is listed with all its values
                shown.merge(headers.get(i), headers.get(i + 1), (first, next) -> {
                    java.util.List<Object> values = first instanceof java.util.List<?> list
                            ? new java.util.ArrayList<>(list) : new java.util.ArrayList<>(java.util.List.of(first));
                    values.add(next);
                    return values;
                });
            }
            meta.put("headers", shown);
        }
        return meta;
    }
}
