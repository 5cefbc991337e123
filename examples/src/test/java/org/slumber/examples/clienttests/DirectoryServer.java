package org.slumber.examples.clienttests;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny web server that is no Slumber server (the JDK's HttpServer): it serves fixed JSON
 * documents, such as a directory {@code {"services": {...}}}, and counts the requests.
 */
final class DirectoryServer implements AutoCloseable {

    private final HttpServer server;
    private final AtomicLong requests = new AtomicLong();

    private DirectoryServer(HttpServer server) {
        this.server = server;
    }

    static DirectoryServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            DirectoryServer server = new DirectoryServer(http);
            http.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves {@code json} at {@code path} (and below it); answers the URL. */
    String serve(String path, String json) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    long requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
