package org.slumber.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * HTTP header fields: an immutable, ordered multi-map whose names compare without regard to
 * case. Used by requests and responses of both the hosting and the transport role.
 *
 * <p>Adapters may implement this interface to wrap their own header type without copying;
 * {@link #builder()} gives the plain implementation.
 */
public interface Headers {

    /** The first value of the named field, or {@code null} when it is absent. */
    String first(String name);

    /** Every value of the named field in the order received; empty when it is absent. */
    List<String> all(String name);

    /** Calls {@code action} with each (name, value) pair in the order they were added. */
    void forEach(BiConsumer<String, String> action);

    /** Whether the named field is present. */
    default boolean contains(String name) {
        return first(name) != null;
    }

    /** No headers. */
    static Headers empty() {
        return Plain.EMPTY;
    }

    /** Headers holding these (name, value) pairs; values are single strings. */
    static Headers of(Map<String, String> fields) {
        Builder builder = builder();
        fields.forEach(builder::add);
        return builder.build();
    }

    /** A builder of the plain implementation. */
    static Builder builder() {
        return new Builder();
    }

    /** Collects header fields; not thread-safe. */
    final class Builder {
        private final List<String> pairs = new ArrayList<>();

        private Builder() {
        }

        /** Adds one field; a name may be added several times. */
        public Builder add(String name, String value) {
            Objects.requireNonNull(name, "header name");
            Objects.requireNonNull(value, "value of header " + name);
            pairs.add(name);
            pairs.add(value);
            return this;
        }

        /** Adds every field of {@code other}. */
        public Builder addAll(Headers other) {
            other.forEach(this::add);
            return this;
        }

        /** Replaces every field of this name with one value. */
        public Builder set(String name, String value) {
            remove(name);
            return add(name, value);
        }

        /** Removes every field of this name. */
        public Builder remove(String name) {
            for (int i = pairs.size() - 2; i >= 0; i -= 2) {
                if (pairs.get(i).equalsIgnoreCase(name)) {
                    pairs.remove(i + 1);
                    pairs.remove(i);
                }
            }
            return this;
        }

        public Headers build() {
            return pairs.isEmpty() ? Plain.EMPTY : new Plain(pairs.toArray(new String[0]));
        }
    }

    /** The plain implementation: a flat array of name, value pairs. */
    final class Plain implements Headers {
        static final Headers EMPTY = new Plain(new String[0]);

        private final String[] pairs;

        private Plain(String[] pairs) {
            this.pairs = pairs;
        }

        @Override
        public String first(String name) {
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i].equalsIgnoreCase(name)) {
                    return pairs[i + 1];
                }
            }
            return null;
        }

        @Override
        public List<String> all(String name) {
            List<String> values = null;
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i].equalsIgnoreCase(name)) {
                    if (values == null) {
                        values = new ArrayList<>(2);
                    }
                    values.add(pairs[i + 1]);
                }
            }
            return values == null ? List.of() : Collections.unmodifiableList(values);
        }

        @Override
        public void forEach(BiConsumer<String, String> action) {
            for (int i = 0; i < pairs.length; i += 2) {
                action.accept(pairs[i], pairs[i + 1]);
            }
        }

        /** The distinct names, lower-cased, for messages and tests. */
        public Set<String> names() {
            Map<String, Boolean> names = new TreeMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                names.put(pairs[i].toLowerCase(Locale.ROOT), Boolean.TRUE);
            }
            return names.keySet();
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("{");
            for (int i = 0; i < pairs.length; i += 2) {
                if (i > 0) {
                    text.append(", ");
                }
                text.append(pairs[i]).append(": ").append(pairs[i + 1]);
            }
            return text.append('}').toString();
        }
    }
}
