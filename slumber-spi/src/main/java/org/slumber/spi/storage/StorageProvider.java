package org.slumber.spi.storage;

/**
 * Opens {@link Storage}s: the service-provider interface of the storage role, found with
 * {@link java.util.ServiceLoader}. Implementations need a public no-argument constructor.
 *
 * <p>A provider may decline settings it cannot serve (a database URL of a scheme it does not
 * know); the core then tries the next provider and, when none accepts, fails at start-up
 * naming every provider it asked. {@link #accepts} is asked only in that discovery: a provider
 * chosen explicitly, by the setting {@code slumber.storage} or passed to the core's builder, is
 * opened with the settings as they are, so its {@link #open} decides what to do with settings it
 * would have declined: ignore them and say so in the log (the examples' memory store does, so
 * choosing it is all a swap takes), or throw a {@link StorageException} naming the fix.
 */
public interface StorageProvider {

    /** A short name for messages and for choosing among several providers (setting {@code slumber.storage}). */
    String name();

    /**
     * Whether this provider can open storage for these settings. Must not open connections.
     * The default accepts everything.
     */
    default boolean accepts(StorageSettings settings) {
        return true;
    }

    /**
     * Opens storage for these settings. The caller owns the result and closes it.
     *
     * @throws StorageException when the database cannot be reached; the message names the URL
     *                          (never the password)
     */
    Storage open(StorageSettings settings);
}
