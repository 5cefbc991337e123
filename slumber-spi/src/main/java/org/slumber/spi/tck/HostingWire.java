package org.slumber.spi.tck;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A raw HTTP/1.1 connection for the requests {@link java.net.http.HttpClient} cannot express
 * exactly: request lines with chosen percent-encoding, repeated and ordered header fields,
 * hand-made chunks, bodies that never come. Writes bytes as given and parses answers strictly
 * enough to notice a body sent where none belongs.
 *
 * <p>Used by one test thread at a time; reads time out after 10 s.
 */
final class HostingWire implements AutoCloseable {

    private static final int READ_TIMEOUT_MILLIS = 10_000;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    HostingWire(InetSocketAddress target) throws IOException {
        socket = new Socket();
        socket.connect(target, READ_TIMEOUT_MILLIS);
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /**
     * The head of a request: request line, {@code Host}, the given fields, blank line.
     *
     * @param fields header lines such as {@code "Content-Length: 0"}
     */
    static String head(String method, String target, String... fields) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: tck.test\r\n");
        for (String field : fields) {
            head.append(field).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    /** The port of this end of the connection, as the host sees it as the remote port. */
    int localPort() {
        return socket.getLocalPort();
    }

    /** Writes text as ISO-8859-1 bytes and flushes. */
    HostingWire send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Writes bytes and flushes. */
    HostingWire send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** Writes one chunk of a chunked body (an empty one ends the body). */
    HostingWire sendChunk(byte[] bytes) throws IOException {
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return this;
    }

    /** Sends one request with a body and a Content-Length, and reads its answer. */
    HostingRawResponse exchange(String method, String target, byte[] body) throws IOException {
        send(head(method, target, "Content-Length: " + body.length));
        send(body);
        return read(method.equals("HEAD"));
    }

    /** Reads the next answer; {@code toHead} when it answers a HEAD request and so has no body. */
    HostingRawResponse read(boolean toHead) throws IOException {
        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IOException("malformed header line: " + line);
            }
            headers.add(Map.entry(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
        }
        HostingRawResponse head = new HostingRawResponse(status, List.copyOf(headers), new byte[0]);
        if (toHead || status / 100 == 1 || status == 204 || status == 304) {
            return head;
        }
        String encoding = head.header("Transfer-Encoding");
        String length = head.header("Content-Length");
        byte[] body;
        if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            body = chunkedBody();
        } else if (length != null) {
            body = in.readNBytes(Integer.parseInt(length.trim()));
            if (body.length != Integer.parseInt(length.trim())) {
                throw new EOFException("connection closed after " + body.length + " of " + length + " body bytes");
            }
        } else {
            body = in.readAllBytes();
        }
        return new HostingRawResponse(status, head.headers(), body);
    }

    /**
     * Whether the peer closes the connection within 10 s: the next read gives end of stream or
     * a reset rather than a byte or a timeout.
     */
    boolean closedByPeer() {
        try {
            return in.read() == -1;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private byte[] chunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line();
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                while (!line().isEmpty()) {
                    // trailer fields are ignored
                }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(size);
            if (chunk.length != size) {
                throw new EOFException("connection closed inside a chunk");
            }
            body.write(chunk);
            line();
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b == -1) {
                throw new EOFException("connection closed; read so far: \"" + line + "\"");
            }
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            line.append((char) b);
        }
    }
}
