package org.slumber.core.internal.model;

import org.slumber.spi.model.LinkDescriptor;
import org.slumber.spi.storage.Filter;

/**
 * A data array of a model: the instances of another model whose foreign key points at an
 * instance of this one (a reverse relation), or the instances a many-to-many link joins to
 * it.
 *
 * @param name       the array's name (a related name, or the referencing model's name in lower case)
 * @param itemModel  the model of the items
 * @param foreignKey for a reverse relation, the referencing field of {@code itemModel}; else null
 * @param link       for a many-to-many link, the link; else null
 */
public record DataArray(String name, Model itemModel, Field foreignKey, LinkDescriptor link) {

    /** The storage filter selecting the items of the instance with this key. */
    public Filter filterFor(Object ownerKey) {
        return link != null ? Filter.linked(link, ownerKey) : Filter.equal(foreignKey.name(), ownerKey);
    }
}
