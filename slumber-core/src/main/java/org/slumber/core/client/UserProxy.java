package org.slumber.core.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The built-in instance proxy of the auth app's User model: the questions django-slumber's
 * user proxy answers, asked of the user's own service (auth.md, "Operations on the User
 * model"). Registered for the auth app of every service.
 */
public interface UserProxy extends InstanceProxy {

    /** Whether the user holds a permission ({@code "<app label>.<codename>"}). */
    default boolean hasPerm(String permission) {
        Map<String, Object> answer = userAgent().get(operation("has-permission") + segment(permission) + "/");
        return Boolean.TRUE.equals(answer.get("is-allowed"));
    }

    /** Whether the user holds any permission of an app label. */
    default boolean hasModulePerms(String appLabel) {
        Map<String, Object> answer = userAgent().get(operation("module-permissions") + segment(appLabel) + "/");
        return Boolean.TRUE.equals(answer.get("has_module_perms"));
    }

    /** The permissions the user holds through groups. */
    default Set<String> getGroupPermissions() {
        return names(userAgent().get(operation("get-permissions")).get("group_permissions"));
    }

    /** Every permission the user holds. */
    default Set<String> getAllPermissions() {
        return names(userAgent().get(operation("get-permissions")).get("all_permissions"));
    }

    /** The user's profile instance, or null when the user has none. */
    default RemoteInstance getProfile() {
        Map<String, Object> document;
        try {
            document = userAgent().get(operation("get-profile"));
        } catch (RemoteException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
        Object identity = document.get("identity");
        return identity == null ? null : instance().instanceAt(identity.toString());
    }

    private String operation(String name) {
        String url = operations().get(name);
        if (url == null) {
            throw new RemoteLookupException("User " + instance().url() + " has no operation " + name
                    + "; its operations are " + operations().keySet());
        }
        return url;
    }

    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Set<String> names(Object list) {
        Set<String> names = new TreeSet<>();
        if (list instanceof List<?> items) {
            items.forEach(item -> names.add(String.valueOf(item)));
        }
        return names;
    }
}
