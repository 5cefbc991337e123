package org.slumber.core.client;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slumber.core.internal.client.Agent;

/**
 * Where the client finds services: a fixed service map, or a directory URL whose document is
 * fetched once, on first use. A directory document with {@code apps} but no {@code services}
 * is a plain service: the one unnamed service at that URL.
 */
final class ServiceDirectory {

    /** The name of the one service of a plain directory. */
    static final String PLAIN = "";

    private final String documentUrl;
    private final Agent agent;
    private volatile Map<String, String> services;

    private ServiceDirectory(Map<String, String> services, String documentUrl, Agent agent) {
        this.services = services;
        this.documentUrl = documentUrl;
        this.agent = agent;
    }

    static ServiceDirectory of(Map<String, String> services) {
        Map<String, String> copy = new LinkedHashMap<>();
        services.forEach((name, url) -> copy.put(name, withSlash(absolute(url, "service " + name))));
        return new ServiceDirectory(Collections.unmodifiableMap(copy), null, null);
    }

    static ServiceDirectory at(String url, Agent agent) {
        return new ServiceDirectory(null, withSlash(absolute(url, "the directory")), agent);
    }

    /** Service name to absolute URL; {@link #PLAIN} for a plain directory. */
    Map<String, String> services() {
        Map<String, String> known = services;
        if (known == null) {
            synchronized (this) {
                if (services == null) {
                    services = fetch();
                }
                known = services;
            }
        }
        return known;
    }

    /**
     * Whether a URL is on a host the directory names: the directory document's own, or one of
     * its services' (as far as they are known, without fetching).
     */
    boolean trusts(java.net.URI url) {
        String origin = org.slumber.core.internal.client.Origins.of(url);
        if (documentUrl != null && origin.equals(org.slumber.core.internal.client.Origins.of(java.net.URI.create(documentUrl)))) {
            return true;
        }
        Map<String, String> known = services;
        if (known != null) {
            for (String service : known.values()) {
                if (origin.equals(org.slumber.core.internal.client.Origins.of(java.net.URI.create(service)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the services come from, for messages. */
    String source() {
        return documentUrl != null ? "the directory at " + documentUrl : "the service map";
    }

    private Map<String, String> fetch() {
        Map<String, Object> document = agent.get(documentUrl);
        Object listed = document.get("services");
        Map<String, String> found = new LinkedHashMap<>();
        if (listed instanceof Map<?, ?> map) {
            map.forEach((name, url) -> found.put(String.valueOf(name),
                    withSlash(URI.create(documentUrl).resolve(String.valueOf(url)).toString())));
        } else if (document.containsKey("apps")) {
            found.put(PLAIN, documentUrl);
        } else {
            throw new RemoteLookupException("The directory document at " + documentUrl
                    + " has neither \"services\" nor \"apps\"; point the client at a Slumber directory");
        }
        return Collections.unmodifiableMap(found);
    }

    private static String absolute(String url, String what) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The URL of " + what + " is malformed: " + url);
        }
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("The URL of " + what + " must be absolute, got " + url);
        }
        return url;
    }

    static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
