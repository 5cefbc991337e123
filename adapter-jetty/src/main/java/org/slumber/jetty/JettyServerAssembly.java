package org.slumber.jetty;

import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slumber.spi.hosting.HostSettings;
import org.slumber.spi.hosting.RequestHandler;

/** Builds, but does not start, the Jetty server for one host. */
final class JettyServerAssembly {

    /**
     * Paths reach the handler as sent, so Jetty must not refuse the ambiguous ones a REST
     * router decodes itself: an encoded {@code /} or {@code %} ({@code /a%2Fb}, {@code /x%25y}),
     * empty segments, encoded dot segments, path parameters. Still refused with 400: bad
     * percent-encoding, bad UTF-8, UTF-16 escapes, control and other illegal characters.
     */
    static final UriCompliance RAW_PATHS = UriCompliance.DEFAULT.with("SLUMBER_RAW_PATHS",
            UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR,
            UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING,
            UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT,
            UriCompliance.Violation.AMBIGUOUS_PATH_SEGMENT,
            UriCompliance.Violation.AMBIGUOUS_PATH_PARAMETER);

    private static final int ACCEPTORS = 1;
    private static final int MIN_THREADS = 8;
    private static final int POOL_IDLE_MILLIS = 60_000;
    private static final long SHUTDOWN_IDLE_MILLIS = 200;

    private JettyServerAssembly() {
    }

    /**
     * The server: a pool of {@code maxThreads} request threads plus the acceptor and selector
     * threads, one HTTP/1.1 connector, {@link RequestBridge} behind a {@link GracefulHandler},
     * and {@link RefusingErrorHandler} for Jetty's own errors.
     */
    static Server assemble(HostSettings settings, RequestHandler handler) {
        int selectors = selectorCount();
        int poolSize = settings.maxThreads() + ACCEPTORS + selectors;
        QueuedThreadPool threads = new QueuedThreadPool(poolSize, Math.min(MIN_THREADS, poolSize), POOL_IDLE_MILLIS);
        threads.setName("slumber-jetty");
        threads.setStopTimeout(Math.max(1, settings.stopTimeout().toMillis()));

        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server, ACCEPTORS, selectors,
                new HttpConnectionFactory(httpConfiguration()));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(settings.idleTimeout().toMillis());
        // while stopping, a connection idle this long is closed: kept-alive ones go quickly
        connector.setShutdownIdleTimeout(Math.min(SHUTDOWN_IDLE_MILLIS, settings.stopTimeout().toMillis()));
        server.addConnector(connector);

        server.setHandler(new GracefulHandler(new RequestBridge(handler, settings.maxBodyBytes())));
        server.setErrorHandler(new RefusingErrorHandler(handler));
        server.setStopTimeout(settings.stopTimeout().toMillis());
        return server;
    }

    /** Selector threads: half the processors, at least 1 and at most 4. */
    private static int selectorCount() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() / 2));
    }

    private static HttpConfiguration httpConfiguration() {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setSendDateHeader(true);
        http.setUriCompliance(RAW_PATHS);
        return http;
    }
}
