package org.slumber.core.internal.server;

import java.util.List;
import java.util.Map;
import org.slumber.core.internal.model.Field;
import org.slumber.core.internal.model.FieldKind;
import org.slumber.core.internal.model.Model;
import org.slumber.core.operation.InstanceOperation;
import org.slumber.core.operation.OperationCall;
import org.slumber.core.operation.OperationException;

/** The auth app's {@code get-profile}: the instance data of a user's profile, 404 when there is none. */
public final class GetProfileOperation extends InstanceOperation {

    @Override
    protected void get(OperationCall operationCall, String pk) {
        Call call = (Call) operationCall;
        if (!call.arguments().isEmpty()) {
            throw new OperationException.NotFound("get-profile takes only the user's key");
        }
        Model profile = call.context().registry().profileModel();
        if (profile == null) {
            throw new OperationException.NotFound("No profile model is installed (declare one with userProfile())");
        }
        RowInstance user = call.row();
        Field link = null;
        for (Field field : profile.fields()) {
            if (field.kind() == FieldKind.OBJECT && field.target() == call.model()) {
                link = field;
                break;
            }
        }
        List<Map<String, Object>> rows = call.loader().session().select(profile.descriptor(),
                Map.of(link.name(), user.key()), 1);
        if (rows.isEmpty()) {
            throw new OperationException.NotFound("User " + pk + " has no profile");
        }
        call.reply().body(call.context().documents().instanceData(call.loader().single(profile, rows.get(0))));
    }
}
