package org.slumber.examples.docs;

import java.util.List;
import java.util.Map;
import org.slumber.core.client.RemoteInstance;
import org.slumber.core.client.RemoteModel;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.testing.MockClient;
import org.slumber.core.testing.MockUserAgent;

/**
 * Testing code that uses the client without a server, for the site's "The client" chapter.
 * In a JUnit test the checks would be {@code assertThat(...)}; here they are plain Java so the
 * sample compiles with the examples' main code.
 */
public final class MockClientSample {

    private MockClientSample() {
    }

    /** The code under test: the display text of the shop a pizza is exclusive to. */
    // START SNIPPET: mock-code-under-test
    static String shopOf(SlumberClient client, String pizzaName) {
        RemoteModel pizzas = client.service("pizzas").app("slumber_examples").model("Pizza");
        RemoteInstance shop = pizzas.get(Map.of("name", pizzaName)).instance("exclusive_to");
        return shop == null ? "(any shop)" : shop.display();
    }
    // END SNIPPET: mock-code-under-test

    static void mockClient() {
        // START SNIPPET: mock-client
        SlumberClient client = MockClient.builder()
                .model("pizzas/slumber_examples/Shop", List.of(Map.of("id", 1, "name", "Home", "slug", "home")))
                .model("pizzas/slumber_examples/Pizza", List.of(
                        Map.of("id", 1, "name", "Margherita", "exclusive_to", 1),
                        Map.of("id", 2, "name", "Hawaii")))
                .foreignKey("pizzas/slumber_examples/Pizza", "exclusive_to", "pizzas/slumber_examples/Shop")
                .display("pizzas/slumber_examples/Shop", "name")
                .build();
        check(shopOf(client, "Margherita").equals("Home"));
        check(shopOf(client, "Hawaii").equals("(any shop)"));
        // END SNIPPET: mock-client
    }

    static void mockUserAgent() {
        // START SNIPPET: mock-user-agent
        MockUserAgent mock = new MockUserAgent();
        mock.expect("GET", "http://pizzas.test/slumber/pizzas/")
                .respond(Map.of("apps", Map.of("slumber_examples", "/slumber/pizzas/slumber_examples/")));
        mock.expect("GET", "http://pizzas.test/slumber/pizzas/slumber_examples/")
                .respond(Map.of("models", Map.of("Pizza", "/slumber/pizzas/slumber_examples/Pizza/")));
        mock.expect("GET", "http://pizzas.test/slumber/pizzas/slumber_examples/Pizza/")
                .respond(Map.of("name", "Pizza", "operations",
                        Map.of("get", "/slumber/pizzas/slumber_examples/Pizza/get/")));
        mock.expect("GET", "http://pizzas.test/slumber/pizzas/slumber_examples/Pizza/get/?name=Margherita")
                .respond(404, Map.of("error", "No Pizza matches"));
        try (SlumberClient client = SlumberClient.builder()
                .services(Map.of("pizzas", "http://pizzas.test/slumber/pizzas/"))
                .transport(mock)
                .unsigned()
                .build()) {
            try {
                shopOf(client, "Margherita");
                check(false);
            } catch (org.slumber.core.client.RemoteException e) {
                check(e.status() == 404 && e.error().equals("No Pizza matches"));
            }
        }
        mock.verify();   // fails listing any expectation left unused or request not expected
        // END SNIPPET: mock-user-agent
    }

    private static void check(boolean condition) {
        if (!condition) {
            throw new AssertionError("the sample's expectation failed");
        }
    }

    public static void main(String[] args) {
        mockClient();
        mockUserAgent();
        System.out.println("Both samples passed");
    }
}
