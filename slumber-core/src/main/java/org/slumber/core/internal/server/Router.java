package org.slumber.core.internal.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slumber.core.auth.User;
import org.slumber.core.client.ClientScope;
import org.slumber.core.client.RemoteException;
import org.slumber.core.internal.client.ActingUser;
import org.slumber.core.internal.client.LocalDispatch;
import org.slumber.core.internal.json.Json;
import org.slumber.core.internal.auth.Authenticator;
import org.slumber.core.internal.model.App;
import org.slumber.core.internal.model.Model;
import org.slumber.core.internal.model.ModelDependentMethods;
import org.slumber.core.internal.model.OperationBinding;
import org.slumber.core.internal.model.StandaloneOperation;
import org.slumber.core.internal.render.Answer;
import org.slumber.core.internal.render.Negotiation;
import org.slumber.core.internal.render.Renderer;
import org.slumber.core.operation.Operation;
import org.slumber.core.operation.OperationException;
import org.slumber.spi.Headers;
import org.slumber.spi.hosting.HostRequest;
import org.slumber.spi.hosting.HostResponse;
import org.slumber.spi.hosting.RequestHandler;
import org.slumber.spi.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's request handler: authentication, then routing, method, permission, the
 * operation, and rendering (architecture.md, "Request flow"; wire-protocol.md for the order
 * of the checks). Never throws and never answers with a stack trace: internal errors are
 * logged here and answered with a short JSON error. Thread-safe.
 */
public final class Router implements RequestHandler, LocalDispatch {

    private static final Logger LOG = LoggerFactory.getLogger(Router.class);
    private static final java.net.InetSocketAddress LOOPBACK =
            new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0);
    private static final List<String> ALLOW_ORDER = List.of("GET", "OPTIONS", "POST", "PUT", "DELETE");
    private static final String READ_ONLY_ALLOW = "GET, OPTIONS";
    /** How often a unit of work runs before a transient storage failure is answered with 503. */
    private static final int UNIT_ATTEMPTS = 3;

    private final ServerContext context;
    private final Authenticator authenticator;
    private volatile Directory directory;
    private final PathResolver resolver;
    private final Breadcrumbs breadcrumbs;
    private final Executor delayed;

    /**
     * @param missSignDelayMillis the delay before answering a request whose credentials failed
     */
    public Router(ServerContext context, Authenticator authenticator, Directory directory, long missSignDelayMillis) {
        this.context = context;
        this.authenticator = authenticator;
        this.directory = directory;
        this.resolver = new PathResolver(context.registry(), directory.service());
        this.breadcrumbs = new Breadcrumbs(resolver, context.registry(), directory.service());
        this.delayed = missSignDelayMillis <= 0 ? null
                : CompletableFuture.delayedExecutor(missSignDelayMillis, TimeUnit.MILLISECONDS);
    }

    /** Replaces the directory once the host has bound its port (for a directory defaulted from it). */
    public void directory(Directory value) {
        this.directory = value;
    }

    @Override
    public CompletionStage<HostResponse> handle(HostRequest request) {
        Exchange exchange = new Exchange(request);
        try {
            Authenticator.Outcome outcome = authenticator.authenticate(request);
            if (outcome instanceof Authenticator.Outcome.Refused refused && !isOpenResource(exchange)) {
                HostResponse answer = render(exchange, unauthorized(
                        "Authentication failed; the server log says why"));
                if (refused.delay() && delayed != null) {
                    return CompletableFuture.supplyAsync(() -> answer, delayed);
                }
                return CompletableFuture.completedFuture(answer);
            }
            if (outcome instanceof Authenticator.Outcome.Authenticated authenticated) {
                exchange.user = authenticated.user();
            }
            return CompletableFuture.completedFuture(render(exchange, dispatch(exchange)));
        } catch (RemoteException e) {
            LOG.warn("Answering 502 to {}: authentication needed another service, which failed: {}", request,
                    e.getMessage());
            return CompletableFuture.completedFuture(render(exchange,
                    Reply.error(502, "The authentication service failed; the server log says why")));
        } catch (RuntimeException | Error e) {
            LOG.error("Internal error answering {}", request, e);
            return CompletableFuture.completedFuture(render(exchange,
                    Reply.error(500, "Internal server error; the server log has the details")));
        }
    }

    /**
     * Answers a client of this JVM without serialising (the in-process shortcut): the same
     * authentication checks, routing, operations and documents as {@link #handle}; a refused
     * credential is answered at once (the miss-sign delay slows remote guessing only).
     */
    @Override
    public LocalDispatch.Result answer(String method, String rawPath, String rawQuery, Map<String, ?> body,
                                       String key, String secret, String actingUser) {
        HostRequest head = new HostRequest(method, rawPath, rawQuery, Headers.empty(), null, LOOPBACK);
        Exchange exchange = new Exchange(head, body == null ? null : body);
        Reply reply;
        try {
            Authenticator.Outcome outcome = authenticator.authenticateLocal(key, secret, actingUser, head);
            if (outcome instanceof Authenticator.Outcome.Refused && !isOpenResource(exchange)) {
                reply = unauthorized("Authentication failed; the server log says why");
            } else {
                if (outcome instanceof Authenticator.Outcome.Authenticated authenticated) {
                    exchange.user = authenticated.user();
                }
                reply = dispatch(exchange);
            }
        } catch (RemoteException e) {
            LOG.warn("Answering 502 to in-process {} {}: {}", method, rawPath, e.getMessage());
            reply = Reply.error(502, "A service this one depends on failed; the server log says why");
        } catch (RuntimeException | Error e) {
            LOG.error("Internal error answering in-process {} {}", method, rawPath, e);
            reply = Reply.error(500, "Internal server error; the server log has the details");
        }
        User user = exchange.user;
        Answer rendered = new Answer(reply.status(), reply.body(), reply.headers(),
                user == null ? null : user.username(), reply.isHal(), exchange.path());
        Map<String, Object> whole = reply.body();
        if (!reply.isHal()) {
            whole = new java.util.LinkedHashMap<>(reply.body());
            whole.put("_meta", rendered.meta());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> document = (Map<String, Object>) Json.copy(whole);
        return new LocalDispatch.Result(reply.status(), document, header(reply.headers(), "Location"));
    }

    private static String header(List<String> fields, String name) {
        for (int i = 0; i < fields.size(); i += 2) {
            if (fields.get(i).equalsIgnoreCase(name)) {
                return fields.get(i + 1);
            }
        }
        return null;
    }

    @Override
    public HostResponse refuse(HostRequest head, int status, String reason) {
        try {
            return render(new Exchange(head), Reply.error(status, reason));
        } catch (RuntimeException e) {
            LOG.error("Internal error refusing {}", head, e);
            byte[] body = "{\"error\":\"Internal server error\",\"_meta\":{\"status\":500,\"message\":\"Internal Server Error\"}}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return new HostResponse(500, Headers.of(Map.of("Content-Type", "application/json; charset=utf-8")), body);
        }
    }

    /** Whether anyone may read this resource: GET of the service directory (and its 301). */
    private boolean isOpenResource(Exchange exchange) {
        if (!exchange.method().equals("GET")) {
            return false;
        }
        Route route = resolver.resolve(exchange.path(), exchange.request().query());
        return route instanceof Route.ServiceDirectory || route instanceof Route.Redirect redirect
                && redirect.toDirectory();
    }

    private Reply dispatch(Exchange exchange) {
        Route route = resolver.resolve(exchange.path(), exchange.request().query());
        if (exchange.user == null) {
            if (!isOpenResource(exchange)) {
                return unauthorized("Authentication required: sign the request (FOST)"
                        + (authenticator.acceptsBasic() ? " or use HTTP Basic" : ""));
            }
        }
        try {
            return answer(exchange, route);
        } catch (OperationException e) {
            return Reply.error(e.status(), e.getMessage());
        } catch (StorageException.UniqueViolation e) {
            return Reply.error(409, "The write would break a unique constraint"
                    + (e.fields().isEmpty() ? "" : " on " + String.join(", ", e.fields())));
        } catch (RemoteException e) {
            LOG.warn("Answering 502 to {} {}: {}", exchange.request().method(), exchange.path(), e.getMessage());
            return Reply.error(502, "A service this one depends on failed; the server log says why");
        } catch (StorageException.InvalidValue e) {
            LOG.info("Answering 400 to {} {}: {}", exchange.request().method(), exchange.path(), e.getMessage());
            return Reply.error(400, "A value does not fit what the store keeps (too long, out of range or a "
                    + "character it refuses); nothing was written");
        } catch (StorageException.Transient e) {
            LOG.warn("Answering 503 to {} {} after {} transient storage failures: {}", exchange.request().method(),
                    exchange.path(), UNIT_ATTEMPTS, e.getMessage());
            return Reply.error(503, "The database is busy; try again").header("Retry-After", "1");
        } catch (StorageException.ReferenceViolation e) {
            return Reply.error(409, "The write would leave a reference to a missing instance, or the instance is "
                    + "still referenced");
        }
    }

    private Reply answer(Exchange exchange, Route route) {
        if (route instanceof Route.Redirect redirect) {
            Reply reply = Reply.error(301, "Moved to " + redirect.location());
            reply.rawStatus(301);
            reply.body().clear();
            reply.header("Location", redirect.location());
            return reply;
        }
        if (route instanceof Route.NotFound notFound) {
            return Reply.error(404, notFound.message());
        }
        if (route instanceof Route.Operation operation) {
            return operation(exchange, operation.binding(), operation.arguments());
        }
        Reply methodCheck = readOnlyResource(exchange);
        if (methodCheck != null) {
            return methodCheck;
        }
        if (route instanceof Route.ServiceDirectory) {
            Reply reply = new Reply();
            reply.put("services", directory.services());
            return reply;
        }
        if (route instanceof Route.AppList) {
            return appList(exchange);
        }
        if (route instanceof Route.AppModels appModels) {
            Map<String, Object> models = new LinkedHashMap<>();
            for (Model model : appModels.app().models().values()) {
                models.put(model.name(), model.url());
            }
            return new Reply().put("models", models);
        }
        if (route instanceof Route.ModelMetadata metadata) {
            return Reply.of(context.documents().metadata(metadata.model()));
        }
        throw new IllegalStateException("unhandled route " + route);
    }

    /** 405 / OPTIONS for resources that answer only GET; null when the method is GET. */
    private static Reply readOnlyResource(Exchange exchange) {
        String method = exchange.method();
        if (method.equals("GET")) {
            return null;
        }
        if (method.equals("OPTIONS")) {
            return new Reply().header("Allow", READ_ONLY_ALLOW);
        }
        return Reply.error(405, "Method " + method + " is not allowed here; allowed: " + READ_ONLY_ALLOW)
                .header("Allow", READ_ONLY_ALLOW);
    }

    private Reply appList(Exchange exchange) {
        String wanted = exchange.query().first("model");
        if (wanted != null) {
            Model model = findModel(wanted);
            if (model == null) {
                return Reply.error(404, "No model matches ?model=" + wanted
                        + "; give <app label or name suffix>.<Model>, e.g. slumber_examples.Pizza");
            }
            Reply reply = new Reply();
            reply.rawStatus(302);
            reply.header("Location", model.url());
            return reply;
        }
        Map<String, Object> apps = new LinkedHashMap<>();
        Map<String, Object> configuration = new LinkedHashMap<>();
        for (App app : context.registry().apps()) {
            apps.put(app.name(), app.url());
            if (app.configuration() != null) {
                configuration.put(app.name(), app.configuration());
            }
        }
        Reply reply = new Reply();
        reply.put("apps", apps);
        reply.put("configuration", configuration);
        reply.put("services", directory.services());
        return reply;
    }

    private Model findModel(String wanted) {
        int dot = wanted.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String appPart = wanted.substring(0, dot);
        String modelName = wanted.substring(dot + 1);
        for (App app : context.registry().apps()) {
            boolean matches = app.label().equals(appPart) || app.name().equals(appPart)
                    || app.name().endsWith("." + appPart);
            Model model = matches ? app.models().get(modelName) : null;
            if (model != null) {
                return model;
            }
        }
        return null;
    }

    private Reply operation(Exchange exchange, OperationBinding binding, List<String> arguments) {
        Operation operation = binding.operation();
        String method = exchange.method();
        List<String> methods = operation instanceof ModelDependentMethods dependent
                ? dependent.methodsFor(binding.model()) : operation.methods();
        String allow = allow(methods);
        if (method.equals("OPTIONS")) {
            return new Reply().header("Allow", allow);
        }
        if (!methods.contains(method)) {
            return Reply.error(405, "Method " + method + " is not allowed here; allowed: " + allow)
                    .header("Allow", allow);
        }
        Model model = binding.model();
        String permission = permission(model, operation.requiredPermission(method));
        if (permission != null && !context.backend().hasPerm(exchange.user, permission)) {
            return Reply.error(403, "Requires permission " + permission);
        }
        String primaryKey = null;
        List<String> rest = arguments;
        if (operation.isInstanceOperation()) {
            if (arguments.isEmpty()) {
                return Reply.error(404, "Operation " + binding.name() + " of " + model.name()
                        + " needs the instance's key in the URL: " + binding.url() + "<pk>/");
            }
            primaryKey = arguments.get(0);
            rest = arguments.subList(1, arguments.size());
        }
        RemoteReferences.Memo remoteMemo = new RemoteReferences.Memo();
        if (!method.equals("GET") && !(operation instanceof StandaloneOperation)) {
            prevalidate(exchange, model, remoteMemo);
        }
        for (int attempt = 1; ; attempt++) {
            Reply reply = new Reply();
            Call call = new Call(exchange, binding, rest, primaryKey, reply, context);
            try {
                run(operation, call, method.equals("GET"), remoteMemo);
                return reply;
            } catch (StorageException.InvalidValue e) {
            LOG.info("Answering 400 to {} {}: {}", exchange.request().method(), exchange.path(), e.getMessage());
            return Reply.error(400, "A value does not fit what the store keeps (too long, out of range or a "
                    + "character it refuses); nothing was written");
        } catch (StorageException.Transient e) {
                if (attempt == UNIT_ATTEMPTS) {
                    throw e;
                }
                LOG.debug("Running {} {} again after a transient storage failure: {}", method, exchange.path(),
                        e.getMessage());
            }
        }
    }

    /**
     * Checks a write body's remote references before the storage unit opens (they may ask other
     * services). A body that does not parse is left for the operation, which answers it in the
     * protocol's order (a missing instance before bad input).
     */
    private void prevalidate(Exchange exchange, Model model, RemoteReferences.Memo memo) {
        Map<String, Object> body;
        try {
            body = exchange.body();
        } catch (OperationException e) {
            return;
        }
        ActingUser.run(exchange.user.username(), () -> context.remote().prevalidate(model, body, memo));
    }

    /**
     * Runs an operation in its storage unit (none for standalone ones, read-only for GET, else a
     * transaction), acting for the request's user and inside a client scope, so that calls the
     * operation makes to other services carry the user and share remote instances.
     */
    private void run(Operation operation, Call call, boolean readOnly, RemoteReferences.Memo remoteMemo) {
        try (ClientScope scope = ClientScope.open()) {
            ActingUser.run(call.user().username(), () -> runInUnit(operation, call, readOnly, remoteMemo));
        }
    }

    private void runInUnit(Operation operation, Call call, boolean readOnly, RemoteReferences.Memo remoteMemo) {
        if (operation instanceof StandaloneOperation) {
            operation.handle(call);
        } else if (readOnly) {
            context.storage().read(session -> {
                call.bind(new InstanceLoader(session, context.remote(), remoteMemo));
                operation.handle(call);
                return null;
            });
        } else {
            context.storage().write(session -> {
                call.bind(new InstanceLoader(session, context.remote(), remoteMemo));
                operation.handle(call);
                return null;
            });
        }
    }

    private static String permission(Model model, String required) {
        if (required == null) {
            return null;
        }
        return required.indexOf('.') >= 0 ? required : model.permission(required);
    }

    private static String allow(List<String> implemented) {
        List<String> methods = new ArrayList<>(5);
        for (String method : ALLOW_ORDER) {
            if (method.equals("OPTIONS") || implemented.contains(method)) {
                methods.add(method);
            }
        }
        return String.join(", ", methods);
    }

    private static boolean hasHeader(List<String> fields, String name) {
        for (int i = 0; i < fields.size(); i += 2) {
            if (fields.get(i).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private Reply unauthorized(String message) {
        Reply reply = Reply.error(401, message);
        reply.header("WWW-Authenticate", "FOST Realm=\"Slumber\"");
        if (authenticator.acceptsBasic()) {
            reply.header("WWW-Authenticate", "Basic realm=\"Slumber\"");
        }
        return reply;
    }

    /** Renders a reply in the negotiated type; breadcrumbs are computed only for a renderer that shows them. */
    private HostResponse render(Exchange exchange, Reply reply) {
        User user = exchange.user;
        Renderer renderer = Negotiation.choose(exchange.request().headers().first("Accept"));
        List<Answer.Crumb> crumbs = renderer.showsLocation()
                ? breadcrumbs.of(exchange.path(), user != null) : List.of();
        Answer answer = new Answer(reply.status(), reply.body(), reply.headers(), user == null ? null : user.username(),
                reply.isHal(), exchange.path(), crumbs);
        byte[] body = renderer.render(answer);
        Headers.Builder headers = Headers.builder();
        List<String> fields = reply.headers();
        for (int i = 0; i < fields.size(); i += 2) {
            headers.add(fields.get(i), fields.get(i + 1));
        }
        if (!hasHeader(fields, "Content-Type")) {
            headers.add("Content-Type", renderer.contentType(answer));
        }
        headers.add("Vary", "Accept");
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> {} ({} bytes, user {})", exchange.request().method(), exchange.path(), reply.status(),
                    body.length, user == null ? "anonymous" : user.username());
        }
        return new HostResponse(reply.status(), headers.build(), body);
    }
}
