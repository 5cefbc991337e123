package org.slumber.spi.storage;

/**
 * The usage rules every {@link StorageSession} enforces, ready for an adapter to use: a session
 * is valid only inside the unit of work that handed it out, only on the thread that runs that
 * unit, and writes only in a {@link Storage#write} unit. A session makes one when its unit
 * starts (on the unit's thread), calls {@link #check} before each operation and {@link #end}
 * when the unit is over. The messages name the model or link, the operation and the fix.
 *
 * <p>Not thread-safe, by design: it belongs to its session's thread, which is one of the rules
 * it checks.
 */
public final class SessionRules {

    private final Thread owner = Thread.currentThread();
    private final boolean writable;
    private boolean ended;

    /** @param writable whether the unit is a write unit */
    public SessionRules(boolean writable) {
        this.writable = writable;
    }

    /** Whether the unit is a write unit. */
    public boolean writable() {
        return writable;
    }

    /** Whether {@link #end} was called. */
    public boolean ended() {
        return ended;
    }

    /** Makes every later {@link #check} fail: the unit of work that handed out the session is over. */
    public void end() {
        ended = true;
    }

    /**
     * Checks one operation of the session.
     *
     * @param subject   the model or link it concerns, for the message
     * @param operation the operation, for the message
     * @param writes    whether it changes data
     * @throws StorageException when the unit has ended, on another thread, or for a write in a
     *                          read unit
     */
    public void check(String subject, String operation, boolean writes) {
        if (ended) {
            throw new StorageException(subject + ": " + operation
                    + ": this session's unit of work has ended; a session is valid only inside its read or write call");
        }
        if (Thread.currentThread() != owner) {
            throw new StorageException(subject + ": " + operation + ": this session belongs to thread "
                    + owner.getName() + " and cannot be used on " + Thread.currentThread().getName());
        }
        if (writes && !writable) {
            throw new StorageException(subject + ": " + operation
                    + ": this session is read-only; run writes inside Storage.write");
        }
    }
}
