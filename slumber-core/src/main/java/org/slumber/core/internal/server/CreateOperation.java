package org.slumber.core.internal.server;

import java.util.Map;
import org.slumber.core.internal.model.Model;
import org.slumber.core.operation.ModelOperation;
import org.slumber.core.operation.OperationCall;
import org.slumber.core.operation.OperationException;
import org.slumber.spi.storage.StorageSession;

/**
 * {@code create}: POST the fields of a new instance. Answers 200 (compatible: not 201) with
 * the instance data plus {@code pk} and {@code created}; when the posted key already exists
 * that instance is replaced and {@code created} is false.
 */
final class CreateOperation extends ModelOperation {

    @Override
    public String requiredPermission(String method) {
        return "add";
    }

    @Override
    protected void post(OperationCall operationCall) {
        Call call = (Call) operationCall;
        if (!call.arguments().isEmpty()) {
            throw new OperationException.NotFound("create takes no path arguments");
        }
        Model model = call.model();
        InstanceLoader loader = call.loader();
        Map<String, Object> values = call.context().input().forCreate(model, call.body(), call.exchange().isForm(),
                loader, null);
        Object key = values.get(model.key().name());
        boolean created = Writes.store(loader, model, key, values);
        Object storedKey = values.get(model.key().name());
        Reply reply = call.reply();
        reply.body(Writes.reread(call, storedKey));
        reply.put("pk", model.key().codec().toJson(storedKey));
        reply.put("created", created);
    }

    /** Storage steps shared by create and PUT. */
    static final class Writes {
        private Writes() {
        }

        /**
         * Inserts the instance, or replaces it when its key exists. On insert without a key, the
         * generated key is put into {@code values}.
         *
         * @return true when a new instance was inserted
         */
        static boolean store(InstanceLoader loader, Model model, Object key, Map<String, Object> values) {
            StorageSession session = loader.session();
            boolean exists = key != null && session.find(model.descriptor(), key).isPresent();
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
}
