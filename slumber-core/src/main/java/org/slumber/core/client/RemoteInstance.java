package org.slumber.core.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An instance on a remote service (client.md, "Navigation"). Lazy: its data is fetched on the
 * first use of a field, not when the reference is made; its display text is known without a
 * fetch when the referring document gave it. Foreign keys are further remote instances, data
 * arrays lazily paged lists. Thread-safe for reading; meant to be used within one request.
 */
public final class RemoteInstance {

    private final ClientContext context;
    private final String url;
    private final String knownDisplay;
    private volatile Map<String, Object> document;

    RemoteInstance(ClientContext context, String url, String display, Map<String, Object> document) {
        this.context = context;
        this.url = url;
        this.knownDisplay = display;
        this.document = document;
    }

    /** The URL this instance was reached by (for instances read or written, its identity URL). */
    public String url() {
        return url;
    }

    /** The URL to refer to this instance by: its identity once known, else {@link #url()}. */
    public String referenceUrl() {
        Map<String, Object> known = document;
        Object identity = known == null ? null : known.get("identity");
        return identity instanceof String text ? ContextUrls.resolve(url, text) : url;
    }

    /** The display text; fetches the data only when no referring document gave it. */
    public String display() {
        if (knownDisplay != null && document == null) {
            return knownDisplay;
        }
        Object display = document().get("display");
        return display == null ? null : display.toString();
    }

    /** Whether the data has been fetched (or came with the reference). */
    public boolean isLoaded() {
        return document != null;
    }

    /** The model of this instance (from its data's {@code type}). */
    public RemoteModel model() {
        return new RemoteModel(context, ContextUrls.resolve(url, (String) document().get("type")), null);
    }

    /**
     * The wire value of a field: a String, Number, Boolean or null; for a foreign key the
     * reference object {@code {"type", "display", "data"}}.
     *
     * @throws RemoteLookupException naming the fields when there is no such field
     */
    public Object get(String field) {
        return fieldEntry(field).get("data");
    }

    /** A field's value as text (numbers and booleans converted), or null. */
    public String string(String field) {
        Object value = get(field);
        return value == null ? null : value.toString();
    }

    /** A whole-number field's value, or null. */
    public Long longValue(String field) {
        Object value = get(field);
        if (value == null) {
            return null;
        }
        return value instanceof Number number ? number.longValue() : Long.valueOf(value.toString());
    }

    /** An integer field's value, or null. */
    public Integer integer(String field) {
        Long value = longValue(field);
        return value == null ? null : Math.toIntExact(value);
    }

    /** A boolean field's value, or null. */
    public Boolean bool(String field) {
        Object value = get(field);
        if (value == null) {
            return null;
        }
        return value instanceof Boolean flag ? flag : Boolean.valueOf(value.toString());
    }

    /** A decimal field's value (sent as a string that keeps its scale), or null. */
    public BigDecimal decimal(String field) {
        Object value = get(field);
        return value == null ? null : new BigDecimal(value.toString());
    }

    /** A date field's value, or null. */
    public LocalDate date(String field) {
        Object value = get(field);
        return value == null ? null : LocalDate.parse(value.toString());
    }

    /** A timestamp field's value, or null. */
    public Instant timestamp(String field) {
        Object value = get(field);
        return value == null ? null : Instant.parse(value.toString());
    }

    /**
     * The instance a foreign key (or remote foreign key) points at, or null when it is null. No
     * request is made until a field of that instance is used.
     */
    public RemoteInstance instance(String field) {
        Object value = get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> reference) {
            Object target = reference.get("data");
            Object display = reference.get("display");
            return context.instance(ContextUrls.resolve(url, String.valueOf(target)),
                    display == null ? null : display.toString());
        }
        if (value instanceof String text && (text.startsWith("/") || text.contains("://"))) {
            return context.instance(ContextUrls.resolve(url, text), null);
        }
        throw new RemoteLookupException("Field " + field + " of " + url + " is not a reference: " + value);
    }

    /** The instance at a URL (relative to this one's), from the same client, without fetching it. */
    public RemoteInstance instanceAt(String otherUrl) {
        return context.instance(ContextUrls.resolve(url, otherUrl), null);
    }

    /** A data array: every item, pages fetched as the iteration needs them. */
    public RemoteList dataArray(String name) {
        Object arrays = document().get("data_arrays");
        Object arrayUrl = arrays instanceof Map<?, ?> map ? map.get(name) : null;
        if (arrayUrl == null) {
            throw new RemoteLookupException("Instance " + url + " has no data array " + name + "; it has "
                    + (arrays instanceof Map<?, ?> map ? map.keySet() : "none"));
        }
        return new RemoteList(context, ContextUrls.resolve(url, arrayUrl.toString()));
    }

    /** The instance's operation URLs by name, absolute. */
    public Map<String, String> operations() {
        Object operations = document().get("operations");
        Map<String, String> urls = new LinkedHashMap<>();
        if (operations instanceof Map<?, ?> map) {
            map.forEach((name, target) -> urls.put(String.valueOf(name), ContextUrls.resolve(url, String.valueOf(target))));
        }
        return Collections.unmodifiableMap(urls);
    }

    /** The names of the instance's fields. */
    public java.util.Set<String> fieldNames() {
        return fields().keySet();
    }

    /** The user agent that fetched this instance. */
    public UserAgent userAgent() {
        return context.agent;
    }

    /**
     * This instance viewed as a proxy interface registered for its model.
     *
     * @throws RemoteLookupException when {@code type} is not registered for the model
     */
    public <P extends InstanceProxy> P as(Class<P> type) {
        String modelUrl = ContextUrls.resolve(url, (String) document().get("type"));
        return context.proxy(type, this, modelUrl, context.config.instanceProxies(), "instance");
    }

    /** Forgets the fetched data, so the next use fetches it again. */
    public void refresh() {
        document = null;
        context.agent.invalidate(url);
    }

    /** The whole data document, fetched on first use. */
    public Map<String, Object> document() {
        Map<String, Object> known = document;
        if (known == null) {
            known = context.instanceDocument(url);
            document = known;
        }
        return known;
    }

    void loaded(Map<String, Object> value) {
        this.document = value;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> fields() {
        Object fields = document().get("fields");
        return fields instanceof Map ? (Map<String, Object>) fields : Map.of();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> fieldEntry(String field) {
        Object entry = fields().get(field);
        if (!(entry instanceof Map)) {
            throw new RemoteLookupException("Instance " + url + " has no field " + field + "; its fields are "
                    + fields().keySet());
        }
        return (Map<String, Object>) entry;
    }

    @Override
    public String toString() {
        return "RemoteInstance[" + url + (knownDisplay != null ? ", " + knownDisplay : "") + "]";
    }
}
