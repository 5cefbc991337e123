package org.slumber.core.internal.auth;

import java.time.Instant;
import java.util.function.Supplier;
import org.slumber.core.app.AppBuilder;
import org.slumber.core.app.ModelRef;
import org.slumber.core.app.SlumberApp;
import org.slumber.core.operation.Operation;

/**
 * The built-in auth app (auth.md): User, Group and Permission with Django's table names, and
 * the User model's operations.
 */
public final class AuthAppDefinition implements SlumberApp {

    /** What a user name may hold: ASCII letters, digits and {@code @.+-_}. */
    public static final String USERNAME_PATTERN = "[A-Za-z0-9@.+_-]+";

    private final String name;
    private final Supplier<AuthBackend> backend;
    private final Operation getProfile;

    /**
     * @param name       the app's name (setting {@code slumber.auth.app})
     * @param backend    the server's auth backend, available once the server has started
     * @param getProfile the {@code get-profile} operation
     */
    public AuthAppDefinition(String name, Supplier<AuthBackend> backend, Operation getProfile) {
        this.name = name;
        this.backend = backend;
        this.getProfile = getProfile;
    }

    @Override
    public void define(AppBuilder app) {
        app.name(name);
        ModelRef permission = app.model("Permission", m -> m
                .key("id")
                .string("name", 255).required()
                .string("codename", 100).required()
                .string("app_label", 100).required()
                .uniqueTogether("app_label", "codename")
                .display(i -> i.string("app_label") + "." + i.string("codename")));
        ModelRef group = app.model("Group", m -> m
                .key("id")
                .string("name", 150).unique().required()
                .manyToMany("permissions", permission)
                .display(i -> i.string("name")));
        app.model("User", m -> m
                .key("id")
                .string("username", 150).unique().required().pattern(USERNAME_PATTERN)
                .password("password").nullable()
                .string("first_name", 150).defaultValue("")
                .string("last_name", 150).defaultValue("")
                .string("email", 254).defaultValue("")
                .bool("is_active").defaultValue(true)
                .bool("is_staff").defaultValue(false)
                .bool("is_superuser").defaultValue(false)
                .timestamp("date_joined").defaultValue((Supplier<Instant>) Instant::now)
                .timestamp("last_login").nullable()
                .manyToMany("groups", group)
                .manyToMany("user_permissions", permission)
                .display(i -> i.string("username"))
                .operation("authenticate", new UserOperations.Authenticate(backend))
                .operation("do-i-have-perm", new UserOperations.DoIHavePerm(backend))
                .operation("has-permission", new UserOperations.HasPermission(backend))
                .operation("get-permissions", new UserOperations.GetPermissions(backend))
                .operation("module-permissions", new UserOperations.ModulePermissions(backend))
                .operation("get-profile", getProfile));
    }
}
