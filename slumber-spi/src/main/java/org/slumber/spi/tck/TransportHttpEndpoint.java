package org.slumber.spi.tck;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slumber.spi.Headers;
import org.slumber.spi.hosting.HostRequest;
import org.slumber.spi.hosting.HostResponse;
import org.slumber.spi.hosting.RequestHandler;

/**
 * The transport kit's default {@link TransportEndpoint}: the JDK's {@link HttpServer} on a
 * loopback port, translating each exchange to a {@link HostRequest} for the handler and its
 * {@link HostResponse} back.
 *
 * <p>Each exchange runs on a thread of an unbounded pool of daemon threads, so a handler that
 * blocks or answers late holds one thread and never the others; the handler may block. The
 * path and query are passed raw, as in the request line; header names come as the JDK server
 * spells them (first letter upper case), repeated fields as separate values. Answers carry a
 * {@code Content-Length}; HEAD, 1xx, 204 and 304 answers carry no body. {@link #close()}
 * stops at once, cutting exchanges still waiting for the handler. Sets the system property
 * {@code sun.net.httpserver.nodelay} to true unless it is set.
 */
final class TransportHttpEndpoint implements TransportEndpoint {

    private static final String NO_DELAY = "sun.net.httpserver.nodelay";
    private static final AtomicInteger SERVERS = new AtomicInteger();

    static {
        // The JDK server writes an answer's head and body apart; with Nagle's algorithm on,
        // the body then waits for the client's delayed ACK, some 40 ms on every request. The
        // server reads this property once, when the first server of the JVM starts.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }
    private static final long ANSWER_WAIT_SECONDS = 60;

    private final HttpServer server;
    private final ExecutorService threads;
    private final URI base;

    private TransportHttpEndpoint(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
        this.base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Starts a server on {@code 127.0.0.1} and a free port that hands requests to {@code handler}. */
    static TransportHttpEndpoint start(RequestHandler handler) throws IOException {
        return start(handler, 0);
    }

    /** Starts a server on {@code 127.0.0.1} and {@code port} (0 for any free one). */
    static TransportHttpEndpoint start(RequestHandler handler, int port) throws IOException {
        int id = SERVERS.incrementAndGet();
        AtomicInteger threadIds = new AtomicInteger();
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "tck-transport-server-" + id + "-" + threadIds.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 64);
        server.setExecutor(threads);
        server.createContext("/", exchange -> exchange(exchange, handler));
        server.start();
        return new TransportHttpEndpoint(server, threads);
    }

    @Override
    public URI base() {
        return base;
    }

    /** The port listened on. */
    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    @Override
    public String toString() {
        return "TransportHttpEndpoint[" + base + "]";
    }

    private static void exchange(HttpExchange exchange, RequestHandler handler) throws IOException {
        try (exchange) {
            HostRequest request = request(exchange);
            write(exchange, request, answer(handler, request));
        }
    }

    private static HostRequest request(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Headers.Builder headers = Headers.builder();
        for (Map.Entry<String, List<String>> field : exchange.getRequestHeaders().entrySet()) {
            for (String value : field.getValue()) {
                headers.add(field.getKey(), value);
            }
        }
        URI target = exchange.getRequestURI();
        return new HostRequest(exchange.getRequestMethod(), target.getRawPath(), target.getRawQuery(),
                headers.build(), body, exchange.getRemoteAddress());
    }

    private static HostResponse answer(RequestHandler handler, HostRequest request) throws IOException {
        try {
            CompletionStage<HostResponse> answer = handler.handle(request);
            return answer.toCompletableFuture().get(ANSWER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new IOException("endpoint stopped while " + request + " waited for its answer", stopped);
        } catch (Exception failed) {
            return handler.refuse(request.withoutBody(), 500, "the kit's handler failed");
        }
    }

    private static void write(HttpExchange exchange, HostRequest request, HostResponse answer) throws IOException {
        answer.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Transfer-Encoding")) {
                exchange.getResponseHeaders().add(name, value);
            }
        });
        int status = answer.status();
        boolean bodiless = request.method().equals("HEAD") || status < 200 || status == 204 || status == 304;
        byte[] body = bodiless ? new byte[0] : answer.body();
        // -1: no body at all; the JDK server then writes Content-Length: 0 where one belongs
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
