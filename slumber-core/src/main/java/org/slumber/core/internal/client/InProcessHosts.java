package org.slumber.core.internal.client;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.slumber.spi.hosting.RequestHandler;

/**
 * The registry of servers running in this JVM, by origin ({@code http://localhost:8001}), so
 * that the client can dispatch requests to them without a socket (client.md, "In-process
 * shortcut"). This is the one piece of static mutable state in Slumber: servers register when
 * they start and unregister when they stop.
 */
public final class InProcessHosts {

    private static final ConcurrentHashMap<String, RequestHandler> BY_ORIGIN = new ConcurrentHashMap<>();

    private InProcessHosts() {
    }

    /** A registration, removed by {@link #close()}. */
    public record Registration(List<String> origins, RequestHandler handler) implements AutoCloseable {
        @Override
        public void close() {
            for (String origin : origins) {
                BY_ORIGIN.remove(origin, handler);
            }
        }
    }

    /** Registers a server under each of these origins (or absolute URLs, whose origin is taken). */
    public static Registration register(List<String> urls, RequestHandler handler) {
        List<String> origins = urls.stream().map(url -> origin(URI.create(url))).distinct().toList();
        for (String origin : origins) {
            BY_ORIGIN.put(origin, handler);
        }
        return new Registration(origins, handler);
    }

    /** The server in this JVM that serves this URL, or null. */
    public static RequestHandler find(URI url) {
        if (BY_ORIGIN.isEmpty()) {
            return null;
        }
        return BY_ORIGIN.get(origin(url));
    }

    private static String origin(URI url) {
        String scheme = url.getScheme() == null ? "http" : url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort() >= 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + ":" + port;
    }
}
