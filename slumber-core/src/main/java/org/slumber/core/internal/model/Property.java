package org.slumber.core.internal.model;

import java.util.function.Function;
import org.slumber.core.app.Instance;

/**
 * A read-only computed property of a model.
 *
 * @param name     the property name
 * @param compute  computes the JSON-able value from an instance
 * @param wireType {@code <app name>.<Model>.<name>}
 */
public record Property(String name, Function<Instance, ?> compute, String wireType) {
}
