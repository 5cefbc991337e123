package org.slumber.core.internal.server;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slumber.core.auth.User;
import org.slumber.core.internal.json.Json;
import org.slumber.core.operation.OperationException;
import org.slumber.core.operation.QueryParameters;
import org.slumber.spi.hosting.HostRequest;

/** One request being answered: the host's request, plus what the router learns about it. */
final class Exchange {

    private final HostRequest request;
    private final String method;
    private QueryParameters query;
    private Map<String, Object> body;
    private Boolean form;
    User user;

    Exchange(HostRequest request) {
        this.request = request;
        String sent = request.method();
        this.method = sent.equals("HEAD") ? "GET" : sent;
    }

    /** A request from a client in this JVM, whose body is already a document (null for none). */
    Exchange(HostRequest request, Map<String, ?> body) {
        this(request);
        this.body = body == null ? new LinkedHashMap<>() : new LinkedHashMap<>(body);
        this.form = Boolean.FALSE;
    }

    HostRequest request() {
        return request;
    }

    /** The method, with HEAD answered as GET. */
    String method() {
        return method;
    }

    String path() {
        return request.path();
    }

    /** The query parameters; a malformed query string answers 400. */
    QueryParameters query() {
        if (query == null) {
            try {
                query = QueryParameters.parse(request.query());
            } catch (IllegalArgumentException e) {
                throw new OperationException.BadRequest("Malformed query string: " + e.getMessage());
            }
        }
        return query;
    }

    /** Whether the body is form-encoded (its values are all strings). */
    boolean isForm() {
        if (form == null) {
            String type = request.headers().first("Content-Type");
            form = type != null
                    && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        }
        return form;
    }

    /** The body as a JSON object (from JSON or a form); empty for no body; malformed answers 400. */
    Map<String, Object> body() {
        if (body == null) {
            byte[] bytes = request.body();
            if (bytes.length == 0) {
                body = new LinkedHashMap<>();
            } else if (isForm()) {
                body = formBody(bytes);
            } else {
                try {
                    body = Json.readObject(bytes);
                } catch (IllegalArgumentException e) {
                    throw new OperationException.BadRequest("The body is not a JSON object: " + e.getMessage());
                }
            }
        }
        return body;
    }

    private static Map<String, Object> formBody(byte[] bytes) {
        QueryParameters parameters;
        try {
            parameters = QueryParameters.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new OperationException.BadRequest("Malformed form body: " + e.getMessage());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : parameters.asMap().entrySet()) {
            List<String> all = entry.getValue();
            values.put(entry.getKey(), all.get(all.size() - 1));
        }
        return values;
    }
}
