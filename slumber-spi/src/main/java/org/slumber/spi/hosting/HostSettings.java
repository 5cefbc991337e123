package org.slumber.spi.hosting;

import java.time.Duration;
import java.util.Objects;

/**
 * How to listen.
 *
 * @param host         the address to bind, a host name or IP literal ({@code 0.0.0.0} for all)
 * @param port         the port, or 0 for any free port
 * @param maxThreads   the most threads serving requests at once (a bounded pool); at least 4;
 *                     threads an adapter needs for I/O (acceptors, selectors) come on top
 * @param maxBodyBytes the largest request body accepted; a larger one is refused with
 *                     {@link RequestHandler#refuse} and status 413 without being read whole;
 *                     bodies are byte arrays, so values above {@code Integer.MAX_VALUE - 8}
 *                     act as that
 * @param idleTimeout  how long an idle connection is kept open
 * @param stopTimeout  how long {@link Host#close()} waits for requests in flight
 */
public record HostSettings(String host, int port, int maxThreads, long maxBodyBytes, Duration idleTimeout,
                           Duration stopTimeout) {

    public HostSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        }
        if (maxThreads < 4) {
            throw new IllegalArgumentException("maxThreads must be at least 4, got " + maxThreads);
        }
        if (maxBodyBytes < 0) {
            throw new IllegalArgumentException("maxBodyBytes must not be negative, got " + maxBodyBytes);
        }
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
    }

    /** Loopback, any free port, 32 threads, 1 MiB bodies, 30 s idle, 5 s to stop. */
    public static HostSettings loopback() {
        return new HostSettings("127.0.0.1", 0, 32, 1 << 20, Duration.ofSeconds(30), Duration.ofSeconds(5));
    }

    /** These settings on another port. */
    public HostSettings withPort(int newPort) {
        return new HostSettings(host, newPort, maxThreads, maxBodyBytes, idleTimeout, stopTimeout);
    }

    /** These settings with another thread limit. */
    public HostSettings withMaxThreads(int threads) {
        return new HostSettings(host, port, threads, maxBodyBytes, idleTimeout, stopTimeout);
    }

    /** These settings with another idle timeout. */
    public HostSettings withIdleTimeout(Duration timeout) {
        return new HostSettings(host, port, maxThreads, maxBodyBytes, timeout, stopTimeout);
    }

    /** These settings with another stop timeout. */
    public HostSettings withStopTimeout(Duration timeout) {
        return new HostSettings(host, port, maxThreads, maxBodyBytes, idleTimeout, timeout);
    }

    /** These settings with another body limit. */
    public HostSettings withMaxBodyBytes(long limit) {
        return new HostSettings(host, port, maxThreads, limit, idleTimeout, stopTimeout);
    }
}
