package org.slumber.examples.clienttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.core.Slumber;
import org.slumber.core.client.RemoteException;
import org.slumber.core.client.SlumberClient;

/**
 * Which path the client's requests take, against one server: over HTTP every request reaches
 * the Jetty host; through the in-process shortcut none does, yet the answers and the
 * authentication are the same.
 */
@DisplayName("The path of the client's requests")
class TransportPathTest {

    private static ClientServer server;
    private static SlumberClient http;
    private static SlumberClient inProcess;
    private static String pizzaUrl;

    @BeforeAll
    static void start() {
        server = ClientServer.start();
        http = server.client(Mode.HTTP);
        inProcess = server.client(Mode.IN_PROCESS);
        pizzaUrl = http.service("pizzas").app("slumber_examples").model("Pizza")
                .create(Map.of("name", "Path Margherita")).url();
    }

    @AfterAll
    static void stop() {
        http.close();
        inProcess.close();
        server.close();
    }

    @Test
    @DisplayName("over HTTP, each request the client sends arrives at the Jetty host")
    void httpUsesTheHost() {
        long sent = http.requestCount();
        long arrived = server.networkRequests();

        http.userAgent().get(server.localUrl());
        http.instanceAt(pizzaUrl).string("name");

        assertThat(http.requestCount() - sent).isEqualTo(2);
        assertThat(server.networkRequests() - arrived).isEqualTo(2);
    }

    @Test
    @DisplayName("through the in-process shortcut, no request reaches the Jetty host")
    void inProcessSkipsTheHost() {
        long sent = inProcess.requestCount();
        long arrived = server.networkRequests();

        inProcess.userAgent().get(server.localUrl());
        inProcess.instanceAt(pizzaUrl).string("name");
        inProcess.service("pizzas").app("slumber_examples").model("Pizza").create(Map.of("name", "Path Bianca"));

        assertThat(inProcess.requestCount() - sent).isGreaterThanOrEqualTo(3);
        assertThat(server.networkRequests() - arrived).isZero();
    }

    @Test
    @DisplayName("the shortcut also serves the server under its localhost name")
    void inProcessUnderLocalhost() {
        String localhost = server.localUrl().replace("127.0.0.1", "localhost");
        try (SlumberClient client = ClientServer.builder(Mode.IN_PROCESS).services(Map.of("pizzas", localhost))
                .build()) {
            long arrived = server.networkRequests();

            assertThat(client.service("pizzas").app("slumber_examples").model("Pizza").name()).isEqualTo("Pizza");
            assertThat(client.requestCount()).isPositive();
            assertThat(server.networkRequests() - arrived).isZero();
        }
    }

    @Test
    @DisplayName("both paths give the same documents")
    void sameDocuments() {
        for (String url : new String[] {server.localUrl(), server.localUrl() + "slumber_examples/Pizza/", pizzaUrl,
                pizzaUrl + "prices/", server.localUrl() + "slumber_examples/Pizza/instances/"}) {
            assertThat(inProcess.userAgent().get(url)).as(url).isEqualTo(http.userAgent().get(url));
        }
    }

    @Test
    @DisplayName("both paths give the same errors: 404, 403 for the acting user, 405")
    void sameErrors() {
        assertSameFailure(client -> client.userAgent().get(server.localUrl() + "slumber_examples/Pizza/data/999999/"),
                404);
        assertSameFailure(client -> Slumber.runAs("user", () -> client.userAgent()
                .post(server.localUrl() + "slumber_examples/Pizza/create/", Map.of("name", "Refused"))), 403);
        assertSameFailure(client -> client.userAgent().put(server.localUrl() + "slumber_examples/Pizza/", Map.of()),
                405);
    }

    @Test
    @DisplayName("both paths authenticate the same: unsigned or wrongly signed requests get 401")
    void sameAuthentication() {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (Mode mode : Mode.values()) {
            try (SlumberClient unsigned = SlumberClient.builder().services(Map.of("pizzas", server.localUrl()))
                    .unsigned().inProcess(mode.inProcess()).build();
                 SlumberClient wrong = SlumberClient.builder().services(Map.of("pizzas", server.localUrl()))
                         .signing(ClientServer.KEY, "not-the-secret").inProcess(mode.inProcess()).build()) {
                assertThat(status(() -> unsigned.userAgent().get(pizzaUrl))).as(mode + " unsigned").isEqualTo(401);
                assertThat(status(() -> wrong.userAgent().get(pizzaUrl))).as(mode + " wrong secret").isEqualTo(401);
                assertThat(status(() -> unsigned.userAgent().get(server.origin() + "/slumber/")))
                        .as(mode + " unsigned, the service directory").isEqualTo(200);
                outcomes.put(mode.name(), status(() -> wrong.userAgent().get(server.origin() + "/slumber/")));
            }
        }
        assertThat(outcomes.get("IN_PROCESS")).as("a wrongly signed GET of the service directory, in process")
                .isEqualTo(outcomes.get("HTTP"));
    }

    /** The status a request is answered with: 200 or the failure's. */
    private static int status(Runnable request) {
        try {
            request.run();
            return 200;
        } catch (RemoteException e) {
            return e.status();
        }
    }

    private static void assertSameFailure(Function<SlumberClient, Object> request, int status) {
        RemoteException overHttp = catchThrowableOfType(RemoteException.class, () -> request.apply(http));
        RemoteException shortcut = catchThrowableOfType(RemoteException.class, () -> request.apply(inProcess));
        assertThat(overHttp.status()).isEqualTo(status);
        assertThat(shortcut.status()).isEqualTo(status);
        assertThat(shortcut.error()).isEqualTo(overHttp.error()).isNotBlank();
        assertThat(shortcut.url()).isEqualTo(overHttp.url());
        assertThat(shortcut.method()).isEqualTo(overHttp.method());
    }
}
