package org.slumber.core.client;

import java.util.HashMap;
import java.util.Map;

/**
 * A per-request scope (client.md, "Caching"): within it, each instance URL maps to one
 * {@link RemoteInstance} object, whose data is fetched at most once. The server opens one
 * around each request it handles; code can open its own. Scopes belong to a thread (kept in a
 * thread-local, the only state here); opening a scope inside another joins the outer one.
 *
 * <pre>{@code
 * try (ClientScope scope = ClientScope.open()) {
 *     ... // every lookup of the same URL gives the same instance
 * }
 * }</pre>
 */
public final class ClientScope implements AutoCloseable {

    private static final ThreadLocal<Map<String, RemoteInstance>> CURRENT = new ThreadLocal<>();

    private final boolean outermost;
    private boolean closed;

    private ClientScope(boolean outermost) {
        this.outermost = outermost;
    }

    /** Opens a scope on this thread (or joins the one already open). */
    public static ClientScope open() {
        if (CURRENT.get() != null) {
            return new ClientScope(false);
        }
        CURRENT.set(new HashMap<>());
        return new ClientScope(true);
    }

    /** Whether a scope is open on this thread. */
    public static boolean isOpen() {
        return CURRENT.get() != null;
    }

    /** The instances of the open scope, or null. */
    static Map<String, RemoteInstance> instances() {
        return CURRENT.get();
    }

    /** Closes the scope; the outermost close forgets its instances. Idempotent. */
    @Override
    public void close() {
        if (!closed && outermost) {
            CURRENT.remove();
        }
        closed = true;
    }
}
