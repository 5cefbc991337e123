package org.slumber.core.client;

/**
 * Registers proxies and cache times with the client: the Java counterpart of django-slumber's
 * {@code SLUMBER_CLIENT_APPS}. Implementations are found with {@link java.util.ServiceLoader}
 * (list the class in {@code META-INF/services/org.slumber.core.client.ClientConfigurer}) from
 * every jar on the class path, or passed to {@link SlumberClient.Builder#configure}.
 *
 * <pre>{@code
 * public final class ExampleClientSetup implements ClientConfigurer {
 *     public void configure(ClientConfig config) {
 *         config.instanceProxy("/slumber_examples/Pizza/", PizzaProxy.class);
 *         config.modelProxy("/slumber_examples/Shop/", ShopProxy.class);
 *         config.cacheTtl("/slumber_examples/Shop/", Duration.ofSeconds(30));
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ClientConfigurer {

    /** Registers this jar's proxies and cache times. Called once per client, while it is built. */
    void configure(ClientConfig config);
}
