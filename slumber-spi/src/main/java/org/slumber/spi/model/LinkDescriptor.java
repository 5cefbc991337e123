package org.slumber.spi.model;

import java.util.Objects;

/**
 * A many-to-many link between two models, kept in its own table of (owner key, target key)
 * pairs, as a user's groups are. Deleting either end deletes its link rows.
 *
 * @param name         a name for messages, {@code <owner model>.<link field>}
 * @param table        the link table
 * @param owner        the table of the owning model
 * @param ownerColumn  the column of the link table that holds the owner's key
 * @param target       the table of the linked model
 * @param targetColumn the column of the link table that holds the target's key
 */
public record LinkDescriptor(String name, String table, ModelDescriptor owner, String ownerColumn,
                             ModelDescriptor target, String targetColumn) {

    public LinkDescriptor {
        Objects.requireNonNull(name, "name");
        Names.requireIdentifier(table, "table of link " + name);
        Objects.requireNonNull(owner, "owner");
        Names.requireIdentifier(ownerColumn, "ownerColumn of link " + name);
        Objects.requireNonNull(target, "target");
        Names.requireIdentifier(targetColumn, "targetColumn of link " + name);
        if (ownerColumn.equalsIgnoreCase(targetColumn)) {
            throw new IllegalArgumentException("link " + name + " uses column " + ownerColumn + " for both ends");
        }
    }
}
