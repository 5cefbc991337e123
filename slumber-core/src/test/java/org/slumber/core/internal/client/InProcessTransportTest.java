package org.slumber.core.internal.client;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slumber.spi.hosting.RequestHandler;
import org.slumber.spi.tck.TransportCompatibilityKit;
import org.slumber.spi.tck.TransportEndpoint;
import org.slumber.spi.transport.TransportProvider;

/** The in-process shortcut passes the transport kit, with handlers registered as servers of this JVM. */
class InProcessTransportTest extends TransportCompatibilityKit {

    private static final AtomicInteger HOSTS = new AtomicInteger();

    @Override
    protected TransportProvider provider() {
        return new InProcessTransportProvider();
    }

    @Override
    protected TransportEndpoint serve(RequestHandler handler) {
        URI base = URI.create("http://in-process-" + HOSTS.incrementAndGet() + ".test:8080");
        InProcessHosts.Registration registration = InProcessHosts.register(List.of(base.toString()), handler);
        return TransportEndpoint.of(base, registration::close);
    }

    @Override
    protected boolean usesNetwork() {
        return false;
    }

    @Override
    protected boolean discoverable() {
        return false;
    }
}
