package org.slumber.core.operation;

/**
 * The answer an operation fills in: an ordered JSON object (the router adds {@code _meta}),
 * a status (default 200) and header fields.
 */
public interface Response {

    /**
     * Puts one member of the answer's JSON object; a later put of the same key replaces it.
     * Values are JSON-able Java values: String, Number (BigDecimal is written as a string that
     * keeps its scale), Boolean, null, a LocalDate or Instant (written in ISO-8601), a List or
     * a Map with String keys of such values.
     */
    Response put(String key, Object value);

    /**
     * Sets the status of a successful answer, 200 to 399. Errors are answered by throwing an
     * {@link OperationException}, which also sets the {@code error} text the protocol requires.
     */
    Response status(int status);

    /** Adds a header field to the answer (also listed in {@code _meta.headers}). */
    Response header(String name, String value);
}
