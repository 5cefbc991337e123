package org.slumber.core.client;

import java.util.Map;

/**
 * Sends the client's requests (client.md, "User agent"): signs them with the process's key,
 * forwards the acting user, caches GET answers where configured, retries GETs up to 3 times
 * on connection failures and 5xx, and dispatches requests for services in the same JVM
 * without a socket. Answers are JSON documents as ordered maps of plain values. Thread-safe.
 */
public interface UserAgent {

    /**
     * GETs a JSON document.
     *
     * @param url an absolute URL
     * @throws RemoteException for no answer or a status of 400 or more
     */
    Map<String, Object> get(String url);

    /** POSTs a JSON body and returns the answer. */
    Map<String, Object> post(String url, Map<String, ?> body);

    /** PUTs a JSON body and returns the answer. */
    Map<String, Object> put(String url, Map<String, ?> body);

    /** DELETEs and returns the answer. */
    Map<String, Object> delete(String url);
}
