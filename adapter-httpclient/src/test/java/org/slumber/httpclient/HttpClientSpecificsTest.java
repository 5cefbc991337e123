package org.slumber.httpclient;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slumber.spi.Headers;
import org.slumber.spi.transport.Transport;
import org.slumber.spi.transport.TransportProvider;
import org.slumber.spi.transport.TransportRequest;
import org.slumber.spi.transport.TransportResponse;
import org.slumber.spi.transport.TransportSettings;

@DisplayName("The HttpClient transport")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HttpClientSpecificsTest {

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable each : opened) {
            each.close();
        }
    }

    @Test
    @DisplayName("sends exactly one request when the connection breaks before the answer: no retries, even for GET")
    void noRetries() throws Exception {
        RawServer server = serve(RawServer.start((request, index) -> null));
        Transport transport = open(settings(Duration.ofSeconds(5), 4, 2));

        for (String method : List.of("GET", "PUT", "DELETE")) {
            URI uri = server.uri("/broken/" + method);
            Throwable failure = catchThrowable(() -> transport.send(new TransportRequest(method, uri, null, null)));

            assertThat(failure).isInstanceOf(IOException.class).hasMessageContaining(method + " " + uri);
        }
        assertThat(server.received()).extracting(RawServer.Received::target)
                .containsExactly("/broken/GET", "/broken/PUT", "/broken/DELETE");
    }

    @Test
    @DisplayName("returns a redirect as it is, without following it")
    void redirectsReturned() throws Exception {
        RawServer server = serve(RawServer.start((request, index) -> request.target().equals("/from")
                ? RawServer.answer(302, new byte[0], "Location: /to") : RawServer.ok("followed")));
        Transport transport = open(TransportSettings.defaults());

        TransportResponse response = transport.send(new TransportRequest("GET", server.uri("/from"), null, null));

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.headers().first("Location")).isEqualTo("/to");
        assertThat(server.received()).extracting(RawServer.Received::target).containsExactly("/from");
    }

    @Test
    @DisplayName("adds no User-Agent, Accept-Encoding, Expect or Cookie of its own, even after a Set-Cookie")
    void noHeadersOfItsOwn() throws Exception {
        RawServer server = serve(RawServer.start((request, index) -> RawServer.answer(200, new byte[0],
                "Set-Cookie: session=abc; Path=/")));
        Transport transport = open(TransportSettings.defaults());

        transport.send(new TransportRequest("GET", server.uri("/first"), null, null));
        transport.send(new TransportRequest("POST", server.uri("/second"),
                Headers.builder().add("Content-Type", "application/json").build(), "{}".getBytes(UTF_8)));

        for (RawServer.Received request : server.received()) {
            assertThat(request.headers().keySet()).as("header fields of " + request.target())
                    .doesNotContain("user-agent", "accept-encoding", "expect", "cookie", "cookie2");
        }
        assertThat(server.received().get(1).header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    @DisplayName("frames bodies with a Content-Length: 0 for an empty POST, and none for a GET")
    void framing() throws Exception {
        RawServer server = serve(RawServer.start((request, index) -> RawServer.ok("framed")));
        Transport transport = open(TransportSettings.defaults());

        transport.send(new TransportRequest("POST", server.uri("/empty-post"), null, null));
        transport.send(new TransportRequest("GET", server.uri("/get"), null, null));
        transport.send(new TransportRequest("PUT", server.uri("/put"),
                Headers.builder().add("Content-Length", "999").add("Transfer-Encoding", "chunked").build(),
                "four".getBytes(UTF_8)));

        List<RawServer.Received> received = server.received();
        assertThat(received.get(0).header("Content-Length")).isEqualTo("0");
        assertThat(received.get(1).header("Content-Length")).isNull();
        assertThat(received.get(1).header("Transfer-Encoding")).isNull();
        assertThat(received.get(2).headers().get("content-length")).as("given framing replaced").containsExactly("4");
        assertThat(received.get(2).header("Transfer-Encoding")).isNull();
        assertThat(received.get(2).body()).isEqualTo("four".getBytes(UTF_8));
    }

    @Test
    @DisplayName("returns a gzip-encoded body as sent, with its Content-Encoding, without decompressing it")
    void noDecompression() throws Exception {
        byte[] zipped = gzip("compressed text");
        RawServer server = serve(RawServer.start((request, index) -> RawServer.answer(200, zipped,
                "Content-Type: text/plain", "Content-Encoding: gzip")));
        Transport transport = open(TransportSettings.defaults());

        TransportResponse response = transport.send(new TransportRequest("GET", server.uri("/zipped"), null, null));

        assertThat(response.body()).isEqualTo(zipped);
        assertThat(response.headers().first("Content-Encoding")).isEqualTo("gzip");
    }

    @Test
    @DisplayName("with one connection per route, makes a second sender wait for it rather than open another")
    void waitsForPooledConnection() throws Exception {
        CountDownLatch firstArrived = new CountDownLatch(1);
        RawServer server = serve(RawServer.start((request, index) -> {
            if (request.target().equals("/first")) {
                firstArrived.countDown();
                Thread.sleep(300);
            }
            return RawServer.ok(request.target());
        }));
        Transport transport = open(settings(Duration.ofSeconds(5), 4, 1));

        CompletableFuture<TransportResponse> first = CompletableFuture.supplyAsync(() -> send(transport,
                server.uri("/first")));
        assertThat(firstArrived.await(5, TimeUnit.SECONDS)).isTrue();
        long firstAnsweredNoEarlierThan = System.nanoTime();
        TransportResponse second = transport.send(new TransportRequest("GET", server.uri("/second"), null, null));

        assertThat(first.get(5, TimeUnit.SECONDS).body()).isEqualTo("/first".getBytes(UTF_8));
        assertThat(second.body()).isEqualTo("/second".getBytes(UTF_8));
        List<RawServer.Received> received = server.received();
        assertThat(received).extracting(RawServer.Received::remotePort).as("one connection").containsOnly(
                received.get(0).remotePort());
        assertThat(Duration.ofNanos(received.get(1).atNanos() - firstAnsweredNoEarlierThan))
                .as("the second request arrived after the first had been held").isGreaterThan(Duration.ofMillis(200));
    }

    @Test
    @DisplayName("drops a pooled connection the server closed by restarting on the same port, instead of failing")
    void survivesServerRestart() throws Exception {
        RawServer before = serve(RawServer.start((request, index) -> RawServer.ok("before")));
        int port = before.port();
        Transport transport = open(TransportSettings.defaults());
        assertThat(transport.send(new TransportRequest("GET", before.uri("/one"), null, null)).body())
                .isEqualTo("before".getBytes(UTF_8));

        before.close();
        RawServer after = serve(RawServer.start(port, (request, index) -> RawServer.ok("after")));
        Thread.sleep(HttpClientAssembly.VALIDATE_AFTER_IDLE.toMillis() + 200);
        TransportResponse response = transport.send(new TransportRequest("GET", after.uri("/two"), null, null));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("after".getBytes(UTF_8));
        assertThat(after.received()).extracting(RawServer.Received::target).containsExactly("/two");
    }

    @Test
    @DisplayName("throws a ConnectException naming method and URL when the connection is refused")
    void refusedIsConnectException() throws Exception {
        Transport transport = open(TransportSettings.defaults());
        URI uri = URI.create("http://127.0.0.1:" + freePort() + "/nobody");

        Throwable failure = catchThrowable(() -> transport.send(new TransportRequest("DELETE", uri, null, null)));

        assertThat(failure).isInstanceOf(ConnectException.class).hasMessageStartingWith("DELETE " + uri + " failed: ")
                .hasCauseInstanceOf(ConnectException.class);
    }

    @Test
    @DisplayName("throws a SocketTimeoutException naming method, URL and the response timeout when the answer is late")
    void lateIsSocketTimeout() throws Exception {
        RawServer server = serve(RawServer.start((request, index) -> {
            Thread.sleep(2_000);
            return RawServer.ok("late");
        }));
        Transport transport = open(settings(Duration.ofMillis(300), 4, 2));
        URI uri = server.uri("/late");

        Throwable failure = catchThrowable(() -> transport.send(new TransportRequest("GET", uri, null, null)));

        assertThat(failure).isInstanceOf(SocketTimeoutException.class)
                .hasMessageStartingWith("GET " + uri + " failed: ")
                .hasMessageContaining("response timeout of 0.3s")
                .hasCauseInstanceOf(SocketTimeoutException.class);
    }

    @Test
    @DisplayName("is found by ServiceLoader under the name httpclient")
    void discovered() {
        assertThat(ServiceLoader.load(TransportProvider.class).stream().map(ServiceLoader.Provider::get))
                .anySatisfy(provider -> {
                    assertThat(provider).isInstanceOf(HttpClientTransportProvider.class);
                    assertThat(provider.name()).isEqualTo("httpclient");
                });
    }

    private static TransportSettings settings(Duration responseTimeout, int maxConnections, int perRoute) {
        return new TransportSettings(Duration.ofSeconds(2), responseTimeout, maxConnections, perRoute);
    }

    /** A transport closed after the test, before the servers. */
    private Transport open(TransportSettings settings) {
        Transport transport = new HttpClientTransportProvider().open(settings);
        opened.add(0, transport);
        return transport;
    }

    /** The server, closed after the test (closing it twice is harmless). */
    private RawServer serve(RawServer server) {
        opened.add(server);
        return server;
    }

    private static TransportResponse send(Transport transport, URI uri) {
        try {
            return transport.send(new TransportRequest("GET", uri, null, null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            zip.write(text.getBytes(UTF_8));
        }
        return bytes.toByteArray();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
