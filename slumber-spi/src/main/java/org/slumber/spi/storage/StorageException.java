package org.slumber.spi.storage;

import java.util.List;

/**
 * A failure of the storage role. The message says where: which model or link, which
 * operation, and for SQL stores which statement (never a password or a value of a row).
 */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A write that would give two rows the same key, unique field or unique-together group. */
    public static class UniqueViolation extends StorageException {
        private static final long serialVersionUID = 1L;

        private final String model;
        private final List<String> fields;

        /**
         * @param model  the qualified model name
         * @param fields the fields of the broken constraint, or empty when the store did not say
         */
        public UniqueViolation(String model, List<String> fields, String message, Throwable cause) {
            super(message, cause);
            this.model = model;
            this.fields = List.copyOf(fields);
        }

        public String model() {
            return model;
        }

        public List<String> fields() {
            return fields;
        }
    }

    /**
     * A unit of work that failed for a reason that need not repeat: a deadlock, a lock timeout,
     * a serialization failure (SQLState class 40 in SQL stores). Nothing of the unit was
     * committed, and running the whole unit again may succeed.
     */
    public static class Transient extends StorageException {
        private static final long serialVersionUID = 1L;

        public Transient(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * A value the store cannot keep although it passed the core's checks (SQLState class 22 in
     * SQL stores: too long, out of range, a character the database refuses). Nothing of the
     * unit was committed.
     */
    public static class InvalidValue extends StorageException {
        private static final long serialVersionUID = 1L;

        private final String model;

        public InvalidValue(String model, String message, Throwable cause) {
            super(message, cause);
            this.model = model;
        }

        public String model() {
            return model;
        }
    }

    /** A write or delete that would leave a foreign key pointing at nothing. */
    public static class ReferenceViolation extends StorageException {
        private static final long serialVersionUID = 1L;

        private final String model;

        public ReferenceViolation(String model, String message, Throwable cause) {
            super(message, cause);
            this.model = model;
        }

        public String model() {
            return model;
        }
    }
}
