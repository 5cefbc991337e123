package org.slumber.spi.storage;

import org.slumber.spi.model.Schema;

/**
 * An open store of model instances. Thread-safe: the core calls it from many request threads
 * at once; each {@link #read} or {@link #write} call runs on the calling thread and hands its
 * {@link StorageSession} only to that thread.
 */
public interface Storage extends AutoCloseable {

    /**
     * Creates whatever tables, keys, constraints and indexes of {@code schema} do not exist yet;
     * leaves existing ones alone. Safe to call on every start.
     *
     * @return true when this call created the schema's tables (a new database), false when they
     *         existed already
     * @throws StorageException naming the table and statement that failed
     */
    boolean createSchema(Schema schema);

    /**
     * Runs {@code work} as one read-only unit. The session must not be used after the call.
     *
     * @throws StorageException for failures of the store; exceptions thrown by {@code work}
     *                          propagate unchanged
     */
    <T> T read(Work<T> work);

    /**
     * Runs {@code work} as one transaction: committed when it returns, rolled back when it throws
     * (the exception then propagates unchanged). Nothing of a rolled-back unit is visible to
     * anyone.
     *
     * @throws StorageException for failures of the store, a {@link StorageException.UniqueViolation}
     *                          or {@link StorageException.ReferenceViolation} for broken constraints,
     *                          a {@link StorageException.Transient} when running the unit again may
     *                          succeed (deadlock, lock timeout)
     */
    <T> T write(Work<T> work);

    /** Releases connections and, for embedded databases, shuts the database down. Idempotent. */
    @Override
    void close();

    /** A unit of work against a session. */
    @FunctionalInterface
    interface Work<T> {
        T run(StorageSession session);
    }
}
