package org.slumber.core.client;

import java.util.Map;

/**
 * The base of model proxies: interfaces with default methods that add behaviour to a model
 * (client.md, "Proxies"). Register one with {@link ClientConfig#modelProxy} and view a model
 * as it with {@link RemoteModel#as(Class)}. The abstract method {@link #model()} is
 * implemented by the client; a proxy interface must not declare abstract methods of its own.
 */
public interface ModelProxy {

    /** The model this proxy views. */
    RemoteModel model();

    /** The user agent, for calling the model's operations. */
    default UserAgent userAgent() {
        return model().userAgent();
    }

    /** The model's operation URLs by name. */
    default Map<String, String> operations() {
        return model().operations();
    }
}
