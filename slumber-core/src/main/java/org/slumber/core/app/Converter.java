package org.slumber.core.app;

/**
 * Converts the values of one stored type to and from their JSON form, replacing the built-in
 * encoding for one model (registered with {@link ModelBuilder#converter}).
 *
 * @param <T> the Java type of the stored values
 */
public interface Converter<T> {

    /**
     * The JSON form of a non-null value: a String, Number, Boolean, List or Map.
     */
    Object toJson(T value);

    /**
     * The value of a non-null JSON form (from a JSON body, or a String from a form or query).
     *
     * @throws IllegalArgumentException with a short reason when the form is not acceptable; the
     *                                  caller answers 400 naming the field
     */
    T fromJson(Object json);
}
