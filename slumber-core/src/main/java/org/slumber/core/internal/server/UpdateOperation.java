package org.slumber.core.internal.server;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slumber.core.internal.model.Model;
import org.slumber.core.operation.InstanceOperation;
import org.slumber.core.operation.OperationCall;
import org.slumber.core.operation.OperationException;

/** {@code update}: POST the fields to change; answers {@code {"self": {"url": <data url>}}}. */
final class UpdateOperation extends InstanceOperation {

    @Override
    public String requiredPermission(String method) {
        return "change";
    }

    @Override
    protected void post(OperationCall operationCall, String pk) {
        Call call = (Call) operationCall;
        if (!call.arguments().isEmpty()) {
            throw new OperationException.NotFound("update takes only the instance's key");
        }
        Model model = call.model();
        RowInstance instance = call.row();
        Map<String, Object> changes = call.context().input().forUpdate(model, call.body(), call.exchange().isForm(),
                call.loader(), instance.key());
        if (!changes.isEmpty()) {
            Map<String, Object> merged = new HashMap<>(instance.row());
            merged.putAll(changes);
            Unique.check(call.loader().session(), model, merged, instance.key());
            call.loader().session().update(model.descriptor(), instance.key(), changes);
            call.loader().forget(model, instance.key());
        }
        Map<String, Object> self = new LinkedHashMap<>();
        self.put("url", model.dataUrl(instance.key()));
        call.reply().put("self", self);
    }
}
