package org.slumber.spi.tck;

/**
 * The base of each group of checks in {@link TransportCompatibilityKit}: a group is a
 * {@code @Nested} class of the kit that extends one of these and passes on the kit's fixture
 * for the running test.
 */
abstract class TransportChecks {

    /** The running test's endpoints, transports and handler. */
    final TransportFixture fixture;

    /** The handler behind the running test's endpoints. */
    final TransportRecorder handler;

    TransportChecks(TransportFixture fixture) {
        this.fixture = fixture;
        this.handler = fixture.handler();
    }
}
