package org.slumber.core.app;

/**
 * An app: a named group of models. Implementations are found with
 * {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/org.slumber.core.app.SlumberApp}) or registered in code, and need a
 * public no-argument constructor when found by the loader.
 *
 * <pre>{@code
 * public final class ShopApp implements SlumberApp {
 *     public void define(AppBuilder app) {
 *         app.name("shop");
 *         app.model("Shop", m -> m
 *             .key("id")
 *             .string("name", 200).required()
 *             .display(i -> i.string("name")));
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface SlumberApp {

    /** Declares the app: its name (required), configuration and models. Called once at start-up. */
    void define(AppBuilder app);
}
