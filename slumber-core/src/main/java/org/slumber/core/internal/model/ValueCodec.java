package org.slumber.core.internal.model;

/**
 * Converts the values of one stored type between their Java form (as storage holds them) and
 * their wire form. Implementations are stateless and thread-safe.
 */
public interface ValueCodec {

    /** The wire form of a non-null value: String, Number, Boolean, List or Map. */
    Object toJson(Object value);

    /**
     * The Java value of a non-null wire value from a JSON body (a String when it came from a
     * form or query string).
     *
     * @throws IllegalArgumentException with a short reason ("expects an integer") when it is
     *                                  not acceptable
     */
    Object fromJson(Object json);

    /** The text of a value in a URL path ({@code data/<pk>/}) or a query string. */
    default String toText(Object value) {
        return String.valueOf(toJson(value));
    }

    /**
     * The value written as text in a URL path or query string.
     *
     * @throws IllegalArgumentException when it is not acceptable
     */
    default Object fromText(String text) {
        return fromJson(text);
    }
}
