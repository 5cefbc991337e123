package org.slumber.spi.storage;

import java.util.Objects;
import org.slumber.spi.model.LinkDescriptor;

/** Which rows of a model a {@linkplain StorageSession#page page} draws from. */
public sealed interface Filter {

    /** Every row. */
    static Filter all() {
        return All.INSTANCE;
    }

    /** The rows whose field equals a value (a reverse relation: the rows referencing one instance). */
    static Filter equal(String field, Object value) {
        return new Equal(field, value);
    }

    /** The targets linked to one owner through a many-to-many link. */
    static Filter linked(LinkDescriptor link, Object ownerKey) {
        return new Linked(link, ownerKey);
    }

    /** Every row. */
    enum All implements Filter {
        INSTANCE
    }

    /**
     * Rows whose {@code field} equals {@code value}.
     *
     * @param field a field name of the paged model
     * @param value the value, not null
     */
    record Equal(String field, Object value) implements Filter {
        public Equal {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value of " + field);
        }
    }

    /**
     * Rows of the link's target model linked to {@code ownerKey}.
     *
     * @param link     the link; the paged model must be its target
     * @param ownerKey the owner's key, not null
     */
    record Linked(LinkDescriptor link, Object ownerKey) implements Filter {
        public Linked {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(ownerKey, "ownerKey");
        }
    }
}
