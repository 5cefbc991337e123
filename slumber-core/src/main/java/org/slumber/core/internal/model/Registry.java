package org.slumber.core.internal.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slumber.core.app.ModelRef;
import org.slumber.spi.model.Schema;

/**
 * Every app and model a server hosts, compiled: the router's map from URLs to operations and
 * the storage's schema. Immutable once built by {@link RegistryCompiler}.
 */
public final class Registry {

    private final String mountPoint;
    private final String rootUrl;
    private final List<App> apps;
    private final Map<String, App> appsByName;
    private final List<App> appsByLongestPath;
    private final List<OperationBinding> mounted;
    private final Schema schema;
    private final App authApp;
    private final Model profileModel;

    Registry(String mountPoint, String rootUrl, List<App> apps, List<OperationBinding> mounted, Schema schema,
             App authApp, Model profileModel) {
        this.mountPoint = mountPoint;
        this.rootUrl = rootUrl;
        this.apps = List.copyOf(apps);
        Map<String, App> byName = new LinkedHashMap<>();
        for (App app : apps) {
            byName.put(app.name(), app);
        }
        this.appsByName = Collections.unmodifiableMap(byName);
        List<App> byPath = new ArrayList<>(apps);
        byPath.sort(Comparator.comparingInt((App app) -> app.path().length()).reversed());
        this.appsByLongestPath = List.copyOf(byPath);
        List<OperationBinding> sortedMounts = new ArrayList<>(mounted);
        sortedMounts.sort(Comparator.comparingInt((OperationBinding b) -> b.mountUri().length()).reversed());
        this.mounted = List.copyOf(sortedMounts);
        this.schema = schema;
        this.authApp = authApp;
        this.profileModel = profileModel;
    }

    /** Where Slumber is mounted, {@code /slumber/}. */
    public String mountPoint() {
        return mountPoint;
    }

    /** The root of this service's URLs: the mount point, then {@code <service>/} in service mode. */
    public String rootUrl() {
        return rootUrl;
    }

    /** The apps in registration order. */
    public List<App> apps() {
        return apps;
    }

    /** The app of this dotted name, or null. */
    public App app(String name) {
        return appsByName.get(name);
    }

    /** The apps, longest path first: the order in which request paths are matched. */
    public List<App> appsByLongestPath() {
        return appsByLongestPath;
    }

    /** The operations mounted at custom URIs, longest URI first. */
    public List<OperationBinding> mountedOperations() {
        return mounted;
    }

    /** Every model of every app. */
    public List<Model> models() {
        List<Model> models = new ArrayList<>();
        for (App app : apps) {
            models.addAll(app.models().values());
        }
        return models;
    }

    /** The model a reference names, or null. */
    public Model model(ModelRef ref) {
        App app = ref.isAuthApp() ? authApp : appsByName.get(ref.app());
        return app == null ? null : app.models().get(ref.model());
    }

    /** What storage holds. */
    public Schema schema() {
        return schema;
    }

    /** The built-in auth app. */
    public App authApp() {
        return authApp;
    }

    /** The auth app's profile model, or null. */
    public Model profileModel() {
        return profileModel;
    }
}
