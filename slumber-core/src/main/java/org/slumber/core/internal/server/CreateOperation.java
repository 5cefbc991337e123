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
        boolean created = InstanceWrites.store(call, model, key, values);
        Object storedKey = values.get(model.key().name());
        Reply reply = call.reply();
        reply.body(InstanceWrites.reread(call, storedKey));
        reply.put("pk", model.key().codec().toJson(storedKey));
        reply.put("created", created);
    }
}
