package org.slumber.examples.docs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slumber.core.operation.ModelOperation;
import org.slumber.core.operation.OperationCall;

/**
 * The Book model operation {@code my-permissions} of {@link BookshopApp}, mounted at
 * {@code bookshop/my-permissions}: what the calling user may do with books.
 */
// START SNIPPET: my-permissions
final class MyPermissions extends ModelOperation {

    @Override
    protected void get(OperationCall call) {
        Map<String, Object> allowed = new LinkedHashMap<>();
        for (String action : new String[] {"add", "change", "delete"}) {
            allowed.put(action, call.hasPermission("bookshop." + action + "_book"));
        }
        String only = call.query().first("only");           // ?only=add narrows the answer
        if (only != null) {
            allowed.keySet().retainAll(java.util.Set.of(only));
        }
        call.response()
                .put("user", call.user().username())
                .put("superuser", call.user().superuser())
                .put("model", call.modelUrl())
                .put("allowed", allowed);
    }
}
// END SNIPPET: my-permissions
