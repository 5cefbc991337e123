package org.slumber.core.internal.model;

/**
 * Marks an operation that opens its own storage units, or needs none (the user operations of
 * the auth app, which ask the auth backend). The router runs other operations inside one
 * storage unit (read-only for GET, a transaction otherwise); these it runs without one, so
 * the backend's own units are never nested inside another.
 */
public interface StandaloneOperation {
}
