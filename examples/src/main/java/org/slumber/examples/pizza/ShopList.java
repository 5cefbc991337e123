package org.slumber.examples.pizza;

import java.util.List;
import java.util.Map;
import org.slumber.core.operation.ModelOperation;
import org.slumber.core.operation.OperationCall;

/** The Shop model operation {@code shops1}, mounted at {@code shops/mount1}: a hard-coded list. */
// START SNIPPET: shop-list
final class ShopList extends ModelOperation {

    @Override
    protected void get(OperationCall call) {
        call.response().put("shops", List.of(Map.of("name", "Hard Coded Pizza Parlour")));
    }
}
// END SNIPPET: shop-list
