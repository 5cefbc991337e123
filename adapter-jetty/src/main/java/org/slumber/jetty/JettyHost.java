package org.slumber.jetty;

import org.slumber.spi.hosting.HostProvider;

/** Hosting on Jetty, chosen in code rather than found by {@link java.util.ServiceLoader}. */
public final class JettyHost {

    private JettyHost() {
    }

    /**
     * Jetty listening on {@code port}, whatever port the settings give; every other setting
     * (address, threads, body limit, timeouts) still comes from the settings. Pass it to the
     * builder: {@code Slumber.builder().host(JettyHost.onPort(8000))}.
     *
     * @param port the port, or 0 for any free port
     */
    public static HostProvider onPort(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        }
        return new JettyHostProvider(port);
    }
}
