package org.slumber.spi.tck;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the groups that only make sense for a transport that opens sockets: refused
 * connections, connect timeouts, connection pools. Each of their tests is skipped, with a
 * reason, when {@link TransportCompatibilityKit#usesNetwork()} is false.
 */
abstract class TransportNetworkChecks extends TransportChecks {

    TransportNetworkChecks(TransportFixture fixture) {
        super(fixture);
    }

    @BeforeEach
    final void onlyOverTheNetwork() {
        assumeTrue(fixture.usesNetwork(),
                "skipped: this transport does not use the network (usesNetwork() is false), so it has no "
                        + "connections to refuse, time out or pool");
    }
}
