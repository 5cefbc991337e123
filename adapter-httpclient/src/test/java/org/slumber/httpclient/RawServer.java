package org.slumber.httpclient;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server on a loopback port for the adapter's own tests, where the kit's
 * server cannot do what is needed: break a connection instead of answering, write exact
 * bytes, listen again on the same port after a restart. Requests must carry a
 * {@code Content-Length} when they have a body (HttpClient's byte-array entities do).
 *
 * <p>One daemon thread accepts, one more serves each connection, answering its requests in
 * turn for as long as the client keeps it open. {@link #close()} closes the listener and
 * every connection.
 */
final class RawServer implements AutoCloseable {

    /** One request as read off the wire; header names lower case. */
    record Received(String method, String target, Map<String, List<String>> headers, byte[] body, int remotePort,
                    long atNanos) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }
    }

    /** What to write for a request: the answer's bytes, or null to close the connection unanswered. */
    @FunctionalInterface
    interface Answerer {
        byte[] answer(Received request, int index) throws Exception;
    }

    private final ServerSocket listener;
    private final Answerer answerer;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();

    private RawServer(ServerSocket listener, Answerer answerer) {
        this.listener = listener;
        this.answerer = answerer;
        Thread acceptor = new Thread(this::accept, "raw-server-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Listens on a free loopback port. */
    static RawServer start(Answerer answerer) throws IOException {
        return start(0, answerer);
    }

    /**
     * Listens on this loopback port (0 for a free one), even if it was just closed: a listener
     * closed while its acceptor thread is blocked frees the port only once that thread wakes,
     * so binding is tried again for up to 2 s.
     */
    static RawServer start(int port, Answerer answerer) throws IOException {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port);
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (true) {
            ServerSocket listener = new ServerSocket();
            listener.setReuseAddress(true);
            try {
                listener.bind(address, 50);
                return new RawServer(listener, answerer);
            } catch (BindException taken) {
                listener.close();
                if (System.nanoTime() > deadline) {
                    throw taken;
                }
                sleep(20);
            }
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to bind");
        }
    }

    int port() {
        return listener.getLocalPort();
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
    }

    /** Every request read so far, in order. */
    List<Received> received() {
        return List.copyOf(received);
    }

    /** An answer with a {@code Content-Length}, and header lines such as {@code "Location: /x"}. */
    static byte[] answer(int status, byte[] body, String... headerLines) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" Status\r\n");
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    /** 200 with a short text body. */
    static byte[] ok(String text) {
        return answer(200, text.getBytes(StandardCharsets.UTF_8), "Content-Type: text/plain");
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket connection : connections) {
            connection.close();
        }
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket connection = listener.accept();
                connections.add(connection);
                Thread serving = new Thread(() -> serve(connection), "raw-server-connection-" + connection.getPort());
                serving.setDaemon(true);
                serving.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = new BufferedInputStream(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            while (true) {
                Received request = read(in, connection.getPort());
                if (request == null) {
                    return;
                }
                received.add(request);
                byte[] answer = answerer.answer(request, count.getAndIncrement());
                if (answer == null) {
                    return;
                }
                out.write(answer);
                out.flush();
            }
        } catch (Exception broken) {
            // the client went away or the test closed the server
        }
    }

    private static Received read(InputStream in, int remotePort) throws IOException {
        String requestLine = line(in);
        if (requestLine == null) {
            return null;
        }
        long at = System.nanoTime();
        String[] parts = requestLine.split(" ");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        List<String> length = headers.get("content-length");
        byte[] body = length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length.get(0)));
        return new Received(parts[0], parts[1], headers, body, remotePort, at);
    }

    /** The next line without its CRLF, or null at the end of the stream before any byte. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b == -1) {
                if (line.size() == 0) {
                    return null;
                }
                throw new EOFException("connection closed inside a line");
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
    }
}
