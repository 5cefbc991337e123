package org.slumber.core.internal.server;

import java.util.ArrayList;
import java.util.List;
import org.slumber.core.internal.model.App;
import org.slumber.core.internal.model.Model;
import org.slumber.core.internal.model.OperationBinding;
import org.slumber.core.internal.model.Paths;
import org.slumber.core.internal.model.Registry;
import org.slumber.core.internal.render.Answer.Crumb;

/**
 * The breadcrumbs of the HTML view (wire-protocol.md, "Content negotiation"): where a request
 * path sits, from the top, as the router resolves it. In order, each only when the path lies
 * under it: the mount point (the service directory, or the application list without a
 * service), the service's application list, the app (labelled with its dotted name, however
 * many segments its path has), the model, and for an instance operation the instance (its key,
 * linking to its {@code data} URL, mounted or not); last the page itself, linking to the request
 * path. So every crumb but the last links to a page that answers 200 to a signed-in reader,
 * and none stands for a bare path segment such as {@code data/} or the {@code django/} of
 * {@code django/contrib/auth/}. A mounted operation's page sits under its model.
 *
 * <p>An anonymous reader is shown only what anyone may read (the service directory) and the
 * page itself, so the crumbs never tell them which apps or models exist. Built only for
 * renderers that show them; pure, thread-safe, and never throws (an unexpected failure gives
 * the page's crumb alone).
 */
final class Breadcrumbs {

    private final PathResolver resolver;
    private final Registry registry;
    private final String mountPoint;
    /** The service's name and application list URL; null without a service. */
    private final String service;
    private final String serviceUrl;

    Breadcrumbs(PathResolver resolver, Registry registry, String service) {
        this.resolver = resolver;
        this.registry = registry;
        this.mountPoint = registry.mountPoint();
        this.service = service;
        this.serviceUrl = service == null ? null : registry.rootUrl();
    }

    /** The crumbs of a request path, from the top; the last is the page itself. */
    List<Crumb> of(String path, boolean signedIn) {
        try {
            return build(path, signedIn);
        } catch (RuntimeException e) {
            return List.of(Crumb.here(path));
        }
    }

    private List<Crumb> build(String path, boolean signedIn) {
        List<Crumb> crumbs = new ArrayList<>(7);
        boolean underMount = path.startsWith(mountPoint);
        if (underMount && (signedIn || service != null)) {
            crumbs.add(new Crumb(Crumb.here(mountPoint).label(), mountPoint));
        }
        if (underMount && signedIn) {
            if (resolver.resolve(path, null) instanceof Route.Operation operation) {
                operation(crumbs, operation, path);
                return crumbs;
            }
            within(crumbs, path);
        }
        if (crumbs.isEmpty() || !crumbs.get(crumbs.size() - 1).url().equals(path)) {
            crumbs.add(Crumb.here(path));
        }
        return crumbs;
    }

    /** The service, app and model whose URLs the path starts with (or is). */
    private void within(List<Crumb> crumbs, String path) {
        if (serviceUrl != null && path.startsWith(serviceUrl)) {
            crumbs.add(new Crumb(service, serviceUrl));
        }
        for (App app : registry.appsByLongestPath()) {
            if (path.startsWith(app.url())) {
                crumbs.add(new Crumb(app.name(), app.url()));
                for (Model model : app.models().values()) {
                    if (path.startsWith(model.url())) {
                        crumbs.add(new Crumb(model.name(), model.url()));
                        break;
                    }
                }
                return;
            }
        }
    }

    /** An operation's page: under its model, and under the instance for an instance operation. */
    private void operation(List<Crumb> crumbs, Route.Operation route, String path) {
        OperationBinding binding = route.binding();
        Model model = binding.model();
        if (serviceUrl != null) {
            crumbs.add(new Crumb(service, serviceUrl));
        }
        crumbs.add(new Crumb(model.app().name(), model.app().url()));
        crumbs.add(new Crumb(model.name(), model.url()));
        List<String> arguments = route.arguments();
        String last = arguments.isEmpty() ? null : arguments.get(arguments.size() - 1);
        if (binding.isInstanceOperation() && last != null) {
            String key = arguments.get(0);
            OperationBinding data = model.operation("data");
            if (arguments.size() == 1 && binding.name().equals("data")) {
                crumbs.add(new Crumb(key, path));
                return;
            }
            if (data != null) {
                crumbs.add(new Crumb(key, data.url() + Paths.encodeSegment(key) + "/"));
            }
            crumbs.add(new Crumb(arguments.size() == 1 ? binding.name() : last, path));
        } else {
            crumbs.add(last == null ? Crumb.here(path) : new Crumb(last, path));
        }
    }
}
