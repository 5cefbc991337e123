package org.slumber.core.client;

import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code slumber://} scheme (client.md): URLs written relative to a service of the
 * directory, {@code slumber://<service>/<path>}, so that data copied between environments
 * points at the right services.
 */
public final class SlumberScheme {

    /** The scheme's prefix. */
    public static final String PREFIX = "slumber://";

    private SlumberScheme() {
    }

    /**
     * If {@code url} starts with a service's URL (the longest such prefix wins), replaces that
     * prefix with {@code slumber://<service>/}; otherwise returns it unchanged.
     *
     * @param services service name to absolute URL; may be null (then nothing matches)
     */
    public static String toSlumberScheme(String url, Map<String, String> services) {
        if (url == null || services == null) {
            return url;
        }
        String bestService = null;
        String bestPrefix = "";
        for (Map.Entry<String, String> service : services.entrySet()) {
            String prefix = withSlash(service.getValue());
            if (url.startsWith(prefix) && prefix.length() > bestPrefix.length()) {
                bestService = service.getKey();
                bestPrefix = prefix;
            }
        }
        return bestService == null ? url : PREFIX + bestService + "/" + url.substring(bestPrefix.length());
    }

    /**
     * Replaces {@code slumber://<service>/} with that service's URL. URLs in other schemes pass
     * through unchanged.
     *
     * @param services service name to absolute URL; may be null
     * @throws IllegalArgumentException when the service is unknown or there is no service map;
     *                                  the message names the URL and the known services
     */
    public static String fromSlumberScheme(String url, Map<String, String> services) {
        if (url == null || !url.startsWith(PREFIX)) {
            return url;
        }
        int slash = url.indexOf('/', PREFIX.length());
        String service = slash < 0 ? url.substring(PREFIX.length()) : url.substring(PREFIX.length(), slash);
        String rest = slash < 0 ? "" : url.substring(slash + 1);
        if (services == null) {
            throw new IllegalArgumentException("Cannot resolve " + url + ": this process has no service map "
                    + "(set slumber.directory)");
        }
        String base = services.get(service);
        if (base == null) {
            throw new IllegalArgumentException("Cannot resolve " + url + ": no service " + service
                    + " in the directory; known services are " + new TreeMap<>(services).keySet());
        }
        return withSlash(base) + rest;
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
