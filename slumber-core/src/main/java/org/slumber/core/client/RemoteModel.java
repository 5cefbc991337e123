package org.slumber.core.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A model on a remote service (client.md, "Navigation"): its metadata (fetched on first use and
 * cached briefly) and its operations {@code get}, {@code create}, {@code update},
 * {@code delete} and {@code instances}. Writes drop the client's cached data of the instance
 * they touch. Thread-safe.
 */
public final class RemoteModel {

    private final ClientContext context;
    private final String url;
    private final String knownName;

    RemoteModel(ClientContext context, String url, String name) {
        this.context = context;
        this.url = url;
        this.knownName = name;
    }

    /** The model's URL. */
    public String url() {
        return url;
    }

    /** The model's name ({@code Pizza}). */
    public String name() {
        return knownName != null ? knownName : (String) metadata().get("name");
    }

    /** The dotted name of the model's app ({@code slumber_examples}). */
    public String module() {
        return (String) metadata().get("module");
    }

    /** The model operations' URLs by name, absolute. */
    public Map<String, String> operations() {
        return urls(metadata().get("operations"));
    }

    /** The names of the model's fields (properties included). */
    public java.util.Set<String> fieldNames() {
        Object fields = metadata().get("fields");
        return fields instanceof Map<?, ?> map ? Collections.unmodifiableSet(
                new java.util.LinkedHashSet<>(map.keySet().stream().map(String::valueOf).toList())) : java.util.Set.of();
    }

    /** The names of the model's data arrays. */
    public List<String> dataArrays() {
        Object arrays = metadata().get("data_arrays");
        return arrays instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /**
     * The one instance whose fields equal these values ({@code "pk"} names the key).
     *
     * @throws RemoteException with status 404 when none matches, 400 when several do
     */
    public RemoteInstance get(Map<String, ?> query) {
        StringBuilder target = new StringBuilder(operation("get")).append('?');
        boolean first = true;
        for (Map.Entry<String, ?> entry : query.entrySet()) {
            target.append(first ? "" : "&").append(encode(entry.getKey())).append('=')
                    .append(encode(queryValue(entry.getValue())));
            first = false;
        }
        Map<String, Object> document = context.agent.get(target.toString());
        return known(document, "GET", target.toString());
    }

    /** Creates an instance from these field values; answers the new (or replaced) instance. */
    public RemoteInstance create(Map<String, ?> fields) {
        String target = operation("create");
        Map<String, Object> document = context.agent.post(target, fields);
        RemoteInstance instance = known(document, "POST", target);
        context.agent.invalidate(instance.url());
        return instance;
    }

    /** Changes these fields of an instance of this model. */
    public void update(RemoteInstance instance, Map<String, ?> fields) {
        Objects.requireNonNull(instance, "instance");
        String target = instance.operations().get("update");
        if (target == null) {
            throw new RemoteLookupException("Instance " + instance.url() + " has no update operation; it has "
                    + instance.operations().keySet());
        }
        java.util.List<String> touched = touchedUrls(instance);
        context.agent.post(target, fields);
        instance.refresh();
        touched.forEach(context.agent::invalidate);
    }

    /** Deletes an instance of this model (its {@code delete} operation, else DELETE on its data URL). */
    public void delete(RemoteInstance instance) {
        Objects.requireNonNull(instance, "instance");
        String target = instance.operations().get("delete");
        java.util.List<String> touched = touchedUrls(instance);
        if (target != null) {
            context.agent.post(target, Map.of());
        } else {
            context.agent.delete(instance.operations().getOrDefault("data", instance.url()));
        }
        instance.refresh();
        touched.forEach(context.agent::invalidate);
    }

    /** Every URL an instance may be cached under: the one it was reached by, its identity, its data operation. */
    private static java.util.List<String> touchedUrls(RemoteInstance instance) {
        java.util.Set<String> urls = new java.util.LinkedHashSet<>();
        urls.add(instance.url());
        urls.add(instance.referenceUrl());
        String data = instance.operations().get("data");
        if (data != null) {
            urls.add(data);
        }
        return java.util.List.copyOf(urls);
    }

    /** Every instance, newest key first, pages fetched as the iteration needs them. */
    public RemoteList instances() {
        return new RemoteList(context, operation("instances"));
    }

    /** The instance at a URL, without fetching it. */
    public RemoteInstance instanceAt(String instanceUrl) {
        return instanceAt(instanceUrl, null);
    }

    /** The instance at a URL whose display text is already known, without fetching it. */
    public RemoteInstance instanceAt(String instanceUrl, String display) {
        return context.instance(ContextUrls.resolve(url, instanceUrl), display);
    }

    /** The user agent this model talks through. */
    public UserAgent userAgent() {
        return context.agent;
    }

    /**
     * This model viewed as a proxy interface registered for it.
     *
     * @throws RemoteLookupException when {@code type} is not registered for this model
     */
    public <P extends ModelProxy> P as(Class<P> type) {
        return context.proxy(type, this, url, context.config.modelProxies(), "model");
    }

    /** The metadata document. */
    public Map<String, Object> metadata() {
        return context.metadata(url);
    }

    private String operation(String name) {
        String target = operations().get(name);
        if (target == null) {
            throw new RemoteLookupException("Model " + url + " has no operation " + name + "; it has "
                    + operations().keySet());
        }
        return target;
    }

    private RemoteInstance known(Map<String, Object> document, String method, String from) {
        Object identity = document.get("identity");
        if (!(identity instanceof String text)) {
            throw new RemoteException(method, from, 200, "the answer is not instance data (no identity)", null);
        }
        String instanceUrl = ContextUrls.resolve(from, text);
        Map<String, Object> data = new LinkedHashMap<>(document);
        context.remember(instanceUrl, data);
        return context.loadedInstance(instanceUrl, data);
    }

    private Map<String, String> urls(Object operations) {
        Map<String, String> urls = new LinkedHashMap<>();
        if (operations instanceof Map<?, ?> map) {
            map.forEach((name, target) -> urls.put(String.valueOf(name),
                    ContextUrls.resolve(url, String.valueOf(target))));
        }
        return Collections.unmodifiableMap(urls);
    }

    private static String queryValue(Object value) {
        if (value instanceof RemoteInstance instance) {
            return instance.referenceUrl();
        }
        return String.valueOf(value);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "RemoteModel[" + url + "]";
    }
}
