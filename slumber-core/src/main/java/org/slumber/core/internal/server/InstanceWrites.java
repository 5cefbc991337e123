package org.slumber.core.internal.server;

import java.util.Map;
import org.slumber.core.internal.model.Model;
import org.slumber.core.operation.OperationException;
import org.slumber.spi.storage.StorageSession;

/** The storage steps create and PUT share: insert or replace, then read the instance back. */
final class InstanceWrites {

    private InstanceWrites() {
    }

    /**
     * Inserts the instance, or replaces it when its key exists (which also needs the model's
     * change permission: replacing is changing). On insert without a key, the generated key
     * is put into {@code values}.
     *
     * @return true when a new instance was inserted
     */
    static boolean store(Call call, Model model, Object key, Map<String, Object> values) {
        InstanceLoader loader = call.loader();
        StorageSession session = loader.session();
        boolean exists = key != null && session.find(model.descriptor(), key).isPresent();
        if (exists && !call.hasPermission(model.permission("change"))) {
            throw new OperationException.Forbidden("Requires permission " + model.permission("change")
                    + " (the instance exists and would be replaced)");
        }
        Unique.check(session, model, values, exists ? key : null);
        if (exists) {
            session.update(model.descriptor(), key, values);
            loader.forget(model, key);
            return false;
        }
        Object newKey = session.insert(model.descriptor(), values);
        values.put(model.key().name(), newKey);
        return true;
    }

    /** The instance data of a just-written instance. */
    static Map<String, Object> reread(Call call, Object key) {
        Model model = call.model();
        RowInstance instance = call.loader().find(model, key).orElseThrow(() -> new IllegalStateException(
                "storage lost " + model.name() + " " + key + " within its own transaction"));
        return call.context().documents().instanceData(instance);
    }
}
