package org.slumber.core.internal.auth;

import java.util.Map;
import org.slumber.core.auth.User;
import org.slumber.core.internal.model.App;
import org.slumber.core.internal.model.DataArray;
import org.slumber.core.internal.model.Model;
import org.slumber.core.internal.model.Registry;
import org.slumber.spi.model.LinkDescriptor;

/**
 * The storage shapes of the auth app's models and links, found once in the registry.
 *
 * @param user            the User model
 * @param group           the Group model
 * @param permission      the Permission model
 * @param userGroups      the link of users to their groups
 * @param userPermissions the link of users to their own permissions
 * @param groupPermissions the link of groups to their permissions
 */
public record AuthModels(Model user, Model group, Model permission, LinkDescriptor userGroups,
                         LinkDescriptor userPermissions, LinkDescriptor groupPermissions) {

    /** Finds the auth models of a registry. */
    public static AuthModels of(Registry registry) {
        App app = registry.authApp();
        Model user = app.models().get("User");
        Model group = app.models().get("Group");
        Model permission = app.models().get("Permission");
        return new AuthModels(user, group, permission, link(user, "groups"), link(user, "user_permissions"),
                link(group, "permissions"));
    }

    private static LinkDescriptor link(Model model, String name) {
        DataArray array = model.dataArray(name);
        return array.link();
    }

    /** A user from a row of the User model. */
    static User toUser(Map<String, Object> row) {
        return new User(row.get("id"), (String) row.get("username"), flag(row, "is_active"), flag(row, "is_staff"),
                flag(row, "is_superuser"));
    }

    /** The string form of a permission row: {@code <app_label>.<codename>}. */
    static String permissionName(Map<String, Object> row) {
        return row.get("app_label") + "." + row.get("codename");
    }

    private static boolean flag(Map<String, Object> row, String field) {
        return Boolean.TRUE.equals(row.get(field));
    }
}
