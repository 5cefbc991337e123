package org.slumber.core.internal.client;

import org.slumber.core.internal.discovery.Adapters;
import org.slumber.core.internal.discovery.Role;
import org.slumber.core.settings.Settings;
import org.slumber.spi.transport.Transport;
import org.slumber.spi.transport.TransportProvider;
import org.slumber.spi.transport.TransportSettings;

/**
 * The client's transport, opened on the first request that leaves the JVM: a client that only
 * talks to services in its own process needs no transport adapter. Closes what it opened.
 */
public final class TransportHolder implements AutoCloseable {

    private final Transport given;
    private final TransportProvider provider;
    private final Settings settings;
    private final TransportSettings transportSettings;
    private final ClassLoader loader;
    private volatile Transport opened;
    private volatile boolean closed;

    public TransportHolder(Transport given, TransportProvider provider, Settings settings,
                           TransportSettings transportSettings, ClassLoader loader) {
        this.given = given;
        this.provider = provider;
        this.settings = settings;
        this.transportSettings = transportSettings;
        this.loader = loader;
    }

    /** The transport; opens the discovered one on first use. */
    public Transport get() {
        Transport ready = given != null ? given : opened;
        if (ready != null && !closed) {
            return ready;
        }
        return open();
    }

    private synchronized Transport open() {
        if (closed) {
            throw new IllegalStateException("the client is closed");
        }
        if (given != null) {
            return given;
        }
        if (opened == null) {
            TransportProvider chosen = provider != null ? provider
                    : Adapters.find(Role.TRANSPORT, settings, null, loader);
            opened = chosen.open(transportSettings);
        }
        return opened;
    }

    /** Closes the transport this holder opened (a given one belongs to its owner). */
    @Override
    public synchronized void close() {
        closed = true;
        if (opened != null) {
            opened.close();
            opened = null;
        }
    }
}
