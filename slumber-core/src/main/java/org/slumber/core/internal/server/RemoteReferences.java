package org.slumber.core.internal.server;

import java.util.Map;
import java.util.function.Supplier;
import org.slumber.core.client.RemoteException;
import org.slumber.core.client.RemoteInstance;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.client.SlumberScheme;
import org.slumber.core.internal.model.Field;
import org.slumber.core.operation.OperationException;

/**
 * Remote foreign keys on the server (client.md, "The slumber:// scheme and remote foreign
 * keys"): stored in {@code slumber://} form when a service of the directory matches, shown as
 * absolute URLs, checked to name an instance of the declared model, and, for fields declared
 * with {@code validateRemote()}, checked against the remote service.
 */
final class RemoteReferences {

    private final Supplier<Map<String, String>> services;
    private final Supplier<SlumberClient> client;

    RemoteReferences(Supplier<Map<String, String>> services, Supplier<SlumberClient> client) {
        this.services = services;
        this.client = client;
    }

    /**
     * The remote references one request has checked, by field and URL: the stored form, or the
     * failure. The router fills it before the request's storage unit opens, so that checks which
     * ask another service never run while a database connection is held.
     */
    static final class Memo {
        private final Map<String, Object> results = new java.util.HashMap<>();
    }

    /**
     * Checks the remote references of a write body ahead of its storage unit, remembering the
     * outcomes in {@code memo}; failures are reported later, where the body is read.
     */
    void prevalidate(org.slumber.core.internal.model.Model model, Map<String, Object> body, Memo memo) {
        for (Map.Entry<String, Object> entry : body.entrySet()) {
            Field field = model.field(entry.getKey());
            if (field != null && field.kind() == org.slumber.core.internal.model.FieldKind.REMOTE
                    && entry.getValue() instanceof String url) {
                try {
                    store(field, url, memo);
                } catch (RuntimeException e) {
                    // remembered in the memo; InputReader reports it with the field's name
                }
            }
        }
    }

    /** {@link #store(Field, String)}, answered from {@code memo} when this request checked it already. */
    String store(Field field, String url, Memo memo) {
        if (memo == null) {
            return store(field, url);
        }
        String key = field.name() + '\n' + url;
        Object known = memo.results.get(key);
        if (known instanceof String stored) {
            return stored;
        }
        if (known instanceof RuntimeException failure) {
            throw failure;
        }
        try {
            String stored = store(field, url);
            memo.results.put(key, stored);
            return stored;
        } catch (RuntimeException failure) {
            memo.results.put(key, failure);
            throw failure;
        }
    }

    /**
     * The stored form of a value written to a remote foreign key.
     *
     * @throws IllegalArgumentException with a reason when the URL is not acceptable
     * @throws OperationException.BadRequest when validation finds no such instance
     */
    String store(Field field, String url) {
        boolean slumber = url.startsWith(SlumberScheme.PREFIX);
        if (!(slumber || url.startsWith("http://") || url.startsWith("https://")) || !url.endsWith("/")) {
            throw new IllegalArgumentException("expects an absolute or slumber:// URL of an instance, ending in '/'");
        }
        Map<String, String> known = services.get();
        String absolute = slumber ? SlumberScheme.fromSlumberScheme(url, known) : url;
        String stored = SlumberScheme.toSlumberScheme(absolute, known);
        String declared = declaredModel(field, known);
        boolean underModel = isInstanceUrl(stored, declared);
        if (field.validateRemote() || !underModel) {
            // a mounted data URL, or validation asked for: the instance's service says what it is;
            // only the declared model's own server is asked, never a host the caller names
            String declaredAbsolute = absoluteOrNull(field.remoteTarget(), known);
            if (declaredAbsolute == null || !origin(declaredAbsolute).equals(origin(absolute))) {
                throw new IllegalArgumentException("expects the URL of an instance of " + field.remoteTarget()
                        + (declaredAbsolute == null ? "" : " (on " + origin(declaredAbsolute) + ")"));
            }
            validate(field, absolute, known);
        }
        return stored;
    }

    /** The stored form of a remote reference given in a query: its slumber:// form where a service matches. */
    String storedForm(String url) {
        Map<String, String> known = services.get();
        try {
            return SlumberScheme.toSlumberScheme(SlumberScheme.fromSlumberScheme(url, known), known);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** The wire form of a stored remote reference: its absolute URL (as stored when no service matches). */
    String show(String stored) {
        try {
            return SlumberScheme.fromSlumberScheme(stored, services.get());
        } catch (IllegalArgumentException e) {
            return stored;
        }
    }

    /** A lazy remote instance for a stored reference. */
    RemoteInstance instance(String stored) {
        return client.get().instanceAt(show(stored));
    }

    /** Whether a URL is exactly {@code <model url>data/<one segment>/}, the standard data URL of an instance. */
    private static boolean isInstanceUrl(String url, String modelUrl) {
        String prefix = modelUrl + "data/";
        if (!url.startsWith(prefix) || !url.endsWith("/")) {
            return false;
        }
        String key = url.substring(prefix.length(), url.length() - 1);
        return !key.isEmpty() && key.indexOf('/') < 0 && !key.equals(".") && !key.equals("..")
                && !key.toLowerCase(java.util.Locale.ROOT).contains("%2f") && key.indexOf('?') < 0
                && key.indexOf('#') < 0;
    }

    private static String absoluteOrNull(String url, Map<String, String> known) {
        try {
            String absolute = SlumberScheme.fromSlumberScheme(url, known);
            return absolute.startsWith("http://") || absolute.startsWith("https://") ? absolute : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** scheme://host:port of an absolute URL, lower-cased. */
    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return (uri.getScheme() + "://" + uri.getHost() + ":" + port).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether two model URLs name the same model: equal, or equal in slumber:// form. */
    private static boolean sameModel(String type, String declared, Map<String, String> known) {
        return type.equals(declared)
                || SlumberScheme.toSlumberScheme(type, known).equals(SlumberScheme.toSlumberScheme(declared, known));
    }

    /** The declared target model URL in slumber:// form where a service matches. */
    private static String declaredModel(Field field, Map<String, String> known) {
        String target = field.remoteTarget();
        try {
            return SlumberScheme.toSlumberScheme(SlumberScheme.fromSlumberScheme(target, known), known);
        } catch (IllegalArgumentException e) {
            return target;
        }
    }

    private void validate(Field field, String absolute, Map<String, String> known) {
        RemoteInstance instance = client.get().instanceAt(absolute);
        String type;
        try {
            type = instance.model().url();
        } catch (RemoteException e) {
            if (e.status() == 404) {
                throw new OperationException.BadRequest("Field " + field.name() + " refers to " + absolute
                        + ", which does not exist");
            }
            throw e;
        }
        String declared = SlumberScheme.fromSlumberScheme(field.remoteTarget(), known);
        if (!sameModel(type, declared, known)) {
            throw new OperationException.BadRequest("Field " + field.name() + " refers to " + absolute
                    + ", an instance of " + type + "; it takes instances of " + declared);
        }
    }
}
