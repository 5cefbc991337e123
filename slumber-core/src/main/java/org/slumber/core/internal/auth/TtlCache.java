package org.slumber.core.internal.auth;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small time-bounded cache: entries live for a fixed time and the map is cleared when it
 * grows past its bound. Thread-safe; a zero time turns it off.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class TtlCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {
    }

    private final long ttlNanos;
    private final int maxEntries;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    TtlCache(Duration ttl, int maxEntries) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    /** The cached value, or the loaded one (cached when not null). */
    V get(K key, Function<K, V> loader) {
        if (ttlNanos <= 0) {
            return loader.apply(key);
        }
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.expiresAt < 0) {
            return entry.value;
        }
        V value = loader.apply(key);
        if (value != null) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, now + ttlNanos));
        } else {
            entries.remove(key);
        }
        return value;
    }

    /** Forgets one key. */
    void remove(K key) {
        entries.remove(key);
    }

    /** Forgets everything. */
    void clear() {
        entries.clear();
    }
}
