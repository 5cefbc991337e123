package org.slumber.jetty;

import org.junit.jupiter.api.DisplayName;
import org.slumber.spi.hosting.HostProvider;
import org.slumber.spi.tck.HostingCompatibilityKit;

@DisplayName("Jetty passes the hosting compatibility kit")
class JettyHostTest extends HostingCompatibilityKit {

    @Override
    protected HostProvider provider() {
        return new JettyHostProvider();
    }
}
