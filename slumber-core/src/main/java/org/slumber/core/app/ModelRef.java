package org.slumber.core.app;

import java.util.Objects;

/**
 * A reference to a model, for foreign keys: returned by {@link AppBuilder#model}, or made
 * with {@link #of} for a model of another app. Resolved when the server starts; a reference
 * to a model no app declares fails start-up with the name of the reference.
 */
public final class ModelRef {

    private static final String AUTH_APP = "";

    /** The auth app's User model, whatever the auth app is called (setting {@code slumber.auth.app}). */
    public static final ModelRef AUTH_USER = new ModelRef(AUTH_APP, "User");
    /** The auth app's Group model. */
    public static final ModelRef AUTH_GROUP = new ModelRef(AUTH_APP, "Group");
    /** The auth app's Permission model. */
    public static final ModelRef AUTH_PERMISSION = new ModelRef(AUTH_APP, "Permission");

    private final String app;
    private final String model;

    private ModelRef(String app, String model) {
        this.app = app;
        this.model = model;
    }

    /** The model {@code model} of the app named {@code app} (dotted). */
    public static ModelRef of(String app, String model) {
        if (app == null || app.isEmpty()) {
            throw new IllegalArgumentException("a model reference needs an app name; for the auth app use "
                    + "ModelRef.AUTH_USER and its siblings");
        }
        return new ModelRef(app, Objects.requireNonNull(model, "model"));
    }

    /** The app's dotted name; empty for references to the auth app, whatever its name. */
    public String app() {
        return app;
    }

    /** Whether this refers to the built-in auth app. */
    public boolean isAuthApp() {
        return app.isEmpty();
    }

    /** The model name. */
    public String model() {
        return model;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelRef ref && ref.app.equals(app) && ref.model.equals(model);
    }

    @Override
    public int hashCode() {
        return app.hashCode() * 31 + model.hashCode();
    }

    @Override
    public String toString() {
        return (isAuthApp() ? "<auth app>" : app) + "." + model;
    }
}
