package org.slumber.core.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * A service of the directory: its application list, fetched on first use. A service location
 * may also point straight at an app (a directory entry {@code "auth": ".../django/contrib/auth/"}):
 * then {@link #model} finds that app's models directly.
 */
public final class RemoteService {

    private final ClientContext context;
    private final String name;
    private final String url;

    RemoteService(ClientContext context, String name, String url) {
        this.context = context;
        this.name = name;
        this.url = url;
    }

    /** The service's name in the directory (empty for a plain directory's one service). */
    public String name() {
        return name;
    }

    /** The service's absolute URL. */
    public String url() {
        return url;
    }

    /**
     * The app of this dotted name, or a step towards one ({@code "django"} on the way to
     * {@code "django.contrib.auth"}).
     *
     * @throws RemoteLookupException naming the service's apps when nothing matches
     */
    public RemoteApp app(String dottedName) {
        Map<String, String> apps = appUrls();
        if (apps.containsKey(dottedName)) {
            return new RemoteApp(this, dottedName);
        }
        for (String app : apps.keySet()) {
            if (app.startsWith(dottedName + ".")) {
                return new RemoteApp(this, dottedName);
            }
        }
        throw new RemoteLookupException("Service " + describe() + " has no app " + dottedName + "; its apps are "
                + new TreeSet<>(apps.keySet()));
    }

    /** The names of the service's apps. */
    public java.util.Set<String> apps() {
        return java.util.Collections.unmodifiableSet(appUrls().keySet());
    }

    /**
     * A model of the app the service location points at (for a location that is an app).
     *
     * @throws RemoteLookupException when the location is a service's application list
     */
    public RemoteModel model(String modelName) {
        if (!isApp()) {
            throw new RemoteLookupException("Service " + describe() + " is an application list, not an app; "
                    + "choose an app first with app(...); its apps are " + new TreeSet<>(appUrls().keySet()));
        }
        return new RemoteApp(this, "").model(modelName);
    }

    /** The configuration object an app registered, or null. */
    public Object configuration(String app) {
        Object all = document().get("configuration");
        return all instanceof Map<?, ?> map ? map.get(app) : null;
    }

    /** The user agent this service is reached through. */
    public UserAgent userAgent() {
        return context.agent;
    }

    boolean isApp() {
        return document().containsKey("models") && !document().containsKey("apps");
    }

    ClientContext context() {
        return context;
    }

    Map<String, String> appUrls() {
        Object apps = document().get("apps");
        Map<String, String> urls = new LinkedHashMap<>();
        if (apps instanceof Map<?, ?> map) {
            map.forEach((app, target) -> urls.put(String.valueOf(app), ContextUrls.resolve(url, String.valueOf(target))));
        } else if (isApp()) {
            urls.put("", url);
        }
        return urls;
    }

    private Map<String, Object> document() {
        return context.metadata(url);
    }

    private String describe() {
        return (name.isEmpty() ? "" : name + " ") + "at " + url;
    }

    @Override
    public String toString() {
        return "RemoteService[" + name + " " + url + "]";
    }
}
