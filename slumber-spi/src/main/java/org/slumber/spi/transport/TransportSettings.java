package org.slumber.spi.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * How to send.
 *
 * @param connectTimeout         the longest wait for a connection; finite
 * @param responseTimeout        the longest wait for an answer once sent; finite
 * @param maxConnections         the most connections open at once in total
 * @param maxConnectionsPerRoute the most connections open at once to one host and port
 */
public record TransportSettings(Duration connectTimeout, Duration responseTimeout, int maxConnections,
                                int maxConnectionsPerRoute) {

    public TransportSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(responseTimeout, "responseTimeout");
        if (maxConnections < 1 || maxConnectionsPerRoute < 1 || maxConnectionsPerRoute > maxConnections) {
            throw new IllegalArgumentException("need 1 <= maxConnectionsPerRoute <= maxConnections, got "
                    + maxConnectionsPerRoute + " and " + maxConnections);
        }
    }

    /** 5 s to connect, 30 s to answer, 50 connections, 20 per route. */
    public static TransportSettings defaults() {
        return new TransportSettings(Duration.ofSeconds(5), Duration.ofSeconds(30), 50, 20);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive and finite, got " + duration);
        }
    }
}
