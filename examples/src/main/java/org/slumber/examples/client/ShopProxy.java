package org.slumber.examples.client;

import org.slumber.core.client.ModelProxy;
import org.slumber.core.client.RemoteInstance;

/** The example's model proxy for {@code /slumber_examples/Shop/} (spec/examples.md). */
// START SNIPPET: shop-proxy
public interface ShopProxy extends ModelProxy {

    /** Tells that the proxy is attached. */
    default boolean hasShopProxy() {
        return true;
    }

    /** The shop with this slug, or an exception naming the URL when there is none. */
    default RemoteInstance bySlug(String slug) {
        return model().get(java.util.Map.of("slug", slug));
    }
}
// END SNIPPET: shop-proxy
