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
        return run(storage, registry, models, java.util.List.of());
    }

    /**
     * Creates the missing permissions of the registry's models and of the models of
     * {@code otherApps}, apps this server does not host (an auth service holds the permissions
     * of the services that use it).
     */
    public static int run(Storage storage, Registry registry, AuthModels models,
                          java.util.List<org.slumber.core.internal.model.AppDeclaration> otherApps) {
        java.util.List<String[]> wanted = new java.util.ArrayList<>();
        for (Model model : registry.models()) {
            wanted.add(new String[] {model.app().label(), model.lowerName()});
        }
        for (org.slumber.core.internal.model.AppDeclaration app : otherApps) {
            String label = app.name().substring(app.name().lastIndexOf('.') + 1);
            for (String model : app.modelNames()) {
                wanted.add(new String[] {label, model.toLowerCase(java.util.Locale.ROOT)});
            }
        }
        return storage.write(session -> {
            Set<String> existing = new HashSet<>();
            for (Map<String, Object> row : session.select(models.permission().descriptor(), Map.of(),
                    Integer.MAX_VALUE)) {
                existing.add(AuthModels.permissionName(row));
            }
            int created = 0;
            for (String[] model : wanted) {
                for (String action : ACTIONS) {
                    String permission = model[0] + "." + action + "_" + model[1];
                    if (existing.add(permission)) {
                        Map<String, Object> row = new HashMap<>();
                        row.put("name", "Can " + action + " " + model[1]);
                        row.put("codename", action + "_" + model[1]);
                        row.put("app_label", model[0]);
                        session.insert(models.permission().descriptor(), row);
                        created++;
                    }
                }
            }
            return created;
        });
    }
}
