package org.slumber.core.internal.client;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client's cache of GET answers (client.md, "Caching"): only successful answers, each for the
 * time its caller asked, dropped when a write through the client touches the URL. Bounded: it
 * is cleared when it grows past its limit. Thread-safe.
 */
final class ResponseCache {

    private record Entry(Map<String, Object> document, long expiresAt) {
    }

    private static final int MAX_ENTRIES = 10_000;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    /** The cached document of a URL, or null. */
    Map<String, Object> get(String url) {
        Entry entry = entries.get(url);
        if (entry == null) {
            return null;
        }
        if (System.nanoTime() - entry.expiresAt >= 0) {
            entries.remove(url, entry);
            return null;
        }
        return entry.document;
    }

    void put(String url, Map<String, Object> document, Duration ttl) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(url, new Entry(document, System.nanoTime() + ttl.toNanos()));
    }

    /** Drops a URL and the URLs below it (an instance's data arrays). */
    void invalidate(String url) {
        entries.keySet().removeIf(key -> key.startsWith(url));
    }

    void clear() {
        entries.clear();
    }
}
