package org.slumber.core.internal.auth;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slumber.core.auth.Accounts;
import org.slumber.core.auth.PasswordHasher;
import org.slumber.core.auth.User;
import org.slumber.spi.storage.Storage;
import org.slumber.spi.storage.StorageSession;

/** {@link Accounts} over this server's own auth app. */
public final class LocalAccounts implements Accounts {

    private final Storage storage;
    private final AuthModels models;
    private final PasswordHasher hasher;
    private final Runnable onChange;

    /**
     * @param onChange called after every change, to drop cached users
     */
    public LocalAccounts(Storage storage, AuthModels models, PasswordHasher hasher, Runnable onChange) {
        this.storage = storage;
        this.models = models;
        this.hasher = hasher;
        this.onChange = onChange;
    }

    @Override
    public Optional<User> user(String username) {
        return storage.read(session -> userRow(session, username)).map(AuthModels::toUser);
    }

    @Override
    public User createUser(String username, String password, Flag... flags) {
        if (username == null || username.length() > 150 || !username.matches(AuthAppDefinition.USERNAME_PATTERN)) {
            throw new IllegalArgumentException("User name '" + username + "' is not valid: use 1 to 150 ASCII letters, "
                    + "digits and @.+-_");
        }
        EnumSet<Flag> set = flags.length == 0 ? EnumSet.noneOf(Flag.class) : EnumSet.of(flags[0], flags);
        Map<String, Object> row = new HashMap<>();
        row.put("username", username);
        row.put("password", password == null ? null : hasher.hash(password));
        row.put("first_name", "");
        row.put("last_name", "");
        row.put("email", "");
        row.put("is_active", !set.contains(Flag.INACTIVE));
        row.put("is_staff", set.contains(Flag.STAFF));
        row.put("is_superuser", set.contains(Flag.SUPERUSER));
        row.put("date_joined", Instant.now());
        row.put("last_login", null);
        User user = storage.write(session -> {
            if (userRow(session, username).isPresent()) {
                throw new IllegalArgumentException("User " + username + " exists already");
            }
            Object id = session.insert(models.user().descriptor(), row);
            row.put("id", id);
            return AuthModels.toUser(row);
        });
        onChange.run();
        return user;
    }

    /**
     * Creates or updates the local shadow of a user another service authenticates: same name,
     * the given fields ({@code is_active}, {@code is_staff}, ...), no usable password.
     */
    public User shadow(String username, Map<String, Object> fields) {
        User user = storage.write(session -> {
            Optional<Map<String, Object>> existing = userRow(session, username);
            Map<String, Object> values = new HashMap<>(fields);
            values.remove("id");
            values.remove("password");
            values.put("username", username);
            if (existing.isPresent()) {
                Object id = existing.get().get("id");
                session.update(models.user().descriptor(), id, values);
                Map<String, Object> row = new HashMap<>(existing.get());
                row.putAll(values);
                return AuthModels.toUser(row);
            }
            Map<String, Object> row = new HashMap<>();
            row.put("first_name", "");
            row.put("last_name", "");
            row.put("email", "");
            row.put("is_active", true);
            row.put("is_staff", false);
            row.put("is_superuser", false);
            row.put("date_joined", Instant.now());
            row.put("last_login", null);
            row.put("password", null);
            row.putAll(values);
            row.put("id", session.insert(models.user().descriptor(), row));
            return AuthModels.toUser(row);
        });
        onChange.run();
        return user;
    }

    @Override
    public void setPassword(String username, String password) {
        String hash = hasher.hash(password);
        storage.write(session -> {
            Object id = existingUser(session, username).get("id");
            Map<String, Object> change = new HashMap<>();
            change.put("password", hash);
            return session.update(models.user().descriptor(), id, change);
        });
        onChange.run();
    }

    @Override
    public void createGroup(String name, String... permissions) {
        storage.write(session -> {
            if (!session.select(models.group().descriptor(), Map.of("name", name), 1).isEmpty()) {
                throw new IllegalArgumentException("Group " + name + " exists already");
            }
            Object id = session.insert(models.group().descriptor(), new HashMap<>(Map.of("name", name)));
            for (String permission : permissions) {
                session.link(models.groupPermissions(), id, permissionId(session, permission));
            }
            return id;
        });
    }

    @Override
    public void grant(String username, String... permissions) {
        storage.write(session -> {
            Object id = existingUser(session, username).get("id");
            for (String permission : permissions) {
                session.link(models.userPermissions(), id, permissionId(session, permission));
            }
            return id;
        });
        onChange.run();
    }

    @Override
    public void addToGroup(String username, String group) {
        storage.write(session -> {
            Object id = existingUser(session, username).get("id");
            List<Map<String, Object>> groups = session.select(models.group().descriptor(), Map.of("name", group), 1);
            if (groups.isEmpty()) {
                throw new IllegalArgumentException("No group named " + group + "; create it with createGroup first");
            }
            return session.link(models.userGroups(), id, groups.get(0).get("id"));
        });
        onChange.run();
    }

    private Optional<Map<String, Object>> userRow(StorageSession session, String username) {
        List<Map<String, Object>> rows = session.select(models.user().descriptor(), Map.of("username", username), 1);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private Map<String, Object> existingUser(StorageSession session, String username) {
        return userRow(session, username)
                .orElseThrow(() -> new IllegalArgumentException("No user named " + username));
    }

    private Object permissionId(StorageSession session, String permission) {
        int dot = permission.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("Permission '" + permission + "' is not of the form "
                    + "<app label>.<codename>, e.g. slumber_examples.add_pizza");
        }
        List<Map<String, Object>> rows = session.select(models.permission().descriptor(),
                Map.of("app_label", permission.substring(0, dot), "codename", permission.substring(dot + 1)), 1);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("No permission " + permission + "; every model has "
                    + "<app label>.add_<model>, change_<model> and delete_<model>");
        }
        return rows.get(0).get("id");
    }
}
