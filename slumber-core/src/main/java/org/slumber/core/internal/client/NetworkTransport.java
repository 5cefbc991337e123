package org.slumber.core.internal.client;

import java.io.IOException;
import org.slumber.spi.transport.Transport;
import org.slumber.spi.transport.TransportRequest;
import org.slumber.spi.transport.TransportResponse;

/** The network transport of a client that does not take the in-process shortcut, opened on first use. */
public final class NetworkTransport implements Transport {

    private final TransportHolder holder;

    public NetworkTransport(TransportHolder holder) {
        this.holder = holder;
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException {
        return holder.get().send(request);
    }

    @Override
    public void close() {
        holder.close();
    }
}
