package org.slumber.core.internal.server;

import java.util.ArrayList;
import java.util.List;
import org.slumber.core.internal.model.App;
import org.slumber.core.internal.model.Model;
import org.slumber.core.internal.model.OperationBinding;
import org.slumber.core.internal.model.Paths;
import org.slumber.core.internal.model.Registry;

/**
 * Resolves request paths to {@link Route}s (wire-protocol.md, "URL layout"): custom mounts
 * first by longest URI, then the service segment, the longest app path, the model and the
 * operation. Pure: no storage, no authentication. Thread-safe.
 */
final class PathResolver {

    private final Registry registry;
    private final String mountPoint;
    private final String mountWithoutSlash;
    private final String service;
    private final List<OperationBinding> mounted;
    private final String[] mountPrefixes;

    PathResolver(Registry registry, String service) {
        this.registry = registry;
        this.mountPoint = registry.mountPoint();
        this.mountWithoutSlash = mountPoint.substring(0, mountPoint.length() - 1);
        this.service = service;
        this.mounted = registry.mountedOperations();
        this.mountPrefixes = new String[mounted.size()];
        for (int i = 0; i < mountPrefixes.length; i++) {
            mountPrefixes[i] = mounted.get(i).mountUri() + "/";
        }
    }

    Route resolve(String path, String query) {
        if (path.equals(mountWithoutSlash)) {
            return new Route.Redirect(withQuery(mountPoint, query), service != null);
        }
        if (!path.startsWith(mountPoint)) {
            return new Route.NotFound("No Slumber resource at " + path + "; Slumber is mounted at " + mountPoint);
        }
        if (!path.endsWith("/")) {
            return new Route.Redirect(withQuery(path + "/", query), false);
        }
        String under = path.substring(mountPoint.length());
        for (int i = 0; i < mountPrefixes.length; i++) {
            String prefix = mountPrefixes[i];
            OperationBinding binding = mounted.get(i);
            if (under.startsWith(prefix)) {
                List<String> arguments = segments(under.substring(prefix.length()));
                if (arguments == null) {
                    return notFound(path);
                }
                return new Route.Operation(binding, arguments);
            }
        }
        String rest = under;
        if (service != null) {
            if (rest.isEmpty()) {
                return new Route.ServiceDirectory();
            }
            int slash = rest.indexOf('/');
            String first = rest.substring(0, slash);
            if (!first.equals(service)) {
                return new Route.NotFound("No service " + first + " here; this server hosts the service " + service);
            }
            rest = rest.substring(slash + 1);
        }
        if (rest.isEmpty()) {
            return new Route.AppList();
        }
        App app = null;
        for (App candidate : registry.appsByLongestPath()) {
            if (rest.startsWith(candidate.path() + "/")) {
                app = candidate;
                break;
            }
        }
        if (app == null) {
            return new Route.NotFound("No app at " + path);
        }
        rest = rest.substring(app.path().length() + 1);
        if (rest.isEmpty()) {
            return new Route.AppModels(app);
        }
        int slash = rest.indexOf('/');
        String modelName = rest.substring(0, slash);
        Model model = app.models().get(modelName);
        if (model == null) {
            return new Route.NotFound("App " + app.name() + " has no model " + modelName + "; its models are "
                    + app.models().keySet());
        }
        rest = rest.substring(slash + 1);
        if (rest.isEmpty()) {
            return new Route.ModelMetadata(model);
        }
        slash = rest.indexOf('/');
        String operationName = rest.substring(0, slash);
        OperationBinding binding = model.operation(operationName);
        if (binding == null) {
            return new Route.NotFound("Model " + model.name() + " has no operation " + operationName
                    + "; its operations are " + model.operations().keySet());
        }
        List<String> arguments = segments(rest.substring(slash + 1));
        return arguments == null ? notFound(path) : new Route.Operation(binding, arguments);
    }

    private static Route notFound(String path) {
        return new Route.NotFound("No Slumber resource at " + path);
    }

    private static String withQuery(String path, String query) {
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    /** The decoded segments of {@code a/b/} (empty for ""), or null when one is empty or malformed. */
    private static List<String> segments(String rest) {
        if (rest.isEmpty()) {
            return List.of();
        }
        List<String> segments = new ArrayList<>(2);
        int start = 0;
        while (start < rest.length()) {
            int slash = rest.indexOf('/', start);
            if (slash == start) {
                return null;
            }
            try {
                segments.add(Paths.decodeSegment(rest.substring(start, slash)));
            } catch (IllegalArgumentException e) {
                return null;
            }
            start = slash + 1;
        }
        return segments;
    }
}
