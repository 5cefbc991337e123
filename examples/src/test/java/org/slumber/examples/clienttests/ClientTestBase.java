package org.slumber.examples.clienttests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.slumber.core.client.RemoteApp;
import org.slumber.core.client.RemoteInstance;
import org.slumber.core.client.RemoteModel;
import org.slumber.core.client.SlumberClient;

/**
 * The shared set-up of the client tests that run in both {@link Mode}s: a fresh pizza server
 * per test class and mode, a client of it in that mode, and, after every test, the proof of
 * the path the requests took: over HTTP every request the test's clients sent arrived at a
 * Jetty host; through the in-process shortcut none did.
 *
 * <p>Subclasses are annotated {@link InBothModes}. With the per-class lifecycle JUnit keeps one
 * instance for both runs of a parameterized class and calls {@code @BeforeAll} only once, so
 * the server and the clients live per run ({@code @Before/AfterParameterizedClassInvocation}),
 * and the run's end closes them and forgets them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ClientTestBase {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @Parameter
    Mode mode;
    ClientServer server;
    SlumberClient client;
    private final List<SlumberClient> clients = new ArrayList<>();
    private long sentBefore;
    private long arrivedBefore;
    private long otherBefore;

    @BeforeParameterizedClassInvocation
    void startServer(Mode mode) {
        server = ClientServer.start();
        client = track(server.client(mode));
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void stopServer() {
        clients.forEach(SlumberClient::close);
        clients.clear();
        client = null;
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @BeforeEach
    void countBefore() {
        sentBefore = sentByAll();
        arrivedBefore = ClientServer.allNetworkRequests();
        otherBefore = otherNetworkRequests();
    }

    @AfterEach
    void requestsTookTheModesPath() {
        long sent = sentByAll() - sentBefore;
        long arrived = ClientServer.allNetworkRequests() - arrivedBefore;
        long other = otherNetworkRequests() - otherBefore;
        if (mode == Mode.IN_PROCESS) {
            assertThat(arrived).as("requests that reached a Jetty host although the client took the in-process "
                    + "shortcut (the client sent %d)", sent).isZero();
        } else {
            assertThat(arrived + other).as("requests that arrived over the network, against the %d the client sent",
                    sent).isEqualTo(sent);
        }
    }

    /** Requests the test's clients sent to servers other than the Slumber hosts (default none). */
    long otherNetworkRequests() {
        return 0;
    }

    /** Closes the client after the class (in this mode) and counts its requests in the path check. */
    SlumberClient track(SlumberClient other) {
        clients.add(other);
        return other;
    }

    private long sentByAll() {
        return clients.stream().mapToLong(SlumberClient::requestCount).sum();
    }

    // ---- navigation shortcuts ----

    RemoteApp examples() {
        return client.service("pizzas").app("slumber_examples");
    }

    RemoteModel model(String name) {
        return examples().model(name);
    }

    /** A name no other test uses. */
    static String unique(String prefix) {
        return prefix + "-" + NAMES.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    RemoteInstance newShop(String name) {
        return model("Shop").create(Map.of("name", name, "slug", unique("s")));
    }

    RemoteInstance newPizza(String name, Object shop) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("exclusive_to", shop);
        return model("Pizza").create(fields);
    }

    /** Requests the main client has sent so far. */
    long sent() {
        return client.requestCount();
    }
}
