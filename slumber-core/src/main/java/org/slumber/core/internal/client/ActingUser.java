package org.slumber.core.internal.client;

import java.util.concurrent.Callable;

/**
 * The user the current thread acts for (auth.md, "Forwarding the acting user"): set by the
 * server for the request it serves, or by code with {@code Slumber.runAs}. Outgoing requests
 * carry it as {@code X-FOST-User}; without one they act as the process's own key.
 */
public final class ActingUser {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ActingUser() {
    }

    /** The user the current thread acts for, or null. */
    public static String current() {
        return CURRENT.get();
    }

    /** Runs {@code work} acting for {@code username} (null: as the process's own key), then restores. */
    public static <T> T call(String username, Callable<T> work) throws Exception {
        String previous = CURRENT.get();
        set(username);
        try {
            return work.call();
        } finally {
            set(previous);
        }
    }

    /** Gets {@code work}'s value acting for {@code username}, then restores. */
    public static <T> T get(String username, java.util.function.Supplier<T> work) {
        String previous = CURRENT.get();
        set(username);
        try {
            return work.get();
        } finally {
            set(previous);
        }
    }

    /** Runs {@code work} acting for {@code username}, then restores; for work without checked exceptions. */
    public static void run(String username, Runnable work) {
        String previous = CURRENT.get();
        set(username);
        try {
            work.run();
        } finally {
            set(previous);
        }
    }

    private static void set(String username) {
        if (username == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(username);
        }
    }
}
