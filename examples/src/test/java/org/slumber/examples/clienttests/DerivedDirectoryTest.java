package org.slumber.examples.clienttests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slumber.core.client.RemoteInstance;
import org.slumber.core.client.RemoteModel;
import org.slumber.core.client.SlumberClient;

/**
 * The example started as its own end-to-end fixture starts it (free port, no directory
 * setting): the server derives its service map on {@code localhost}, while
 * {@code Slumber.localUrl()} names it the same way. A client built from {@code localUrl()}
 * should still be able to use every model, remote foreign keys included.
 */
@DisplayName("A client built from localUrl() of a server whose service map is derived")
class DerivedDirectoryTest {

    private static ClientServer server;

    @BeforeAll
    static void start() {
        server = ClientServer.startWithDerivedDirectory();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    @DisplayName("creates an Order whose remote foreign key is a shop it created")
    void orderWithShop(Mode mode) {
        assertThat(server.slumber().services().get("pizzas")).startsWith("http://localhost:");
        try (SlumberClient client = server.client(mode)) {
            RemoteModel shops = client.service("pizzas").app("slumber_examples").model("Shop");
            RemoteInstance shop = shops.create(Map.of("name", "Derived " + mode, "slug", "derived-" + mode));

            RemoteInstance order = client.service("pizzas").app("slumber_examples").model("Order")
                    .create(Map.of("shop", shop));

            assertThat(client.instanceAt(order.url()).instance("shop").string("name")).isEqualTo("Derived " + mode);
        }
    }
}
