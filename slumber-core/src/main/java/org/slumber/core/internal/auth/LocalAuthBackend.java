package org.slumber.core.internal.auth;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slumber.core.auth.PasswordHasher;
import org.slumber.core.auth.User;
import org.slumber.spi.storage.Storage;
import org.slumber.spi.storage.StorageSession;

/**
 * The auth backend over this server's own auth app. Users looked up by name, and their
 * permission sets, are remembered for a short time (setting {@code slumber.auth.cache_ttl}),
 * since every request needs the one and every write the other; changes made through
 * {@link LocalAccounts} forget them at once.
 */
public final class LocalAuthBackend implements AuthBackend {

    private final Storage storage;
    private final AuthModels models;
    private final PasswordHasher hasher;
    private final TtlCache<String, Optional<User>> users;
    private final TtlCache<Object, Set<String>> permissions;
    private final TtlCache<Object, Set<String>> groupPermissions;

    public LocalAuthBackend(Storage storage, AuthModels models, PasswordHasher hasher, Duration cacheTtl) {
        this.storage = storage;
        this.models = models;
        this.hasher = hasher;
        this.users = new TtlCache<>(cacheTtl, 10_000);
        this.permissions = new TtlCache<>(cacheTtl, 10_000);
        this.groupPermissions = new TtlCache<>(cacheTtl, 10_000);
    }

    @Override
    public Optional<User> user(String username) {
        return users.get(username, name -> storage.read(session -> findRow(session, name))
                .map(AuthModels::toUser));
    }

    @Override
    public Optional<User> userById(Object id) {
        return storage.read(session -> session.find(models.user().descriptor(), id)).map(AuthModels::toUser);
    }

    @Override
    public Optional<User> authenticate(String username, String password) {
        Optional<Map<String, Object>> row = storage.read(session -> findRow(session, username));
        if (row.isEmpty()) {
            hasher.matchesDummy(password);
            return Optional.empty();
        }
        String stored = (String) row.get().get("password");
        boolean matches = hasher.matches(password, stored);
        User user = AuthModels.toUser(row.get());
        if (matches && hasher.needsRehash(stored)) {
            String rehashed = hasher.hash(password);
            storage.write(session -> session.update(models.user().descriptor(), user.id(),
                    new java.util.HashMap<>(Map.of("password", rehashed))));
        }
        return matches && user.active() ? Optional.of(user) : Optional.empty();
    }

    @Override
    public boolean hasPerm(User user, String permission) {
        if (!user.active()) {
            return false;
        }
        return user.superuser() || allPermissions(user).contains(permission);
    }

    @Override
    public boolean hasPerm(User user, String permission, StorageSession current) {
        if (current == null || !user.active() || user.superuser()) {
            return hasPerm(user, permission);
        }
        return permissions.get(user.id(), id -> allPermissions(current, id)).contains(permission);
    }

    @Override
    public boolean hasModulePerms(User user, String appLabel) {
        if (!user.active()) {
            return false;
        }
        if (user.superuser()) {
            return true;
        }
        String prefix = appLabel + ".";
        for (String permission : allPermissions(user)) {
            if (permission.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<String> groupPermissions(User user) {
        if (!user.active()) {
            return Set.of();
        }
        if (user.superuser()) {
            return everyPermission();
        }
        return groupPermissions.get(user.id(), id -> storage.read(session -> Set.copyOf(groupPermissions(session, id))));
    }

    @Override
    public Set<String> allPermissions(User user) {
        if (!user.active()) {
            return Set.of();
        }
        if (user.superuser()) {
            return everyPermission();
        }
        return permissions.get(user.id(), id -> storage.read(session -> allPermissions(session, id)));
    }

    /** Every permission of a (not superuser) user, direct and through groups, in one unit. */
    private Set<String> allPermissions(StorageSession session, Object userId) {
        Set<String> all = groupPermissions(session, userId);
        for (Map<String, Object> row : session.linked(models.userPermissions(), List.of(userId))) {
            all.add(AuthModels.permissionName(row));
        }
        return Set.copyOf(all);
    }

    private Set<String> groupPermissions(StorageSession session, Object userId) {
        Set<String> permissions = new HashSet<>();
        List<Object> groupIds = new ArrayList<>();
        for (Map<String, Object> group : session.linked(models.userGroups(), List.of(userId))) {
            groupIds.add(group.get("id"));
        }
        if (!groupIds.isEmpty()) {
            for (Map<String, Object> row : session.linked(models.groupPermissions(), groupIds)) {
                permissions.add(AuthModels.permissionName(row));
            }
        }
        return permissions;
    }

    private Set<String> everyPermission() {
        return storage.read(session -> {
            Set<String> all = new HashSet<>();
            for (Map<String, Object> row : session.select(models.permission().descriptor(), Map.of(),
                    Integer.MAX_VALUE)) {
                all.add(AuthModels.permissionName(row));
            }
            return all;
        });
    }

    private Optional<Map<String, Object>> findRow(StorageSession session, String username) {
        List<Map<String, Object>> rows = session.select(models.user().descriptor(), Map.of("username", username), 1);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Forgets remembered users and their permissions (after changes to accounts). */
    public void forgetUsers() {
        users.clear();
        permissions.clear();
        groupPermissions.clear();
    }
}
