package org.slumber.core.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An app on a remote service, by its dotted name. Apps can be reached whole
 * ({@code app("django.contrib.auth")}) or step by step
 * ({@code app("django").app("contrib").app("auth")}); the intermediate steps need not be apps
 * themselves.
 */
public final class RemoteApp {

    private final RemoteService service;
    private final String name;

    RemoteApp(RemoteService service, String name) {
        this.service = service;
        this.name = name;
    }

    /** The dotted name. */
    public String name() {
        return name;
    }

    /** The app's URL. */
    public String url() {
        String url = service.appUrls().get(name);
        return url != null ? url : service.url() + name.replace('.', '/') + "/";
    }

    /** The app {@code <this name>.<child>}. */
    public RemoteApp app(String child) {
        return service.app(name + "." + child);
    }

    /** The names of the app's models. */
    public Set<String> models() {
        return Collections.unmodifiableSet(modelUrls().keySet());
    }

    /**
     * The model of this name.
     *
     * @throws RemoteLookupException naming the app's models when there is none
     */
    public RemoteModel model(String modelName) {
        String url = modelUrls().get(modelName);
        if (url == null) {
            throw new RemoteLookupException("App " + name + " at " + url() + " has no model " + modelName
                    + "; its models are " + new TreeSet<>(modelUrls().keySet()));
        }
        return new RemoteModel(service.context(), url, modelName);
    }

    /** The app's configuration object from the application list, or null. */
    public Object configuration() {
        return service.configuration(name);
    }

    private Map<String, String> modelUrls() {
        if (!service.appUrls().containsKey(name) && !service.isApp()) {
            throw new RemoteLookupException("Service " + service.name() + " has no app " + name + "; its apps are "
                    + new TreeSet<>(service.appUrls().keySet()));
        }
        String url = url();
        Object models = service.context().metadata(url).get("models");
        Map<String, String> urls = new LinkedHashMap<>();
        if (models instanceof Map<?, ?> map) {
            map.forEach((model, target) -> urls.put(String.valueOf(model),
                    ContextUrls.resolve(url, String.valueOf(target))));
        }
        return urls;
    }

    @Override
    public String toString() {
        return "RemoteApp[" + name + "]";
    }
}
