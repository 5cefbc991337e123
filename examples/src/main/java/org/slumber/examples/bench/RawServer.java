package org.slumber.examples.bench;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.SQLException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The raw baseline of the throughput benchmark: what a hand-written service answering the same
 * three URLs would cost. A Jetty 12 core {@link Handler.Abstract} (no servlets) on a bounded
 * {@link QueuedThreadPool} sized like the Jetty adapter's, plain JDBC prepared statements on a
 * small pool of embedded Derby connections ({@link RawQueries}), and Jackson's streaming
 * generator ({@link RawJson}). It answers, with the same bytes as Slumber:
 * <ul>
 *   <li>{@code GET /slumber/pizzas/slumber_examples/Pizza/data/<id>/}</li>
 *   <li>{@code GET /slumber/pizzas/slumber_examples/Pizza/instances/[?start_after=<id>]}</li>
 *   <li>{@code GET /slumber/pizzas/slumber_examples/Pizza/data/<id>/prices/[?start_after=<id>]}</li>
 * </ul>
 * and {@code GET /slumber/} with a directory document (for the start-up probe). It checks no
 * credentials: its {@code _meta} names the user {@code service}, as Slumber's does for the local
 * development access.
 */
public final class RawServer implements AutoCloseable {

    private static final int ACCEPTORS = 1;
    private static final int MIN_THREADS = 8;
    private static final int IDLE_MILLIS = 60_000;
    private static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private final Server server;
    private final ServerConnector connector;
    private final RawQueries queries;

    private RawServer(Server server, ServerConnector connector, RawQueries queries) {
        this.server = server;
        this.connector = connector;
        this.queries = queries;
    }

    /**
     * Starts the server.
     *
     * @param database    the Derby database directory (not open elsewhere)
     * @param port        the port, 0 for any free one
     * @param maxThreads  request threads (as Slumber's {@code slumber.threads})
     * @param connections database connections (as Slumber's {@code slumber.database.pool_size})
     */
    public static RawServer start(Path database, String host, int port, int maxThreads, int connections)
            throws Exception {
        RawQueries queries;
        try {
            queries = new RawQueries(database, connections);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the database " + database + ": " + e, e);
        }
        int selectors = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() / 2));
        int poolSize = maxThreads + ACCEPTORS + selectors;
        QueuedThreadPool threads = new QueuedThreadPool(poolSize, Math.min(MIN_THREADS, poolSize), IDLE_MILLIS);
        threads.setName("raw-jetty");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setSendDateHeader(true);
        ServerConnector connector = new ServerConnector(server, ACCEPTORS, selectors, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(30_000);
        server.addConnector(connector);
        server.setHandler(new RawHandler(queries));
        server.setStopTimeout(2_000);
        try {
            server.start();
        } catch (Exception e) {
            queries.close();
            throw e;
        }
        return new RawServer(server, connector, queries);
    }

    /** The port it listens on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping anyway
        } finally {
            queries.close();
        }
    }

    /** The one handler: routes by path, answers synchronously on the Jetty thread. */
    private static final class RawHandler extends Handler.Abstract {

        private static final String DATA = RawJson.PIZZA + "data/";
        private static final String INSTANCES = RawJson.PIZZA + "instances/";

        private final RawQueries queries;

        RawHandler(RawQueries queries) {
            super(InvocationType.BLOCKING);
            this.queries = queries;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String path = request.getHttpURI().getPath();
            int status = 200;
            byte[] body;
            try {
                if (!HttpMethod.GET.is(request.getMethod())) {
                    status = 405;
                    body = RawJson.error(status, "Only GET is served here");
                } else if (path.equals("/slumber/")) {
                    body = RawJson.directory(Request.getLocalPort(request));
                } else if (path.equals(INSTANCES)) {
                    body = RawJson.pizzas(queries.pizzas(startAfter(request)));
                } else if (path.startsWith(DATA)) {
                    String rest = path.substring(DATA.length());
                    int slash = rest.indexOf('/');
                    long id = Long.parseLong(rest.substring(0, slash));
                    String tail = rest.substring(slash + 1);
                    if (tail.isEmpty()) {
                        RawQueries.Pizza pizza = queries.pizza(id);
                        status = pizza == null ? 404 : 200;
                        body = pizza == null ? RawJson.error(404, "No Pizza with key " + id) : RawJson.pizza(pizza);
                    } else if (tail.equals("prices/")) {
                        RawQueries.PricePage page = queries.prices(id, startAfter(request));
                        status = page.pizzaName() == null ? 404 : 200;
                        body = page.pizzaName() == null ? RawJson.error(404, "No Pizza with key " + id)
                                : RawJson.prices(id, page, path);
                    } else {
                        status = 404;
                        body = RawJson.error(status, "No resource at " + path);
                    }
                } else {
                    status = 404;
                    body = RawJson.error(status, "No resource at " + path);
                }
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                status = 404;
                body = RawJson.error(status, "No resource at " + path);
            }
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
            response.getHeaders().put(HttpHeader.VARY, "Accept");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
            response.write(true, ByteBuffer.wrap(body), callback);
            return true;
        }

        private static Long startAfter(Request request) {
            String query = request.getHttpURI().getQuery();
            if (query == null) {
                return null;
            }
            for (String parameter : query.split("&")) {
                if (parameter.startsWith("start_after=")) {
                    return Long.valueOf(parameter.substring("start_after=".length()));
                }
            }
            return null;
        }
    }
}
