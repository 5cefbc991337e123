package org.slumber.spi.model;

import java.util.Objects;

/**
 * A foreign key: the column holds the key of a row of {@code targetTable}.
 *
 * @param targetTable  the referenced table
 * @param targetColumn the referenced (key) column
 * @param onDelete     what happens to referencing rows when the referenced row is deleted
 */
public record Reference(String targetTable, String targetColumn, OnDelete onDelete) {

    /** What deleting a referenced row does to the rows that reference it. */
    public enum OnDelete {
        /** Delete the referencing rows too. */
        CASCADE,
        /** Set the referencing column to null (the column must be nullable). */
        SET_NULL,
        /** Refuse the delete while references exist. */
        RESTRICT
    }

    public Reference {
        Names.requireIdentifier(targetTable, "targetTable");
        Names.requireIdentifier(targetColumn, "targetColumn");
        Objects.requireNonNull(onDelete, "onDelete");
    }
}
