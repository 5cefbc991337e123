package org.slumber.core.internal.model;

import java.util.List;

/**
 * Marks an operation whose HTTP methods depend on the model it serves: the built-in
 * {@code data} operation answers PUT only where the model keeps {@code create}, and DELETE only
 * where it keeps {@code delete}, so removing an operation also closes its other door.
 */
public interface ModelDependentMethods {

    /** The methods this operation answers for a model (of GET, POST, PUT, DELETE). */
    List<String> methodsFor(Model model);
}
