package org.slumber.core.internal.server;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.slumber.core.SlumberConfigurationException;

/**
 * The process's view of the service directory (wire-protocol.md, "Services and the
 * directory"): a map of service names to absolute URLs, where a value may name a local app,
 * or the URL of a directory document.
 */
public final class Directory {

    private final String service;
    private final Map<String, String> services;
    private final URI documentUrl;

    private Directory(String service, Map<String, String> services, URI documentUrl) {
        this.service = service;
        this.services = services;
        this.documentUrl = documentUrl;
    }

    /**
     * Parses the {@code slumber.directory} setting: an absolute URL (a directory document) or a
     * list {@code name=url,name=url}.
     *
     * @param appExists tells whether a map value that is not a URL names a local app
     */
    public static Directory parse(String service, String setting, String defaultOwnUrl, Predicate<String> appExists) {
        if (setting == null || setting.isBlank()) {
            if (service == null) {
                return new Directory(null, null, null);
            }
            return ofMap(service, Map.of(service, defaultOwnUrl), appExists);
        }
        String trimmed = setting.trim();
        if (!trimmed.contains("=")) {
            return ofUrl(service, trimmed);
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : trimmed.split(",")) {
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                throw new SlumberConfigurationException("Setting slumber.directory has the entry '" + entry
                        + "'; each entry of a directory map is name=url (or name=<local app name>)");
            }
            map.put(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
        }
        return ofMap(service, map, appExists);
    }

    /** A directory document at an absolute URL; the service's own URL is {@code <url><service>/}. */
    public static Directory ofUrl(String service, String url) {
        URI uri = absolute(url, "the directory URL");
        String base = url.endsWith("/") ? url : url + "/";
        Map<String, String> own = service == null ? null : Map.of(service, base + service + "/");
        return new Directory(service, own, uri);
    }

    /** A directory map; values may name local apps. */
    public static Directory ofMap(String service, Map<String, String> map, Predicate<String> appExists) {
        if (service != null && !map.containsKey(service)) {
            throw new SlumberConfigurationException("Setting slumber.directory lists " + map.keySet()
                    + " but not this process's own service " + service + " (setting slumber.service); add "
                    + service + "=<its absolute URL>");
        }
        String ownUrl = service == null ? null : map.get(service);
        if (ownUrl != null) {
            absolute(ownUrl, "the URL of this process's own service " + service);
        }
        Map<String, String> resolved = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : map.entrySet()) {
            String value = entry.getValue();
            if (value.startsWith("http://") || value.startsWith("https://")) {
                absolute(value, "the URL of service " + entry.getKey());
                resolved.put(entry.getKey(), value.endsWith("/") ? value : value + "/");
            } else if (appExists.test(value)) {
                if (ownUrl == null) {
                    throw new SlumberConfigurationException("Setting slumber.directory maps service " + entry.getKey()
                            + " to the local app " + value + ", which needs this process's own service URL; set "
                            + "slumber.service and list it in the directory");
                }
                String base = ownUrl.endsWith("/") ? ownUrl : ownUrl + "/";
                resolved.put(entry.getKey(), base + value.replace('.', '/') + "/");
            } else {
                throw new SlumberConfigurationException("Setting slumber.directory maps service " + entry.getKey()
                        + " to '" + value + "', which is neither an absolute http(s) URL nor the name of a local app");
            }
        }
        return new Directory(service, Collections.unmodifiableMap(resolved), null);
    }

    private static URI absolute(String url, String what) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new SlumberConfigurationException("Setting slumber.directory: " + what + " is not a URL: " + url);
        }
        if (!uri.isAbsolute() || uri.getHost() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new SlumberConfigurationException("Setting slumber.directory: " + what
                    + " must be an absolute http(s) URL, got '" + url + "'");
        }
        return uri;
    }

    /**
     * This URL-form directory with the services its document lists (fetched by the client); the
     * process's own entry, when the document lists it, replaces the one guessed from the URL.
     */
    public Directory withFetchedServices(Map<String, String> fetched) {
        Map<String, String> merged = new LinkedHashMap<>(fetched);
        if (service != null && !merged.containsKey(service) && services != null) {
            merged.put(service, services.get(service));
        }
        return new Directory(service, Collections.unmodifiableMap(merged), documentUrl);
    }

    /** The service name, or null in plain mode. */
    public String service() {
        return service;
    }

    /** Service name to absolute URL (known so far), or null in plain mode without a directory. */
    public Map<String, String> services() {
        return services;
    }

    /** The URL of the directory document, or null when the directory is a map. */
    public URI documentUrl() {
        return documentUrl;
    }

    @Override
    public String toString() {
        return documentUrl != null ? documentUrl.toString() : String.valueOf(services);
    }
}
