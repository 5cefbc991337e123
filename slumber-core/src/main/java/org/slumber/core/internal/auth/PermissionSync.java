package org.slumber.core.internal.auth;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.slumber.core.internal.model.Model;
import org.slumber.core.internal.model.Registry;
import org.slumber.spi.storage.Storage;

/** Creates the {@code add}, {@code change} and {@code delete} permission of every model that lacks them. */
public final class PermissionSync {

    private static final String[] ACTIONS = {"add", "change", "delete"};

    private PermissionSync() {
    }

    /**
     * Creates the missing permissions in one transaction.
     *
     * @return how many were created
     */
    public static int run(Storage storage, Registry registry, AuthModels models) {
        return storage.write(session -> {
            Set<String> existing = new HashSet<>();
            for (Map<String, Object> row : session.select(models.permission().descriptor(), Map.of(),
                    Integer.MAX_VALUE)) {
                existing.add(AuthModels.permissionName(row));
            }
            int created = 0;
            for (Model model : registry.models()) {
                for (String action : ACTIONS) {
                    String permission = model.permission(action);
                    if (existing.add(permission)) {
                        Map<String, Object> row = new HashMap<>();
                        row.put("name", "Can " + action + " " + model.lowerName());
                        row.put("codename", action + "_" + model.lowerName());
                        row.put("app_label", model.app().label());
                        session.insert(models.permission().descriptor(), row);
                        created++;
                    }
                }
            }
            return created;
        });
    }
}
