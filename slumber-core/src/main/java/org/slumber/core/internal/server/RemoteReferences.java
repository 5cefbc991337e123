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
        boolean underModel = stored.startsWith(declared) && stored.length() > declared.length();
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
