package org.slumber.examples.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.core.client.RemoteException;
import org.slumber.core.client.RemoteInstance;
import org.slumber.core.client.RemoteModel;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.testing.MockClient;
import org.slumber.core.testing.MockUserAgent;

/**
 * How to test your own client code without a server (usage.md, section 5): with
 * {@link MockClient}, in-memory models the client navigates as if they were remote; with
 * {@link MockUserAgent}, the exact requests your code must send.
 */
@DisplayName("Testing client code without a server")
class MockClientExampleTest {

    /** The code under test: a small helper of the kind an application writes over the client. */
    static final class PizzaMenu {
        private final RemoteModel pizzas;

        PizzaMenu(RemoteModel pizzas) {
            this.pizzas = pizzas;
        }

        /** The names of the pizzas for sale, in alphabetical order. */
        List<String> forSale() {
            return pizzas.instances().stream().filter(pizza -> Boolean.TRUE.equals(pizza.bool("for_sale")))
                    .map(pizza -> pizza.string("name")).sorted().toList();
        }

        /** The shop a pizza is exclusive to, or "everywhere". */
        String soldAt(String name) {
            RemoteInstance shop = pizzas.get(Map.of("name", name)).instance("exclusive_to");
            return shop == null ? "everywhere" : shop.display();
        }

        /** Takes a pizza off the menu. */
        void withdraw(String name) {
            pizzas.update(pizzas.get(Map.of("name", name)), Map.of("for_sale", false));
        }
    }

    private static final String PIZZA = "pizzas/slumber_examples/Pizza";
    private static final String SHOP = "pizzas/slumber_examples/Shop";

    private static SlumberClient mockClient() {
        return MockClient.builder()
                .model(SHOP, List.of(Map.of("id", 1, "name", "Home")))
                .model(PIZZA, List.of(
                        Map.of("id", 1, "name", "Margherita", "for_sale", true),
                        Map.of("id", 2, "name", "Hawaii", "for_sale", false),
                        Map.of("id", 3, "name", "Quattro", "for_sale", true, "exclusive_to", 1)))
                .foreignKey(PIZZA, "exclusive_to", SHOP)
                .display(SHOP, "name")
                .build();
    }

    private static PizzaMenu menu(SlumberClient client) {
        return new PizzaMenu(client.service("pizzas").app("slumber_examples").model("Pizza"));
    }

    @Test
    @DisplayName("a MockClient serves the declared rows: the menu lists what is for sale")
    void listsPizzasForSale() {
        try (SlumberClient client = mockClient()) {
            assertThat(menu(client).forSale()).containsExactly("Margherita", "Quattro");
        }
    }

    @Test
    @DisplayName("a MockClient follows foreign keys and keeps writes: withdrawn pizzas leave the menu")
    void followsAndWrites() {
        try (SlumberClient client = mockClient()) {
            PizzaMenu menu = menu(client);
            assertThat(menu.soldAt("Quattro")).isEqualTo("Home");
            assertThat(menu.soldAt("Margherita")).isEqualTo("everywhere");

            menu.withdraw("Margherita");

            assertThat(menu.forSale()).containsExactly("Quattro");
            assertThatThrownBy(() -> menu.withdraw("Calzone"))
                    .isInstanceOfSatisfying(RemoteException.class, e -> assertThat(e.status()).isEqualTo(404));
        }
    }

    @Test
    @DisplayName("a MockUserAgent checks the exact requests: withdraw reads the pizza, then updates it")
    void sendsExactRequests() {
        String model = "http://host/slumber/pizzas/slumber_examples/Pizza/";
        MockUserAgent server = new MockUserAgent()
                .expect("GET", model).respond("""
                        {"name": "Pizza", "module": "slumber_examples",
                         "operations": {"get": "/slumber/pizzas/slumber_examples/Pizza/get/"}}""")
                .expect("GET", model + "get/?name=Hawaii").respond("""
                        {"type": "/slumber/pizzas/slumber_examples/Pizza/",
                         "identity": "/slumber/pizzas/slumber_examples/Pizza/data/2/",
                         "operations": {"update": "/slumber/pizzas/slumber_examples/Pizza/update/2/"},
                         "fields": {"name": {"data": "Hawaii", "kind": "value"}}}""")
                .expect("POST", model + "update/2/", "{\"for_sale\": false}")
                .respond("{\"self\": {\"url\": \"/slumber/pizzas/slumber_examples/Pizza/data/2/\"}}");

        try (SlumberClient client = SlumberClient.builder()
                .services(Map.of("pizzas", "http://host/slumber/pizzas/"))
                .transport(server).unsigned().build()) {
            new PizzaMenu(client.modelAt(model)).withdraw("Hawaii");
        }

        server.verify();   // fails if an expected request was not sent
    }
}
