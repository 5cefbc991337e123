package org.slumber.examples.memory;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slumber.spi.model.Schema;
import org.slumber.spi.storage.Storage;
import org.slumber.spi.storage.StorageException;

/**
 * An open memory store: the committed version of the data, a lock for writers, and a flag for
 * close.
 *
 * <p><b>Versions.</b> The data is one immutable {@link Database}, held in a volatile field. A
 * read unit takes the version committed when it starts and works on it alone: it never waits
 * and never blocks anyone, and it sees nothing a later write commits. A write unit starts from
 * the committed version, derives new versions as it goes ({@link MemorySession}) and, when its
 * work returns, publishes its last version with one volatile write: every change of the unit
 * becomes visible at once. When the work throws, the unit's versions are dropped: there is
 * nothing to undo, and the exception propagates unchanged.
 *
 * <p><b>Writers take turns.</b> A fair {@link ReentrantLock} lets one write unit (or
 * createSchema) run at a time, so every unit starts from the version the previous one
 * committed, and no two units can both take a unique value or a generated key. A writer waits
 * at most {@link #LOCK_TIMEOUT} for its turn, then fails with
 * {@link StorageException.Transient} (running the unit again may succeed). Units of work do not
 * nest: a write started inside a write on the same thread is refused rather than deadlocking
 * or losing the outer unit's changes; a read inside a write sees the last committed version,
 * as a second database connection would.
 *
 * <p><b>Close.</b> Drops the data and refuses later units of work; idempotent. A write unit
 * that is running when the store closes commits nothing and fails.
 */
final class MemoryStorage implements Storage {

    /** How long a write unit waits for the one running before it. */
    static final Duration LOCK_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(MemoryStorage.class);

    private final String name;
    private final ReentrantLock writer = new ReentrantLock(true);
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Database committed = Database.empty();

    /** @param name the store's name for messages: its URL, or a description */
    MemoryStorage(String name) {
        this.name = Objects.requireNonNull(name, "name");
        LOG.info("Opened memory storage {}", name);
    }

    @Override
    public boolean createSchema(Schema schema) {
        Objects.requireNonNull(schema, "schema");
        requireOpen("createSchema");
        lock("createSchema");
        try {
            requireOpen("createSchema");
            Schemas.Result result = Schemas.apply(committed, schema);
            committed = result.database();
            LOG.debug("createSchema on memory storage {} created tables: {}", name, result.created());
            return result.created();
        } finally {
            writer.unlock();
        }
    }

    @Override
    public <T> T read(Work<T> work) {
        Objects.requireNonNull(work, "work");
        requireOpen("read");
        MemorySession session = new MemorySession(committed, false);
        try {
            return work.run(session);
        } finally {
            session.end();
        }
    }

    @Override
    public <T> T write(Work<T> work) {
        Objects.requireNonNull(work, "work");
        requireOpen("write");
        lock("write");
        try {
            requireOpen("write");
            MemorySession session = new MemorySession(committed, true);
            T result;
            try {
                result = work.run(session);
            } finally {
                session.end();
            }
            if (closed.get()) {
                throw new StorageException("write: the memory storage " + name
                        + " was closed while the unit of work ran; nothing was committed");
            }
            committed = session.database();
            return result;
        } finally {
            writer.unlock();
        }
    }

    /** Drops the data; later units of work fail. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        boolean locked = false;
        try {
            // let a running write unit see the flag before the data goes
            locked = writer.tryLock(LOCK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            committed = Database.empty();
        } finally {
            if (locked) {
                writer.unlock();
            }
        }
        LOG.info("Closed memory storage {}", name);
    }

    /** Waits for the writers' lock; refuses to nest and gives up after {@link #LOCK_TIMEOUT}. */
    private void lock(String operation) {
        if (writer.isHeldByCurrentThread()) {
            throw new StorageException(operation + ": a write unit of work of the memory storage " + name
                    + " is already running on this thread; units of work do not nest");
        }
        boolean locked;
        try {
            locked = writer.tryLock(LOCK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException(operation + ": interrupted while waiting for the running write unit of the "
                    + "memory storage " + name, e);
        }
        if (!locked) {
            throw new StorageException.Transient(operation + ": waited " + LOCK_TIMEOUT.toSeconds()
                    + " s for the running write unit of the memory storage " + name
                    + " to finish; nothing was done, and running the unit again may succeed", null);
        }
    }

    private void requireOpen(String operation) {
        if (closed.get()) {
            throw new StorageException(operation + ": the memory storage " + name + " is closed");
        }
    }

    @Override
    public String toString() {
        return "MemoryStorage[" + name + (closed.get() ? ", closed]" : "]");
    }
}
