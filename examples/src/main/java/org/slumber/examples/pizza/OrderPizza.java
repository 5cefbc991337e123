package org.slumber.examples.pizza;

import java.util.Map;
import org.slumber.core.operation.InstanceOperation;
import org.slumber.core.operation.OperationCall;
import org.slumber.core.operation.OperationException;

/** The Pizza instance operation {@code order}: GET describes the form, POST is not open yet (501). */
// START SNIPPET: order-pizza
final class OrderPizza extends InstanceOperation {

    @Override
    protected void get(OperationCall call, String pk) {
        call.instance();
        call.response().put("form", Map.of("quantity", "integer"));
    }

    @Override
    protected void post(OperationCall call, String pk) {
        throw new OperationException.NotImplemented("Ordering pizzas is not open yet");
    }
}
// END SNIPPET: order-pizza
