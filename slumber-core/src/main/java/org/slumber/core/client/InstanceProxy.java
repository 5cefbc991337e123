package org.slumber.core.client;

import java.util.Map;

/**
 * The base of instance proxies: interfaces with default methods that add behaviour to the
 * instances of a model (client.md, "Proxies"). Register one with
 * {@link ClientConfig#instanceProxy} and view an instance as it with
 * {@link RemoteInstance#as(Class)}.
 *
 * <pre>{@code
 * public interface PizzaProxy extends InstanceProxy {
 *     default boolean hasPizzaProxy() { return true; }
 *     default boolean isForSale() { return Boolean.TRUE.equals(instance().bool("for_sale")); }
 * }
 * }</pre>
 *
 * <p>The abstract method {@link #instance()} is implemented by the client; a proxy interface
 * must not declare abstract methods of its own.
 */
public interface InstanceProxy {

    /** The instance this proxy views. */
    RemoteInstance instance();

    /** The user agent, for calling the instance's operations. */
    default UserAgent userAgent() {
        return instance().userAgent();
    }

    /** The instance's operation URLs by name. */
    default Map<String, String> operations() {
        return instance().operations();
    }
}
