/**
 * The technology compatibility kits: abstract JUnit 5 classes an adapter author extends to check
 * an implementation of a role. {@link org.slumber.spi.tck.StorageCompatibilityKit} checks the
 * storage role, {@link org.slumber.spi.tck.HostingCompatibilityKit} the hosting role,
 * {@link org.slumber.spi.tck.TransportCompatibilityKit} the transport role.
 *
 * <p>JUnit 5 and AssertJ are optional dependencies of {@code slumber-spi}; an adapter that runs
 * a kit declares them in test scope.
 */
package org.slumber.spi.tck;
