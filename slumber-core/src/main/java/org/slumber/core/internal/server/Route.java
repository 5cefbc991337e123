package org.slumber.core.internal.server;

import java.util.List;
import org.slumber.core.internal.model.App;
import org.slumber.core.internal.model.Model;
import org.slumber.core.internal.model.OperationBinding;

/** Where a request path leads, as the router resolved it (before authentication is applied). */
sealed interface Route {

    /** {@code 301} to the path with a slash appended. */
    record Redirect(String location, boolean toDirectory) implements Route {
    }

    /** The service directory ({@code /slumber/} in service mode). */
    record ServiceDirectory() implements Route {
    }

    /** The application list. */
    record AppList() implements Route {
    }

    /** An app's models. */
    record AppModels(App app) implements Route {
    }

    /** A model's metadata. */
    record ModelMetadata(Model model) implements Route {
    }

    /** An operation, with the path segments after its name (decoded). */
    record Operation(OperationBinding binding, List<String> arguments) implements Route {
    }

    /** Nothing is there. */
    record NotFound(String message) implements Route {
    }
}
