package org.slumber.core.internal.client;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.slumber.spi.hosting.RequestHandler;

/**
 * The registry of servers running in this JVM, by URL prefix ({@code http://localhost:8001/}
 * for everything on a port, {@code https://gw/slumber/pizzas/} for one service behind a shared
 * gateway), so that the client can dispatch requests to them without a socket (client.md,
 * "In-process shortcut"). A registry that says so: static and mutable; servers register when
 * they have started and unregister when they stop. The longest matching prefix wins.
 */
public final class InProcessHosts {

    private static final ConcurrentHashMap<String, RequestHandler> BY_PREFIX = new ConcurrentHashMap<>();

    private InProcessHosts() {
    }

    /** A registration, removed by {@link #close()}. */
    public record Registration(List<String> prefixes, RequestHandler handler) implements AutoCloseable {
        @Override
        public void close() {
            for (String prefix : prefixes) {
                BY_PREFIX.remove(prefix, handler);
            }
        }
    }

    /**
     * Registers a server under each of these absolute URLs: a URL without a path (or with
     * {@code /}) covers its whole origin, a longer one only the URLs below it.
     */
    public static Registration register(List<String> urls, RequestHandler handler) {
        List<String> prefixes = urls.stream().map(url -> normalize(URI.create(url))).distinct().toList();
        for (String prefix : prefixes) {
            BY_PREFIX.put(prefix, handler);
        }
        return new Registration(prefixes, handler);
    }

    /** The server in this JVM that serves this URL (by the longest registered prefix), or null. */
    public static RequestHandler find(URI url) {
        if (BY_PREFIX.isEmpty()) {
            return null;
        }
        String target = normalize(url);
        RequestHandler best = null;
        int bestLength = -1;
        for (var entry : BY_PREFIX.entrySet()) {
            String prefix = entry.getKey();
            if (prefix.length() > bestLength && target.startsWith(prefix)) {
                best = entry.getValue();
                bestLength = prefix.length();
            }
        }
        return best;
    }

    /** The server in this JVM that serves this URL and can answer without serialising, or null. */
    public static LocalDispatch findLocal(URI url) {
        RequestHandler handler = find(url);
        return handler instanceof LocalDispatch local ? local : null;
    }

    /** {@code scheme://host:port/path} with scheme and host lower-cased, the default port made explicit. */
    private static String normalize(URI url) {
        String scheme = url.getScheme() == null ? "http" : url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort() >= 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return scheme + "://" + host + ":" + port + path;
    }
}
