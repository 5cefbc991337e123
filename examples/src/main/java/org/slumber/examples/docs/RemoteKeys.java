package org.slumber.examples.docs;

import java.util.Map;
import org.slumber.core.app.AppBuilder;
import org.slumber.core.app.SlumberApp;
import org.slumber.core.client.RemoteInstance;
import org.slumber.core.client.RemoteModel;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.client.SlumberScheme;

/** The slumber:// scheme and remote foreign keys from the client's side, for the site. */
public final class RemoteKeys {

    private RemoteKeys() {
    }

    public static void main(String[] args) {
        // START SNIPPET: slumber-scheme
        Map<String, String> services = Map.of(
                "pizzas", "http://localhost:8001/slumber/pizzas/",
                "takeaway", "http://localhost:8000/slumber/takeaway/");
        String stored = SlumberScheme.toSlumberScheme(
                "http://localhost:8001/slumber/pizzas/slumber_examples/Shop/data/1/", services);
        // slumber://pizzas/slumber_examples/Shop/data/1/
        String url = SlumberScheme.fromSlumberScheme(stored, services);
        // http://localhost:8001/slumber/pizzas/slumber_examples/Shop/data/1/
        String other = SlumberScheme.toSlumberScheme("https://example.com/x/", services);
        // https://example.com/x/ (no service matches: unchanged)
        // END SNIPPET: slumber-scheme
        System.out.println(url + " " + other);

        try (SlumberClient client = SlumberClient.builder().directory("http://localhost:8000/slumber/")
                .signing("service", "change-me").build()) {
            // START SNIPPET: remote-key-client
            RemoteInstance shop = client.service("pizzas").app("slumber_examples").model("Shop")
                    .create(Map.of("name", "Harbour", "slug", "harbour"));
            RemoteModel orders = client.service("takeaway").app("slumber_examples").model("Order");
            RemoteInstance order = orders.create(Map.of("shop", shop));               // a remote instance,
            orders.create(Map.of("shop", shop.url()));                                // an absolute URL,
            orders.create(Map.of("shop", "slumber://pizzas/slumber_examples/Shop/data/1/"));  // or slumber://
            String wire = order.string("shop");              // the absolute URL of the shop on pizzas
            RemoteInstance same = order.instance("shop");    // a lazy remote instance: no request yet
            System.out.println(wire + " is " + same.display()); // display() fetches the shop from pizzas
            RemoteInstance byUrl = client.instanceAt(stored);   // slumber:// URLs resolve too
            // END SNIPPET: remote-key-client
            System.out.println(byUrl.url());
        }
    }

    /** An app whose display text reads the remote instance a remote foreign key points at. */
    public static final class Deliveries implements SlumberApp {

        @Override
        public void define(AppBuilder app) {
            app.name("deliveries");
            // START SNIPPET: remote-key-display
            app.model("Delivery", m -> m
                    .key("id")
                    .remoteForeignKey("shop", "slumber://pizzas/slumber_examples/Shop/").required()
                    .string("address", 200).required()
                    .display(i -> i.string("address") + " from " + i.remote("shop").display()));  // asks pizzas
            // END SNIPPET: remote-key-display
        }
    }
}
