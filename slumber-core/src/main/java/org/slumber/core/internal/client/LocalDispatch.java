package org.slumber.core.internal.client;

import java.util.Map;

/**
 * A server in this JVM answering a client's request without serialising it: the request's body
 * goes in as a document, the answer comes back as one. Authentication is the same as over the
 * network, without the signature's arithmetic: the caller presents its key and secret (checked
 * against the server's keys) and the user it acts for, or nothing (then the request is
 * anonymous, from the loopback address).
 */
public interface LocalDispatch {

    /**
     * An answer: its status, its document (with {@code _meta}, as JSON would carry it: fresh maps and lists of JSON
     * values: strings, longs, big decimals, booleans, null), and for redirects the Location.
     *
     * @param status   the HTTP status
     * @param document the JSON document
     * @param location the Location header, or null
     */
    record Result(int status, Map<String, Object> document, String location) {
    }

    /**
     * Answers one request on the calling thread.
     *
     * @param method     the HTTP method
     * @param rawPath    the path, percent-encoded
     * @param rawQuery   the query string without '?', or null
     * @param body       the JSON body, or null
     * @param key        the signing key, or null for an unsigned request
     * @param secret     the key's secret, or null
     * @param actingUser the user to act for, or null for the key's own user
     */
    Result answer(String method, String rawPath, String rawQuery, Map<String, ?> body, String key, String secret,
                  String actingUser);
}
