package org.slumber.spi.tck;

import static org.slumber.spi.tck.StorageKitSchema.PIZZA;
import static org.slumber.spi.tck.StorageKitSchema.PRICE;
import static org.slumber.spi.tck.StorageKitSchema.SHOP;
import static org.slumber.spi.tck.StorageKitSchema.TAG;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slumber.spi.model.ModelDescriptor;
import org.slumber.spi.storage.Storage;

/**
 * What the groups of the storage kit share: the store of the current test and short ways to
 * put rows into it and read them back, each in a unit of work of its own.
 */
abstract class StorageChecks {

    private final StorageCompatibilityKit kit;

    StorageChecks(StorageCompatibilityKit kit) {
        this.kit = kit;
    }

    final StorageCompatibilityKit kit() {
        return kit;
    }

    final Storage storage() {
        return kit.storage();
    }

    final <T> T write(Storage.Work<T> work) {
        return storage().write(work);
    }

    final <T> T read(Storage.Work<T> work) {
        return storage().read(work);
    }

    /** Reads rows in a unit of work of their own (a typed {@link #read}, for assertions). */
    final List<Map<String, Object>> readRows(Storage.Work<List<Map<String, Object>>> work) {
        return read(work);
    }

    /** Runs a write that answers yes or no (a typed {@link #write}, for assertions). */
    final boolean writeBoolean(Storage.Work<Boolean> work) {
        return write(work);
    }

    /** A mutable row from name, value pairs; values may be null. */
    static Map<String, Object> row(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("row needs name, value pairs");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }

    final Object insert(ModelDescriptor model, Map<String, Object> values) {
        return write(session -> session.insert(model, values));
    }

    final Optional<Map<String, Object>> find(ModelDescriptor model, Object key) {
        return read(session -> session.find(model, key));
    }

    /** The row with this key, which must exist. */
    final Map<String, Object> get(ModelDescriptor model, Object key) {
        return find(model, key).orElseThrow(() -> new AssertionError(model.name() + " " + key + " is missing"));
    }

    final long newShop(String slug) {
        return (Long) insert(SHOP, row("slug", slug, "name", "Shop " + slug));
    }

    final long newPizza(String name, Long shop) {
        return (Long) insert(PIZZA, row("name", name, "shop", shop));
    }

    final long newPrice(long pizza, String size) {
        return (Long) insert(PRICE, row("pizza", pizza, "size", size));
    }

    final int newTag(String label) {
        return (Integer) insert(TAG, row("label", label));
    }

    /** Inserts {@code count} shops with slugs {@code <prefix>-0 ...}; returns their keys in insert order. */
    final List<Long> newShops(String prefix, int count) {
        return write(session -> {
            List<Long> keys = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                keys.add((Long) session.insert(SHOP, row("slug", prefix + "-" + i, "name", "Shop " + i)));
            }
            return keys;
        });
    }

    /** The keys of these rows, in their order. */
    static List<Object> keysOf(ModelDescriptor model, List<Map<String, Object>> rows) {
        List<Object> keys = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            keys.add(row.get(model.key()));
        }
        return keys;
    }

    /** The given keys, largest first. */
    static <K extends Comparable<K>> List<Object> descending(List<K> keys) {
        List<K> sorted = new ArrayList<>(keys);
        sorted.sort((a, b) -> b.compareTo(a));
        return new ArrayList<>(sorted);
    }
}
