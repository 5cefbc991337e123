package org.slumber.core.internal.auth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.slumber.core.auth.User;
import org.slumber.core.internal.model.StandaloneOperation;
import org.slumber.core.operation.InstanceOperation;
import org.slumber.core.operation.ModelOperation;
import org.slumber.core.operation.OperationCall;
import org.slumber.core.operation.OperationException;

/**
 * The operations of the auth app's User model (auth.md, "Operations on the User model"). Each
 * asks the server's {@link AuthBackend}, so they work the same against the local auth app and
 * the remote one.
 */
final class UserOperations {

    private UserOperations() {
    }

    /** {@code authenticate}: POST {"username", "password"}. */
    static final class Authenticate extends ModelOperation implements StandaloneOperation {
        private final Supplier<AuthBackend> backend;

        Authenticate(Supplier<AuthBackend> backend) {
            this.backend = backend;
        }

        /**
         * Testing passwords is for services (auth.md): callers need the User model's change
         * permission, as a service's key user (a superuser) has; other users cannot probe passwords.
         */
        @Override
        public String requiredPermission(String method) {
            return "change";
        }

        @Override
        protected void post(OperationCall call) {
            Map<String, Object> body = call.body();
            Object username = body.get("username");
            Object password = body.get("password");
            if (!(username instanceof String) || !(password instanceof String)) {
                throw new OperationException.BadRequest(
                        "authenticate needs a body with the strings \"username\" and \"password\"");
            }
            User user = backend.get().authenticate((String) username, (String) password).orElse(null);
            if (user == null) {
                call.response().put("authenticated", false).put("user", null);
                return;
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("pk", user.id());
            summary.put("display_name", user.username());
            summary.put("url", call.dataUrl(user.id()));
            call.response().put("authenticated", true).put("user", summary);
        }
    }

    /** {@code do-i-have-perm}: GET {@code /<perm>/} and/or {@code ?q=<perm>}, for the calling user. */
    static final class DoIHavePerm extends ModelOperation implements StandaloneOperation {
        private final Supplier<AuthBackend> backend;

        DoIHavePerm(Supplier<AuthBackend> backend) {
            this.backend = backend;
        }

        @Override
        protected void get(OperationCall call) {
            List<String> asked = new ArrayList<>(call.arguments());
            asked.addAll(call.query().all("q"));
            Map<String, Object> answers = new LinkedHashMap<>();
            for (String permission : asked) {
                answers.put(permission, backend.get().hasPerm(call.user(), permission));
            }
            call.response().put("permissions", answers);
        }
    }

    /** Base of the instance operations: finds the user the primary key names. */
    abstract static class UserInstanceOperation extends InstanceOperation implements StandaloneOperation {
        final Supplier<AuthBackend> backend;

        UserInstanceOperation(Supplier<AuthBackend> backend) {
            this.backend = backend;
        }

        User user(String pk) {
            Object id;
            try {
                id = Long.valueOf(pk);
            } catch (NumberFormatException e) {
                throw new OperationException.NotFound("No user with key " + pk);
            }
            return backend.get().userById(id)
                    .orElseThrow(() -> new OperationException.NotFound("No user with key " + pk));
        }

        static String argument(OperationCall call, String what) {
            if (call.arguments().size() != 1) {
                throw new OperationException.NotFound("This operation takes the user's key and then " + what);
            }
            return call.arguments().get(0);
        }
    }

    /** {@code has-permission}: GET {@code /<pk>/<perm>/}. */
    static final class HasPermission extends UserInstanceOperation {
        HasPermission(Supplier<AuthBackend> backend) {
            super(backend);
        }

        @Override
        protected void get(OperationCall call, String pk) {
            String permission = argument(call, "a permission");
            call.response().put("is-allowed", backend.get().hasPerm(user(pk), permission));
        }
    }

    /** {@code get-permissions}: GET {@code /<pk>/}. */
    static final class GetPermissions extends UserInstanceOperation {
        GetPermissions(Supplier<AuthBackend> backend) {
            super(backend);
        }

        @Override
        protected void get(OperationCall call, String pk) {
            if (!call.arguments().isEmpty()) {
                throw new OperationException.NotFound("get-permissions takes only the user's key");
            }
            User user = user(pk);
            call.response().put("group_permissions", List.copyOf(new TreeSet<>(backend.get().groupPermissions(user))))
                    .put("all_permissions", List.copyOf(new TreeSet<>(backend.get().allPermissions(user))));
        }
    }

    /** {@code module-permissions}: GET {@code /<pk>/<app label>/}. */
    static final class ModulePermissions extends UserInstanceOperation {
        ModulePermissions(Supplier<AuthBackend> backend) {
            super(backend);
        }

        @Override
        protected void get(OperationCall call, String pk) {
            String label = argument(call, "an app label");
            call.response().put("has_module_perms", backend.get().hasModulePerms(user(pk), label));
        }
    }
}
