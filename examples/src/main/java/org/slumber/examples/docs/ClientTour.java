package org.slumber.examples.docs;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.slumber.core.Slumber;
import org.slumber.core.client.ClientScope;
import org.slumber.core.client.RemoteException;
import org.slumber.core.client.RemoteInstance;
import org.slumber.core.client.RemoteList;
import org.slumber.core.client.RemoteLookupException;
import org.slumber.core.client.RemoteModel;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.client.UserModelProxy;
import org.slumber.core.client.UserProxy;
import org.slumber.examples.client.PizzaProxy;
import org.slumber.examples.client.ShopProxy;

/**
 * A walk through the client against the pizza example, for the site's "The client" chapter.
 * Run the example first ({@code mvn -B -pl examples -am compile exec:java}).
 */
public final class ClientTour {

    private ClientTour() {
    }

    public static void main(String[] args) {
        // START SNIPPET: client-build
        try (SlumberClient client = SlumberClient.builder()
                .services(Map.of("pizzas", "http://localhost:8000/slumber/pizzas/"))   // or .directory(url)
                .signing("service", "change-me")                                      // key and secret
                .build()) {
            tour(client);
        }
        // END SNIPPET: client-build
    }

    static void tour(SlumberClient client) {
        // START SNIPPET: client-navigate
        RemoteModel pizzas = client.service("pizzas").app("slumber_examples").model("Pizza");
        RemoteModel users = client.service("pizzas").app("django").app("contrib").app("auth").model("User");
        System.out.println(pizzas.name() + " in " + pizzas.module() + ": " + pizzas.fieldNames()
                + ", data arrays " + pizzas.dataArrays() + ", operations " + pizzas.operations().keySet());
        // END SNIPPET: client-navigate

        // START SNIPPET: client-operations
        RemoteInstance shop = client.service("pizzas").app("slumber_examples").model("Shop")
                .create(Map.of("name", "Corner", "slug", "corner"));
        RemoteInstance pizza = pizzas.create(Map.of("name", "Marinara", "exclusive_to", shop));  // an instance as a value
        pizzas.update(pizza, Map.of("for_sale", true, "max_extra_toppings", 2));
        RemoteInstance found = pizzas.get(Map.of("name", "Marinara"));   // exactly one, else 404 or 400
        RemoteInstance byKey = pizzas.get(Map.of("pk", found.longValue("id")));
        // END SNIPPET: client-operations

        // START SNIPPET: client-lazy
        RemoteInstance first = pizzas.instanceAt("/slumber/pizzas/slumber_examples/Pizza/data/1/");  // no request
        RemoteInstance exclusive = first.instance("exclusive_to");   // no request: null when the key is null
        if (exclusive != null) {
            System.out.println(exclusive.display());                 // known from Pizza 1's data: no request
            System.out.println(exclusive.string("slug"));            // first field used: fetches the shop
        }
        String name = byKey.string("name");
        boolean forSale = Boolean.TRUE.equals(byKey.bool("for_sale"));
        Integer toppings = byKey.integer("max_extra_toppings");
        // END SNIPPET: client-lazy
        System.out.println(name + " " + forSale + " " + toppings);

        // START SNIPPET: client-arrays
        client.service("pizzas").app("slumber_examples").model("PizzaPrice")
                .create(Map.of("pizza", pizza, "date", LocalDate.of(2026, 11, 28).toString()));
        for (RemoteInstance price : pizza.dataArray("prices")) {       // pages of 10 fetched as needed
            System.out.println(price.display() + " " + price.date("date"));
        }
        RemoteList all = pizzas.instances();                           // every pizza, newest key first
        long count = all.stream().limit(25).count();                   // fetches 3 pages at most
        // END SNIPPET: client-arrays
        System.out.println(count);

        // START SNIPPET: client-scope
        try (ClientScope scope = ClientScope.open()) {
            RemoteInstance a = client.instanceAt(shop.url());
            RemoteInstance b = client.instanceAt(shop.url());
            System.out.println(a == b);                // true: one object per URL, fetched at most once
        }
        // END SNIPPET: client-scope

        // START SNIPPET: client-run-as
        try {
            Slumber.runAs("user", () -> pizzas.create(Map.of("name", "Quattro")));   // X-FOST-User: user
        } catch (RemoteException e) {
            System.out.println(e.method() + " " + e.url() + " -> " + e.status() + ": " + e.error());
            // POST http://localhost:8000/.../Pizza/create/ -> 403: Requires permission slumber_examples.add_pizza
        }
        // END SNIPPET: client-run-as

        // START SNIPPET: client-errors
        try {
            client.service("pizzas").app("slumber_examples").model("Calzone");
        } catch (RemoteLookupException e) {
            System.out.println(e.getMessage());  // App slumber_examples at ... has no model Calzone; its models are [...]
        }
        try {
            pizzas.get(Map.of("name", "No such pizza"));
        } catch (RemoteException e) {
            System.out.println(e.status());      // 404; 0 when no answer came (refused, timed out)
        }
        // END SNIPPET: client-errors

        // START SNIPPET: client-proxies
        boolean attached = pizza.as(PizzaProxy.class).hasPizzaProxy();
        Map<String, Object> form = pizza.as(PizzaProxy.class).orderForm();      // calls the order operation
        RemoteInstance corner = client.service("pizzas").app("slumber_examples").model("Shop")
                .as(ShopProxy.class).bySlug("corner");
        // END SNIPPET: client-proxies
        System.out.println(attached + " " + form + " " + corner);

        // START SNIPPET: client-user-proxies
        Optional<RemoteInstance> baker = users.as(UserModelProxy.class).authenticate("baker", "baker");
        if (baker.isPresent()) {
            UserProxy user = baker.get().as(UserProxy.class);
            System.out.println(user.hasPerm("slumber_examples.add_pizza"));   // true
            System.out.println(user.getAllPermissions());   // [slumber_examples.add_pizza, ...add_pizzaprice, ...]
            System.out.println(user.getProfile());          // null: baker has no Profile
        }
        // END SNIPPET: client-user-proxies

        // START SNIPPET: client-delete
        pizzas.delete(pizza);           // its delete operation, or DELETE on its data URL when removed
        // END SNIPPET: client-delete
    }
}
