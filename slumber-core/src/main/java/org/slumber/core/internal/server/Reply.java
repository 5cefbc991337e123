package org.slumber.core.internal.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slumber.core.operation.Response;

/**
 * An answer being built: status, ordered JSON body (without {@code _meta}), header fields,
 * and whether the body is a HAL document (then sent without {@code _meta}). Not thread-safe.
 */
final class Reply implements Response {

    private int status = 200;
    private Map<String, Object> body;
    private final List<String> headers = new ArrayList<>(4);
    private boolean hal;

    Reply() {
        this.body = new LinkedHashMap<>();
    }

    /** An error answer: {@code {"error": message}}. */
    static Reply error(int status, String message) {
        Reply reply = new Reply();
        reply.status = status;
        reply.body.put("error", message);
        return reply;
    }

    /** An answer whose body is an existing document; members put later go into a copy. */
    static Reply of(Map<String, Object> document) {
        Reply reply = new Reply();
        reply.body = document;
        return reply;
    }

    @Override
    public Reply put(String key, Object value) {
        if (!(body instanceof LinkedHashMap)) {
            body = new LinkedHashMap<>(body);
        }
        body.put(key, value);
        return this;
    }

    @Override
    public Reply status(int value) {
        if (value < 200 || value > 399) {
            throw new IllegalArgumentException("an operation's status must be 200 to 399, got " + value
                    + "; answer errors by throwing an OperationException, which adds the error text");
        }
        this.status = value;
        return this;
    }

    @Override
    public Reply header(String name, String value) {
        headers.add(name);
        headers.add(value);
        return this;
    }

    /** Replaces the whole body with a document. */
    void body(Map<String, Object> document) {
        this.body = document;
    }

    void hal(boolean value) {
        this.hal = value;
    }

    /** Sets the status without the operation range check (redirects). */
    void rawStatus(int value) {
        this.status = value;
    }

    int status() {
        return status;
    }

    Map<String, Object> body() {
        return body;
    }

    /** Header fields as a flat list: name, value, name, value, ... */
    List<String> headers() {
        return headers;
    }

    /** The headers as a map for {@code _meta.headers}, or null when there are none. */
    Map<String, Object> headersForMeta() {
        if (headers.isEmpty()) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i += 2) {
            map.put(headers.get(i), headers.get(i + 1));
        }
        return map;
    }

    boolean isHal() {
        return hal;
    }
}
