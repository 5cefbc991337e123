package org.slumber.spi.storage;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slumber.spi.model.LinkDescriptor;
import org.slumber.spi.model.ModelDescriptor;

/**
 * The operations of one unit of work. Valid only inside the {@link Storage#read} or
 * {@link Storage#write} call that handed it out, and only on that thread.
 *
 * <p>Rows are maps from field name to value, holding every field of the model; values are of
 * the Java type of their {@link org.slumber.spi.model.ValueType} or null. Rows returned are
 * the caller's to keep and change. Keys passed in are of the key field's Java type.
 *
 * <p>Every method may throw {@link StorageException}; its message names the model (or link)
 * and the operation.
 */
public interface StorageSession {

    /** The row with this key, if there is one. */
    Optional<Map<String, Object>> find(ModelDescriptor model, Object key);

    /**
     * The rows with any of these keys, in no particular order; keys without a row are skipped.
     * One round trip however many keys are given (used to resolve the foreign keys of a page).
     */
    List<Map<String, Object>> findAll(ModelDescriptor model, Collection<?> keys);

    /**
     * The rows whose fields equal all the given values (a null value matches null), key
     * descending, at most {@code limit} of them.
     *
     * @param equal field name to value; field names are fields of {@code model}
     */
    List<Map<String, Object>> select(ModelDescriptor model, Map<String, Object> equal, int limit);

    /**
     * One page of a keyset-paged listing: the rows that {@code filter} selects whose key is
     * smaller than {@code startAfter} (every such row when it is null), key descending, at most
     * {@code limit} of them. Must cost the same for a page near the end as for the first page.
     */
    List<Map<String, Object>> page(ModelDescriptor model, Filter filter, Object startAfter, int limit);

    /**
     * Inserts a row. When the values hold a non-null key it is used, and for a generated key
     * the generator is moved past it, so a later insert without a key does not collide;
     * otherwise a generated key is assigned.
     *
     * @param values field name to value; fields left out are stored as null
     * @return the key of the new row
     * @throws StorageException.UniqueViolation when the key or a unique field is taken
     */
    Object insert(ModelDescriptor model, Map<String, Object> values);

    /**
     * Sets the given fields of the row with this key; other fields keep their values. The key
     * itself is not changed even when {@code values} holds it.
     *
     * @return false when no row has this key
     */
    boolean update(ModelDescriptor model, Object key, Map<String, Object> values);

    /**
     * Deletes the row with this key, applying each referencing foreign key's
     * {@link org.slumber.spi.model.Reference.OnDelete} rule and removing its link rows.
     *
     * @return false when no row has this key
     * @throws StorageException.ReferenceViolation when a RESTRICT reference still points here
     */
    boolean delete(ModelDescriptor model, Object key);

    /**
     * Links owner and target.
     *
     * @return false when they were linked already
     */
    boolean link(LinkDescriptor link, Object ownerKey, Object targetKey);

    /**
     * Unlinks owner and target.
     *
     * @return false when they were not linked
     */
    boolean unlink(LinkDescriptor link, Object ownerKey, Object targetKey);

    /**
     * The distinct target rows linked to any of these owners, in no particular order, in one
     * round trip.
     */
    List<Map<String, Object>> linked(LinkDescriptor link, Collection<?> ownerKeys);
}
