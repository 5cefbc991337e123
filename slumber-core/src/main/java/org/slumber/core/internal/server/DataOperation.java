package org.slumber.core.internal.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slumber.core.internal.model.DataArray;
import org.slumber.core.internal.model.Model;
import org.slumber.core.internal.model.ModelDependentMethods;
import org.slumber.core.operation.InstanceOperation;
import org.slumber.core.operation.OperationCall;
import org.slumber.core.operation.OperationException;

/**
 * {@code data}: GET an instance's data or one page of a data array
 * ({@code data/<pk>/<array>/}), PUT to create or replace it (201 when created, else 200), or
 * DELETE it.
 */
final class DataOperation extends InstanceOperation implements ModelDependentMethods {

    @Override
    public List<String> methodsFor(Model model) {
        List<String> methods = new java.util.ArrayList<>(List.of("GET"));
        if (model.operation("create") != null) {
            methods.add("PUT");
        }
        if (model.operation("delete") != null) {
            methods.add("DELETE");
        }
        return methods;
    }

    @Override
    public String requiredPermission(String method) {
        return switch (method) {
            case "PUT" -> "add";
            case "DELETE" -> "delete";
            default -> null;
        };
    }

    @Override
    protected void get(OperationCall operationCall, String pk) {
        Call call = (Call) operationCall;
        List<String> arguments = call.arguments();
        if (arguments.isEmpty()) {
            call.reply().body(call.context().documents().instanceData(call.row()));
        } else if (arguments.size() == 1) {
            dataArray(call, arguments.get(0));
        } else {
            throw new OperationException.NotFound("No resource at " + call.exchange().path());
        }
    }

    private static void dataArray(Call call, String name) {
        Model model = call.model();
        DataArray array = model.dataArray(name);
        if (array == null) {
            throw new OperationException.NotFound(model.name() + " has no data array " + name + "; it has "
                    + model.dataArrays().stream().map(DataArray::name).toList());
        }
        RowInstance owner = call.row();
        Model items = array.itemModel();
        Object startAfter = Pages.startAfter(call, items, "start_after");
        int size = call.context().pageSize();
        List<Map<String, Object>> rows = call.loader().session().page(items.descriptor(),
                array.filterFor(owner.key()), startAfter, size + 1);
        boolean more = rows.size() > size;
        if (more) {
            rows = rows.subList(0, size);
        }
        List<RowInstance> instances = call.loader().batch(items, rows);
        List<Object> page = new ArrayList<>(instances.size());
        for (RowInstance instance : instances) {
            page.add(Documents.arrayItem(instance));
        }
        Reply reply = call.reply();
        reply.put("instance", model.dataUrl(owner.key()));
        reply.put("page", page);
        if (more) {
            reply.put("next_page", Pages.next(call.exchange().path(), "start_after", items,
                    instances.get(instances.size() - 1).key()));
        }
    }

    @Override
    protected void put(OperationCall operationCall, String pk) {
        Call call = (Call) operationCall;
        if (!call.arguments().isEmpty()) {
            throw new OperationException.NotFound("PUT goes to the instance's data URL, without further segments");
        }
        Model model = call.model();
        Object key = call.key();
        Map<String, Object> values = call.context().input().forCreate(model, call.body(), call.exchange().isForm(),
                call.loader(), key);
        boolean created = InstanceWrites.store(call, model, key, values);
        Reply reply = call.reply();
        reply.body(InstanceWrites.reread(call, key));
        reply.put("pk", model.key().codec().toJson(key));
        reply.status(created ? 201 : 200);
    }

    @Override
    protected void delete(OperationCall operationCall, String pk) {
        Call call = (Call) operationCall;
        if (!call.arguments().isEmpty()) {
            throw new OperationException.NotFound("DELETE goes to the instance's data URL, without further segments");
        }
        DeleteOperation.deleteInstance(call);
    }
}
