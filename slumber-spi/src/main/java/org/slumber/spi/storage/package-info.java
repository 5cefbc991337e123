/**
 * The storage role: keeps the instances of models.
 *
 * <p>An adapter implements {@link org.slumber.spi.storage.StorageProvider} and lists it in
 * {@code META-INF/services/org.slumber.spi.storage.StorageProvider}. The core opens one
 * {@link org.slumber.spi.storage.Storage} per process, asks it to create its schema from the
 * model descriptors, then runs every operation as one unit of work inside
 * {@link org.slumber.spi.storage.Storage#read} or {@link org.slumber.spi.storage.Storage#write}.
 *
 * <p>Rows cross this interface as maps from field name to value; each value is of the Java
 * type its {@link org.slumber.spi.model.ValueType} names, or null. Check an implementation with
 * {@link org.slumber.spi.tck.StorageCompatibilityKit}.
 */
package org.slumber.spi.storage;
