package org.slumber.core.app;

import java.util.Map;
import java.util.function.Consumer;

/** Declares one app. Handed to {@link SlumberApp#define}; valid only during that call. */
public interface AppBuilder {

    /**
     * The app's dotted name ({@code shop}, {@code shop.nested1}); its URL path is the name with
     * dots replaced by slashes, and its label (used in permissions) is the last component.
     */
    AppBuilder name(String dottedName);

    /** The free-form JSON object shown for this app in the application list. */
    AppBuilder configuration(Map<String, ?> configuration);

    /**
     * Declares a model of this app.
     *
     * @param name       the model name, a Java-style identifier ({@code Pizza})
     * @param definition declares its key, fields, display, properties and operations
     * @return a reference other models' foreign keys can point at
     */
    ModelRef model(String name, Consumer<ModelBuilder> definition);
}
