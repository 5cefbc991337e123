package org.slumber.core.internal.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A compiled app: its name, URL, label, configuration and models. */
public final class App {

    private final String name;
    private final String path;
    private final String label;
    private final String url;
    private final Map<String, Object> configuration;
    private final Map<String, Model> models = new LinkedHashMap<>();

    App(String name, String rootUrl, Map<String, Object> configuration) {
        this.name = name;
        this.path = name.replace('.', '/');
        int dot = name.lastIndexOf('.');
        this.label = dot < 0 ? name : name.substring(dot + 1);
        this.url = rootUrl + path + "/";
        this.configuration = configuration;
    }

    void addModel(Model model) {
        models.put(model.name(), model);
    }

    /** The dotted name. */
    public String name() {
        return name;
    }

    /** The URL path under the service root: the name with dots replaced by slashes. */
    public String path() {
        return path;
    }

    /** The last dotted component, used in permissions. */
    public String label() {
        return label;
    }

    /** The app's URL path, {@code /slumber/pizzas/slumber_examples/}. */
    public String url() {
        return url;
    }

    /** The configuration object, or null when the app registered none. */
    public Map<String, Object> configuration() {
        return configuration;
    }

    /** The models in declaration order. */
    public Map<String, Model> models() {
        return Collections.unmodifiableMap(models);
    }

    @Override
    public String toString() {
        return name;
    }
}
