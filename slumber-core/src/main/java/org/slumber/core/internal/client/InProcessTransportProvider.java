package org.slumber.core.internal.client;

import org.slumber.spi.transport.Transport;
import org.slumber.spi.transport.TransportProvider;
import org.slumber.spi.transport.TransportSettings;

/**
 * Opens in-process transports with no network fallback: what the transport compatibility kit
 * checks. The client itself builds its in-process transport over the discovered network one.
 */
public final class InProcessTransportProvider implements TransportProvider {

    @Override
    public String name() {
        return "in-process";
    }

    @Override
    public Transport open(TransportSettings settings) {
        return new InProcessTransport(settings.responseTimeout(), null);
    }
}
