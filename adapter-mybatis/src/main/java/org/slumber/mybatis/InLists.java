package org.slumber.mybatis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.slumber.spi.model.ValueType;

/**
 * IN lists of keys. A list of n keys is padded (by repeating its last key) to the next power of
 * two, so one statement serves a whole range of sizes and the database prepares few distinct
 * texts; lists longer than {@link #MAX_KEYS} are split.
 */
final class InLists {

    /** The most keys in one IN list. */
    static final int MAX_KEYS = 512;

    private InLists() {
    }

    /** The distinct keys in the order given, split into lists of at most {@link #MAX_KEYS}. */
    static List<List<Object>> chunks(Collection<?> keys) {
        List<Object> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
        List<List<Object>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += MAX_KEYS) {
            chunks.add(distinct.subList(from, Math.min(distinct.size(), from + MAX_KEYS)));
        }
        return chunks;
    }

    /** The number of parameters the IN list of a chunk of this size has: the next power of two. */
    static int slots(int size) {
        int slots = 1;
        while (slots < size) {
            slots <<= 1;
        }
        return slots;
    }

    /** {@code #{<prefix>0}, #{<prefix>1}, ...} for {@code slots} parameters of this type. */
    static String parameters(String prefix, int slots, ValueType type) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < slots; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(ValueTypes.parameter(prefix + i, type));
        }
        return text.toString();
    }

    /** Puts the chunk's keys under {@code <prefix>0 ...}, repeating the last up to its slot count. */
    static void bind(Map<String, Object> parameters, String prefix, List<Object> chunk) {
        int slots = slots(chunk.size());
        for (int i = 0; i < slots; i++) {
            parameters.put(prefix + i, chunk.get(Math.min(i, chunk.size() - 1)));
        }
    }
}
