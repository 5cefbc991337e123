package org.slumber.examples.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.core.Slumber;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.settings.Setting;

@DisplayName("The network example")
class NetworkExampleTest {

    private static final String SECRET = "network-secret";
    private static List<Slumber> network;
    private static NetworkExample.Ports ports;

    @BeforeAll
    static void start() throws IOException {
        ports = new NetworkExample.Ports(freePort(), freePort(), freePort());
        network = NetworkExample.startAll(ports, SECRET, settings -> settings
                .with(Setting.HOST, "127.0.0.1")
                .with(Setting.MISS_SIGN_DELAY, Duration.ZERO)
                .with(Setting.PASSWORD_ITERATIONS, 1000));
    }

    @AfterAll
    static void stop() {
        if (network != null) {
            for (int i = network.size() - 1; i >= 0; i--) {
                network.get(i).close();
            }
        }
    }

    @Test
    @DisplayName("runs the demo: shop on pizzas, order on takeaway, remote login, refused create")
    void demo() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        NetworkDemo.Result result;
        try (SlumberClient client = SlumberClient.builder().directory(ports.directoryUrl())
                .signing("service", SECRET).build()) {
            result = NetworkDemo.run(client, new PrintStream(printed, true, StandardCharsets.UTF_8));
        }
        System.out.println(printed.toString(StandardCharsets.UTF_8));
        assertThat(result.shopUrl()).startsWith("http://localhost:" + ports.pizzas() + "/slumber/pizzas/");
        assertThat(result.orderShop()).isEqualTo(result.shopUrl());
        assertThat(result.storedForm()).startsWith("slumber://pizzas/slumber_examples/Shop/data/");
        assertThat(result.resolvedShop()).isEqualTo("Demo Pizzeria");
        assertThat(result.loggedIn()).isEqualTo("user");
        assertThat(result.refusedStatus()).isEqualTo(403);
        assertThat(result.refusedError()).isEqualTo("Requires permission slumber_examples.add_order");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
