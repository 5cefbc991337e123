package org.slumber.core.internal.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slumber.core.SlumberConfigurationException;
import org.slumber.core.auth.User;
import org.slumber.core.client.RemoteException;
import org.slumber.core.client.RemoteInstance;
import org.slumber.core.client.RemoteModel;
import org.slumber.core.client.RemoteService;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.client.UserModelProxy;
import org.slumber.core.client.UserProxy;
import org.slumber.core.internal.client.ActingUser;

/**
 * The remote authentication backend (auth.md, "Remote authentication backend"): users and
 * permissions come from the service called {@code auth} in the directory. Users it names are
 * kept as local shadow users (same name and flags, no password) so that local data can refer
 * to them; answers are cached for 120 s per user and question. Calls to the auth service act as
 * this process's own key, never as the user being asked about. Thread-safe.
 */
public final class RemoteAuthBackend implements AuthBackend {

    /** The directory entry this backend uses. */
    public static final String AUTH_SERVICE = "auth";

    private static final String[] SHADOWED = {"is_active", "is_staff", "is_superuser", "first_name", "last_name",
        "email", "date_joined"};

    private final Supplier<SlumberClient> client;
    private final String authApp;
    private final LocalAccounts shadows;
    private final LocalAuthBackend local;
    private final TtlCache<String, Remote> users;
    private final TtlCache<String, Object> answers;

    /** A user known to the auth service: its local shadow and its remote instance. */
    private record Remote(User user, RemoteInstance instance) {
    }

    /**
     * @param client  this process's client; its directory must list {@value #AUTH_SERVICE}
     * @param authApp the auth app's name, used when the auth entry points at a service root
     * @param shadows writes local shadow users
     * @param local   reads local shadow users by id
     * @param ttl     how long answers are remembered (120 s)
     */
    public RemoteAuthBackend(Supplier<SlumberClient> client, String authApp, LocalAccounts shadows,
                             LocalAuthBackend local, Duration ttl) {
        this.client = client;
        this.authApp = authApp;
        this.shadows = shadows;
        this.local = local;
        this.users = new TtlCache<>(ttl, 10_000);
        this.answers = new TtlCache<>(ttl, 100_000);
    }

    /**
     * Checks that the directory lists the auth service.
     *
     * @throws SlumberConfigurationException naming the setting when it does not
     */
    public static void requireAuthService(SlumberClient client) {
        if (!client.services().contains(AUTH_SERVICE)) {
            throw new SlumberConfigurationException("Setting slumber.auth.backend is remote, which needs a service "
                    + "called '" + AUTH_SERVICE + "' in the directory (setting slumber.directory); it lists "
                    + client.services());
        }
    }

    @Override
    public Optional<User> user(String username) {
        return Optional.ofNullable(remote(username)).map(Remote::user);
    }

    @Override
    public Optional<User> userById(Object id) {
        Optional<User> shadow = local.userById(id);
        return shadow.isEmpty() ? Optional.empty() : user(shadow.get().username());
    }

    @Override
    public Optional<User> authenticate(String username, String password) {
        Optional<RemoteInstance> found = asService(() -> userModel().as(UserModelProxy.class)
                .authenticate(username, password));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        users.remove(username);
        Remote remote = remote(username);
        return remote == null || !remote.user().active() ? Optional.empty() : Optional.of(remote.user());
    }

    @Override
    public boolean hasPerm(User user, String permission) {
        return (Boolean) answer(user, "perm " + permission,
                proxy -> proxy.hasPerm(permission));
    }

    @Override
    public boolean hasModulePerms(User user, String appLabel) {
        return (Boolean) answer(user, "module " + appLabel, proxy -> proxy.hasModulePerms(appLabel));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<String> groupPermissions(User user) {
        return (Set<String>) answer(user, "group permissions", UserProxy::getGroupPermissions);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<String> allPermissions(User user) {
        return (Set<String>) answer(user, "all permissions", UserProxy::getAllPermissions);
    }

    private Object answer(User user, String question, java.util.function.Function<UserProxy, Object> ask) {
        return answers.get(user.username() + "\n" + question, key -> {
            Remote remote = remote(user.username());
            if (remote == null) {
                return question.startsWith("perm") || question.startsWith("module") ? Boolean.FALSE : Set.of();
            }
            return asService(() -> ask.apply(remote.instance().as(UserProxy.class)));
        });
    }

    /** The user of this name at the auth service, shadowed locally; null when there is none. */
    private Remote remote(String username) {
        return users.get(username, name -> asService(() -> {
            RemoteInstance instance;
            try {
                instance = userModel().get(Map.of("username", name));
            } catch (RemoteException e) {
                if (e.status() == 404) {
                    return null;
                }
                throw e;
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            for (String field : SHADOWED) {
                Object value = instance.get(field);
                fields.put(field, field.equals("date_joined") ? instant(value) : value);
            }
            return new Remote(shadows.shadow(name, fields), instance);
        }));
    }

    /**
     * A timestamp as Java or Python services send it ({@code 2011-04-27T03:26:37.625618Z},
     * {@code 2011-04-27 03:26:37.625618+00:00}, no zone meaning UTC), or null when it is absent
     * or unreadable.
     */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().trim().replace(' ', 'T');
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(text).toInstant(java.time.ZoneOffset.UTC);
            } catch (java.time.format.DateTimeParseException e2) {
                return null;
            }
        }
    }

    private RemoteModel userModel() {
        RemoteService service = client.get().service(AUTH_SERVICE);
        try {
            return service.model("User");
        } catch (org.slumber.core.client.RemoteLookupException e) {
            return service.app(authApp).model("User");
        }
    }

    private static <T> T asService(java.util.concurrent.Callable<T> call) {
        try {
            return ActingUser.call(null, call);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
