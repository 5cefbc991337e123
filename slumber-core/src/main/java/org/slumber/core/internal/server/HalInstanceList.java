package org.slumber.core.internal.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slumber.core.internal.model.Model;
import org.slumber.core.operation.ModelOperation;
import org.slumber.core.operation.OperationCall;
import org.slumber.core.operation.OperationException;
import org.slumber.spi.storage.Filter;

/**
 * The HAL variant of {@code instances} (wire-protocol.md, "HAL instance list"): 10 per page,
 * key descending, {@code lpk} as the paging parameter, {@code next} only when more follow.
 */
public final class HalInstanceList extends ModelOperation {

    @Override
    protected void get(OperationCall operationCall) {
        Call call = (Call) operationCall;
        if (!call.arguments().isEmpty()) {
            throw new OperationException.NotFound("the HAL instance list takes no path arguments");
        }
        Model model = call.model();
        Object startAfter = Pages.startAfter(call, model, "lpk");
        int size = call.context().pageSize();
        List<Map<String, Object>> rows = call.loader().session().page(model.descriptor(), Filter.all(), startAfter,
                size + 1);
        boolean more = rows.size() > size;
        if (more) {
            rows = rows.subList(0, size);
        }
        List<RowInstance> instances = call.loader().batch(model, rows);
        List<Object> page = new ArrayList<>(instances.size());
        for (RowInstance instance : instances) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("_links", Map.of("self", Map.of("href", instance.url())));
            item.put("display", instance.display());
            page.add(item);
        }
        String self = call.binding().url();
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", Map.of("href", self));
        links.put("model", Map.of("href", model.url()));
        if (more) {
            links.put("next", Map.of("href", Pages.next(self, "lpk", model, instances.get(instances.size() - 1).key())));
        }
        Reply reply = call.reply();
        reply.hal(true);
        reply.put("_links", links);
        reply.put("_embedded", Map.of("page", page));
    }
}
