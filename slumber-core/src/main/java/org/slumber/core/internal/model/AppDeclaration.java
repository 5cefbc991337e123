package org.slumber.core.internal.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.slumber.core.SlumberConfigurationException;
import org.slumber.core.app.AppBuilder;
import org.slumber.core.app.ModelBuilder;
import org.slumber.core.app.ModelRef;
import org.slumber.core.app.SlumberApp;

/** Collects what one {@link SlumberApp} declares. */
public final class AppDeclaration implements AppBuilder {

    private final String source;
    String name;
    Map<String, Object> configuration;
    final Map<String, ModelDeclaration> models = new LinkedHashMap<>();

    private AppDeclaration(String source) {
        this.source = source;
    }

    /** Runs an app's definition and returns what it declared. */
    public static AppDeclaration of(SlumberApp app) {
        AppDeclaration declaration = new AppDeclaration(app.getClass().getName());
        app.define(declaration);
        if (declaration.name == null) {
            throw new SlumberConfigurationException("App " + declaration.source
                    + " declares no name; call app.name(\"...\") in its define method");
        }
        return declaration;
    }

    /** The app's dotted name. */
    public String name() {
        return name;
    }

    /** The names of the models the app declares, in order. */
    public java.util.List<String> modelNames() {
        return java.util.List.copyOf(models.keySet());
    }

    /** The class that declared the app, for messages. */
    String source() {
        return source;
    }

    @Override
    public AppBuilder name(String dottedName) {
        if (dottedName == null || !dottedName.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) {
            throw new SlumberConfigurationException("App " + source + " is named '" + dottedName
                    + "'; app names are dotted identifiers such as shop or shop.nested1");
        }
        this.name = dottedName;
        return this;
    }

    @Override
    public AppBuilder configuration(Map<String, ?> value) {
        this.configuration = new LinkedHashMap<>(Objects.requireNonNull(value, "configuration"));
        return this;
    }

    @Override
    public ModelRef model(String modelName, Consumer<ModelBuilder> definition) {
        if (name == null) {
            throw new SlumberConfigurationException("App " + source + " declares model " + modelName
                    + " before its name; call app.name(\"...\") first");
        }
        if (modelName == null || !modelName.matches("[A-Za-z][A-Za-z0-9_]{0,62}")) {
            throw new SlumberConfigurationException("App " + name + " declares a model named '" + modelName
                    + "'; model names are an ASCII letter followed by letters, digits or '_'");
        }
        ModelDeclaration model = new ModelDeclaration(name, modelName);
        definition.accept(model);
        if (model.key == null) {
            throw new SlumberConfigurationException("Model " + name + "." + modelName
                    + " declares no key; start its definition with .key(\"id\") (or stringKey/suppliedKey)");
        }
        if (models.put(modelName, model) != null) {
            throw new SlumberConfigurationException("App " + name + " declares model " + modelName + " twice");
        }
        return ModelRef.of(name, modelName);
    }
}
