package org.slumber.core.internal.server;

import org.slumber.core.internal.model.Model;
import org.slumber.core.operation.InstanceOperation;
import org.slumber.core.operation.OperationCall;
import org.slumber.core.operation.OperationException;

/** {@code delete}: POST to delete the instance; answers {@code {"deleted": true}}. */
final class DeleteOperation extends InstanceOperation {

    @Override
    public String requiredPermission(String method) {
        return "delete";
    }

    @Override
    protected void post(OperationCall operationCall, String pk) {
        Call call = (Call) operationCall;
        if (!call.arguments().isEmpty()) {
            throw new OperationException.NotFound("delete takes only the instance's key");
        }
        deleteInstance(call);
    }

    /** Deletes the instance the call names (404 when there is none) and answers {@code {"deleted": true}}. */
    static void deleteInstance(Call call) {
        Model model = call.model();
        RowInstance instance = call.row();
        call.loader().session().delete(model.descriptor(), instance.key());
        call.loader().forget(model, instance.key());
        call.reply().put("deleted", true);
    }
}
