package org.slumber.core.internal.auth;

import java.util.Optional;
import java.util.Set;
import org.slumber.core.auth.User;

/**
 * Where a server looks up users and answers questions about their permissions: its own auth
 * app ({@link LocalAuthBackend}), or the {@code auth} service of its directory (the remote
 * backend). Thread-safe. Implementations open their own storage units or remote calls; callers
 * must not hold a storage unit open while calling (to keep the connection pool free of
 * nested checkouts).
 */
public interface AuthBackend {

    /** The user of this name, active or not. */
    Optional<User> user(String username);

    /** The user with this primary key, active or not. */
    Optional<User> userById(Object id);

    /**
     * The active user with this name and password. Costs the same time whether the user exists
     * or not.
     */
    Optional<User> authenticate(String username, String password);

    /** has_perm: false for inactive users, true for active superusers, else granted directly or by a group. */
    boolean hasPerm(User user, String permission);

    /**
     * has_perm, inside a storage unit the caller already holds: a local backend answers with
     * that unit's session instead of opening another. The default ignores the session.
     */
    default boolean hasPerm(User user, String permission, org.slumber.spi.storage.StorageSession current) {
        return hasPerm(user, permission);
    }

    /** has_module_perms: false for inactive users, true for active superusers, else any permission of the label. */
    boolean hasModulePerms(User user, String appLabel);

    /** The permissions the user holds through groups, {@code "<app label>.<codename>"}. */
    Set<String> groupPermissions(User user);

    /** Every permission the user holds, directly or through groups (every permission for superusers). */
    Set<String> allPermissions(User user);
}
