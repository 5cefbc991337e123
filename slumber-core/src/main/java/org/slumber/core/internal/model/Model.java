package org.slumber.core.internal.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slumber.core.app.Instance;
import org.slumber.spi.model.ModelDescriptor;

/**
 * A compiled model: its fields, key, URLs, operations and data arrays, everything the router
 * and the documents need, computed once at start-up.
 */
public final class Model {

    private final App app;
    private final String name;
    private final String lowerName;
    private final List<Field> fields;
    private final Map<String, Field> fieldsByName;
    private final Field key;
    private final List<Property> properties;
    private final Function<Instance, String> display;
    private final String defaultDisplay;
    private final List<List<String>> uniqueTogether;
    private final ModelDescriptor descriptor;
    private final boolean userProfile;
    private final String url;
    private final Map<String, OperationBinding> operations = new LinkedHashMap<>();
    private final List<DataArray> dataArrays = new ArrayList<>();
    private String identityPrefix;
    private String dataPrefix;

    Model(App app, String name, List<Field> fields, Field key, List<Property> properties,
          Function<Instance, String> display, List<List<String>> uniqueTogether, ModelDescriptor descriptor,
          boolean userProfile) {
        this.app = app;
        this.name = name;
        this.lowerName = name.toLowerCase(java.util.Locale.ROOT);
        this.fields = List.copyOf(fields);
        Map<String, Field> byName = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            field.position(i);
            byName.put(field.name(), field);
        }
        this.fieldsByName = Collections.unmodifiableMap(byName);
        this.key = key;
        this.properties = List.copyOf(properties);
        this.display = display;
        this.defaultDisplay = name + " object";
        this.uniqueTogether = uniqueTogether;
        this.descriptor = descriptor;
        this.userProfile = userProfile;
        this.url = app.url() + name + "/";
        this.identityPrefix = url + "data/";
        this.dataPrefix = identityPrefix;
    }

    void addOperation(OperationBinding binding) {
        operations.put(binding.name(), binding);
        if (binding.name().equals("data") && binding.mountedUrl() != null) {
            dataPrefix = binding.mountedUrl();
        }
    }

    void addDataArray(DataArray array) {
        dataArrays.add(array);
    }

    public App app() {
        return app;
    }

    public String name() {
        return name;
    }

    /** {@code <app name>.<Model>}. */
    public String qualifiedName() {
        return app.name() + "." + name;
    }

    /** The model name in lower case, as permissions use it. */
    public String lowerName() {
        return lowerName;
    }

    /** The stored fields in declaration order, the key first. */
    public List<Field> fields() {
        return fields;
    }

    /** The stored field of this name, or null. */
    public Field field(String fieldName) {
        return fieldsByName.get(fieldName);
    }

    public Field key() {
        return key;
    }

    public List<Property> properties() {
        return properties;
    }

    /** The display text of an instance. */
    public String display(Instance instance) {
        return display == null ? defaultDisplay : String.valueOf(display.apply(instance));
    }

    /** Whether the display text depends on the instance (else it is the constant {@code "<Model> object"}). */
    public boolean hasDisplayFunction() {
        return display != null;
    }

    /** The multi-field unique constraints. */
    public List<List<String>> uniqueTogether() {
        return uniqueTogether;
    }

    public ModelDescriptor descriptor() {
        return descriptor;
    }

    /** Whether this is the auth app's profile model. */
    public boolean isUserProfile() {
        return userProfile;
    }

    /** The model's URL path, {@code /slumber/pizzas/slumber_examples/Pizza/}. */
    public String url() {
        return url;
    }

    /** The standard data URL of an instance, whatever is mounted. */
    public String identityUrl(Object keyValue) {
        return identityPrefix + Paths.encodeSegment(key.codec().toText(keyValue)) + "/";
    }

    /** The data URL of an instance that links use: the mounted one when {@code data} is mounted. */
    public String dataUrl(Object keyValue) {
        return dataPrefix + Paths.encodeSegment(key.codec().toText(keyValue)) + "/";
    }

    /**
     * The key text of an instance whose data URL path (the standard or the mounted one) is
     * {@code path}, or null when the path is not such a URL.
     */
    public String keyTextOf(String path) {
        String rest = null;
        if (path.startsWith(identityPrefix)) {
            rest = path.substring(identityPrefix.length());
        } else if (path.startsWith(dataPrefix)) {
            rest = path.substring(dataPrefix.length());
        }
        if (rest == null || rest.length() < 2 || !rest.endsWith("/") || rest.indexOf('/') != rest.length() - 1) {
            return null;
        }
        try {
            return Paths.decodeSegment(rest.substring(0, rest.length() - 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The URL of an instance operation for an instance. */
    public String operationUrl(OperationBinding binding, Object keyValue) {
        return binding.url() + Paths.encodeSegment(key.codec().toText(keyValue)) + "/";
    }

    /** Every operation, model and instance ones, in declaration order (built-ins first). */
    public Map<String, OperationBinding> operations() {
        return Collections.unmodifiableMap(operations);
    }

    /** The operation of this name, or null. */
    public OperationBinding operation(String operationName) {
        return operations.get(operationName);
    }

    public List<DataArray> dataArrays() {
        return Collections.unmodifiableList(dataArrays);
    }

    /** The data array of this name, or null. */
    public DataArray dataArray(String arrayName) {
        for (DataArray array : dataArrays) {
            if (array.name().equals(arrayName)) {
                return array;
            }
        }
        return null;
    }

    /** The permission for an action: {@code <app label>.<action>_<model>}. */
    public String permission(String action) {
        return app.label() + "." + action + "_" + lowerName;
    }

    @Override
    public String toString() {
        return qualifiedName();
    }
}
