package org.slumber.httpclient;

import org.junit.jupiter.api.DisplayName;
import org.slumber.spi.tck.TransportCompatibilityKit;
import org.slumber.spi.transport.TransportProvider;

@DisplayName("HttpClient passes the transport compatibility kit")
class HttpClientTransportTest extends TransportCompatibilityKit {

    @Override
    protected TransportProvider provider() {
        return new HttpClientTransportProvider();
    }
}
