package org.slumber.jetty;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.Headers;
import org.slumber.spi.hosting.Host;
import org.slumber.spi.hosting.HostProvider;
import org.slumber.spi.hosting.HostRequest;
import org.slumber.spi.hosting.HostResponse;
import org.slumber.spi.hosting.HostSettings;
import org.slumber.spi.hosting.RequestHandler;

@DisplayName("The Jetty host")
class JettySpecificsTest {

    private final List<Refusal> refusals = new CopyOnWriteArrayList<>();
    private final List<HostRequest> handled = new CopyOnWriteArrayList<>();
    private Host host;

    private record Refusal(HostRequest head, int status, String reason) {
    }

    private final RequestHandler handler = new RequestHandler() {
        @Override
        public CompletionStage<HostResponse> handle(HostRequest request) {
            handled.add(request);
            return CompletableFuture.completedFuture(new HostResponse(200,
                    Headers.builder().add("Content-Type", "text/plain").build(), "ok".getBytes(UTF_8)));
        }

        @Override
        public HostResponse refuse(HostRequest head, int status, String reason) {
            refusals.add(new Refusal(head, status, reason));
            return new HostResponse(status, Headers.builder().add("Content-Type", "application/json").build(),
                    ("{\"error\": \"refused " + status + "\"}").getBytes(UTF_8));
        }
    };

    @BeforeEach
    void start() throws IOException {
        host = new JettyHostProvider().start(HostSettings.loopback(), handler);
    }

    @AfterEach
    void stop() {
        host.close();
    }

    @Test
    @DisplayName("answers a bad percent-encoding with the JSON from refuse(), not Jetty's HTML")
    void badPercentEncoding() throws IOException {
        String answer = exchange("GET /a%zz/ HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400 ").endsWith("{\"error\": \"refused 400\"}");
        assertThat(answer).containsIgnoringCase("Content-Type: application/json").doesNotContain("<html");
        assertThat(refusals).singleElement().satisfies(refusal -> {
            assertThat(refusal.status()).isEqualTo(400);
            assertThat(refusal.reason()).isNotBlank();
        });
        assertThat(handled).isEmpty();
    }

    @Test
    @DisplayName("answers header fields too large with the JSON from refuse(), without a stack trace")
    void headerTooLarge() throws IOException {
        String answer = exchange("GET / HTTP/1.1\r\nHost: x\r\nX-Huge: " + "h".repeat(20_000) + "\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 431 ").endsWith("{\"error\": \"refused 431\"}");
        assertThat(answer).doesNotContain("<html").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(refusals).extracting(Refusal::status).containsExactly(431);
        assertThat(handled).isEmpty();
    }

    @Test
    @DisplayName("answers a garbled request line with the JSON from refuse()")
    void garbledRequestLine() throws IOException {
        String answer = exchange("THIS IS NOT HTTP\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400 ").endsWith("{\"error\": \"refused 400\"}");
        assertThat(refusals).singleElement().satisfies(refusal -> {
            assertThat(refusal.status()).isEqualTo(400);
            assertThat(refusal.head().method()).isEqualTo("GET");
            assertThat(refusal.head().path()).isEqualTo("/");
        });
    }

    @Test
    @DisplayName("sends no Server or X-Powered-By header")
    void noServerHeader() throws IOException {
        String answer = exchange("GET /plain HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 200 ").endsWith("ok");
        assertThat(answer.toLowerCase()).doesNotContain("\nserver:").doesNotContain("x-powered-by");
    }

    @Test
    @DisplayName("is found by ServiceLoader under the name jetty")
    void discoverable() {
        assertThat(ServiceLoader.load(HostProvider.class).stream().map(ServiceLoader.Provider::get))
                .extracting(HostProvider::name).contains("jetty");
    }

    @Test
    @DisplayName("listens on the port JettyHost.onPort fixes, whatever the settings say")
    void fixedPort() throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0)) {
            free = probe.getLocalPort();
        }
        try (Host fixed = JettyHost.onPort(free).start(HostSettings.loopback(), handler)) {
            assertThat(fixed.port()).isEqualTo(free);
        }
    }

    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket(host.address().getAddress(), host.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(ISO_8859_1));
            socket.getOutputStream().flush();
            return readAnswer(socket.getInputStream());
        }
    }

    /** Reads one answer: the head, then Content-Length bytes of body. */
    private static String readAnswer(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        byte[] body = in.readNBytes(length);
        return head + new String(body, UTF_8);
    }
}
