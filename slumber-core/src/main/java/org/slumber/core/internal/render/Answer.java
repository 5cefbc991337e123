package org.slumber.core.internal.render;

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
 */
public record Answer(int status, Map<String, Object> body, List<String> headers, String username, boolean hal,
                     String path) {

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
