package org.slumber.core.internal.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slumber.core.internal.model.Model;
import org.slumber.core.operation.ModelOperation;
import org.slumber.core.operation.OperationCall;
import org.slumber.core.operation.OperationException;
import org.slumber.spi.storage.Filter;

/**
 * {@code instances}: one page of a model's instances, key descending. Compatible quirk:
 * {@code next_page} is present whenever the page is not empty.
 */
final class InstancesOperation extends ModelOperation {

    @Override
    protected void get(OperationCall operationCall) {
        Call call = (Call) operationCall;
        if (!call.arguments().isEmpty()) {
            throw new OperationException.NotFound("instances takes no path arguments");
        }
        Model model = call.model();
        Object startAfter = Pages.startAfter(call, model, "start_after");
        List<Map<String, Object>> rows = call.loader().session().page(model.descriptor(), Filter.all(), startAfter,
                call.context().pageSize());
        List<RowInstance> instances = call.loader().batch(model, rows);
        List<Object> page = new ArrayList<>(instances.size());
        for (RowInstance instance : instances) {
            page.add(Documents.pageItem(instance));
        }
        Reply reply = call.reply();
        reply.put("model", model.url());
        reply.put("page", page);
        if (!instances.isEmpty()) {
            reply.put("next_page", Pages.next(call.binding().url(), "start_after", model,
                    instances.get(instances.size() - 1).key()));
        }
    }
}
