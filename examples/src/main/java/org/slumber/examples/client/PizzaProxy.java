package org.slumber.examples.client;

import java.util.Map;
import org.slumber.core.client.InstanceProxy;

/** The example's instance proxy for {@code /slumber_examples/Pizza/} (spec/examples.md). */
// START SNIPPET: pizza-proxy
public interface PizzaProxy extends InstanceProxy {

    /** Tells that the proxy is attached. */
    default boolean hasPizzaProxy() {
        return true;
    }

    /** Whether the pizza is for sale. */
    default boolean isForSale() {
        return Boolean.TRUE.equals(instance().bool("for_sale"));
    }

    /** The fields of the order form the pizza's {@code order} operation describes. */
    @SuppressWarnings("unchecked")
    default Map<String, Object> orderForm() {
        return (Map<String, Object>) userAgent().get(operations().get("order")).get("form");
    }
}
// END SNIPPET: pizza-proxy
