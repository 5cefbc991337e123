package org.slumber.examples.client;

import java.time.Duration;
import org.slumber.core.client.ClientConfig;
import org.slumber.core.client.ClientConfigurer;

/**
 * The example's client registrations, found with ServiceLoader
 * ({@code META-INF/services/org.slumber.core.client.ClientConfigurer}).
 */
// START SNIPPET: client-setup
public final class ExampleClientSetup implements ClientConfigurer {

    @Override
    public void configure(ClientConfig config) {
        config.modelProxy("/slumber_examples/Shop/", ShopProxy.class);
        config.instanceProxy("/slumber_examples/Pizza/", PizzaProxy.class);
        config.cacheTtl("/slumber_examples/Shop/", Duration.ofSeconds(30));
    }
}
// END SNIPPET: client-setup
