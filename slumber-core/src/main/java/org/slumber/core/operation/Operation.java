package org.slumber.core.operation;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An endpoint attached to a model; extend {@link ModelOperation} or {@link InstanceOperation}.
 * An operation object may serve many requests at once from many threads: keep no request
 * state in fields.
 */
public abstract sealed class Operation permits ModelOperation, InstanceOperation {

    /** The HTTP methods an operation can implement, in the order {@code Allow} lists them. */
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE");

    private final List<String> methods;

    Operation(Class<?> base, Class<?>... parameterTypes) {
        List<String> found = new ArrayList<>();
        for (String method : METHODS) {
            if (overrides(getClass(), base, method.toLowerCase(java.util.Locale.ROOT), parameterTypes)) {
                found.add(method);
            }
        }
        this.methods = Collections.unmodifiableList(found);
    }

    /**
     * The HTTP methods this operation implements (of GET, POST, PUT, DELETE), found once, when
     * the operation is made, from the methods its class overrides.
     */
    public List<String> methods() {
        return methods;
    }

    /** Whether the operation takes a primary key as its first path argument. */
    public abstract boolean isInstanceOperation();

    /**
     * The permission a method needs, checked before the operation runs (after routing, before
     * the instance is looked up and the body is read). Returns null when any authenticated user
     * may call it (the default), an action ({@code "add"}, {@code "change"}, {@code "delete"})
     * for the model's own permission {@code <app label>.<action>_<model>}, or a full permission
     * {@code "<app label>.<codename>"}.
     */
    public String requiredPermission(String method) {
        return null;
    }

    /**
     * Runs the operation for one request: dispatches to the method named by
     * {@code call.method()}. Called by the router on a request thread, only for methods in
     * {@link #methods()}.
     */
    public abstract void handle(OperationCall call);

    private static boolean overrides(Class<?> type, Class<?> base, String name, Class<?>[] parameterTypes) {
        for (Class<?> c = type; c != null && c != base; c = c.getSuperclass()) {
            try {
                Method method = c.getDeclaredMethod(name, parameterTypes);
                return !method.isBridge();
            } catch (NoSuchMethodException e) {
                // keep looking up the hierarchy
            }
        }
        return false;
    }
}
