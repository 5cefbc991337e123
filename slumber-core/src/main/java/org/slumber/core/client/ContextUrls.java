package org.slumber.core.client;

import java.net.URI;

/** Resolving the URLs found in documents against the URL each document came from. */
final class ContextUrls {

    private ContextUrls() {
    }

    /** {@code reference} resolved against {@code base}; absolute references are returned as they are. */
    static String resolve(String base, String reference) {
        if (reference == null) {
            return null;
        }
        if (reference.startsWith("http://") || reference.startsWith("https://")) {
            return reference;
        }
        return URI.create(base).resolve(reference).toString();
    }
}
