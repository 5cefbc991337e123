package org.slumber.core.internal.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slumber.core.internal.model.Field;
import org.slumber.core.internal.model.FieldKind;
import org.slumber.core.internal.model.Model;
import org.slumber.core.operation.ModelOperation;
import org.slumber.core.operation.OperationCall;
import org.slumber.core.operation.OperationException;

/** {@code get}: the one instance whose fields equal the query ({@code pk} is the key). */
final class GetOperation extends ModelOperation {

    @Override
    protected void get(OperationCall operationCall) {
        Call call = (Call) operationCall;
        if (!call.arguments().isEmpty()) {
            throw new OperationException.NotFound("get takes no path arguments");
        }
        Model model = call.model();
        if (call.query().isEmpty()) {
            throw new OperationException.BadRequest("get needs query parameters naming fields and values, e.g. ?pk=1");
        }
        Map<String, Object> equal = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> parameter : call.query().asMap().entrySet()) {
            String name = parameter.getKey();
            Field field = name.equals("pk") ? model.key() : model.field(name);
            if (field == null || field.kind() == FieldKind.PASSWORD) {
                throw new OperationException.BadRequest(model.name() + " has no field " + name + " to get by");
            }
            if (parameter.getValue().size() > 1) {
                throw new OperationException.BadRequest("get takes one value of " + name);
            }
            String text = parameter.getValue().get(0);
            Object value;
            try {
                value = switch (field.kind()) {
                    case OBJECT -> field.target().key().codec().fromText(text);
                    case REMOTE -> call.context().remote().storedForm(text);
                    default -> field.codec().fromText(text);
                };
            } catch (IllegalArgumentException e) {
                throw new OperationException.BadRequest("Field " + name + " of " + model.name() + " " + e.getMessage()
                        + ", got \"" + text + "\"");
            }
            if (equal.put(field.name(), value) != null) {
                throw new OperationException.BadRequest("get names field " + field.name() + " twice");
            }
        }
        List<Map<String, Object>> rows = call.loader().session().select(model.descriptor(), equal, 2);
        if (rows.isEmpty()) {
            throw new OperationException.NotFound("No " + model.name() + " matches " + call.query());
        }
        if (rows.size() > 1) {
            throw new OperationException.BadRequest("More than one " + model.name() + " matches " + call.query()
                    + "; name a unique field");
        }
        call.reply().body(call.context().documents().instanceData(call.loader().single(model, rows.get(0))));
    }
}
