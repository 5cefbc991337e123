package org.slumber.spi.tck;

/**
 * The base of each group of checks in {@link HostingCompatibilityKit}: a group is a
 * {@code @Nested} class of the kit that extends one of these and passes on the kit's fixture
 * for the running test.
 */
abstract class HostingChecks {

    /** The running test's hosts, clients and handler. */
    final HostingFixture fixture;

    /** The handler the running test's hosts hand requests to. */
    final HostingRecorder handler;

    HostingChecks(HostingFixture fixture) {
        this.fixture = fixture;
        this.handler = fixture.handler();
    }
}
