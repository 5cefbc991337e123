package org.slumber.examples.network;

import java.io.PrintStream;
import java.util.Map;
import org.slumber.core.Slumber;
import org.slumber.core.client.RemoteException;
import org.slumber.core.client.RemoteInstance;
import org.slumber.core.client.RemoteModel;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.client.SlumberScheme;
import org.slumber.core.client.UserModelProxy;
import org.slumber.examples.client.ShopProxy;

/**
 * The demo client run of the network example: creates a shop on {@code pizzas}, an order on
 * {@code takeaway} that references it through a remote foreign key, reads the order back,
 * logs in through the remote auth service as {@code user}, and shows that {@code user} is
 * refused a create. Prints each step.
 */
public final class NetworkDemo {

    /**
     * What the demo saw.
     *
     * @param shopUrl        the new shop's URL on pizzas
     * @param orderUrl       the new order's URL on takeaway
     * @param orderShop      the order's {@code shop} as the wire shows it (an absolute URL)
     * @param storedForm     the same reference in the stored {@code slumber://} form
     * @param resolvedShop   the display text of the shop, fetched from pizzas through the order
     * @param loggedIn       the display text of the user the auth service authenticated
     * @param refusedStatus  the status of the create tried as {@code user}
     * @param refusedError   its error text
     */
    public record Result(String shopUrl, String orderUrl, String orderShop, String storedForm, String resolvedShop,
                         String loggedIn, int refusedStatus, String refusedError) {
    }

    private NetworkDemo() {
    }

    /** Runs the demo with {@code client} (signing as the services' shared key), printing to {@code out}. */
    public static Result run(SlumberClient client, PrintStream out) {
        out.println("1. The directory lists " + client.serviceUrls());

        RemoteModel shops = client.service("pizzas").app("slumber_examples").model("Shop");
        out.println("2. Model " + shops.name() + " has its proxy: " + shops.as(ShopProxy.class).hasShopProxy());
        String slug = "demo-" + Long.toString(System.currentTimeMillis(), 36);
        RemoteInstance shop = shops.create(Map.of("name", "Demo Pizzeria", "slug", slug));
        out.println("   Created shop '" + shop.display() + "' on pizzas: " + shop.url());

        RemoteModel orders = client.service("takeaway").app("slumber_examples").model("Order");
        RemoteInstance order = orders.create(Map.of("shop", shop));
        out.println("3. Created order " + order.url() + " on takeaway");

        RemoteInstance readBack = client.instanceAt(order.url());
        String orderShop = readBack.string("shop");
        String stored = SlumberScheme.toSlumberScheme(orderShop, client.serviceUrls());
        out.println("4. The order's shop is " + orderShop);
        out.println("   stored by takeaway as " + stored);
        RemoteInstance resolved = readBack.instance("shop");
        out.println("   which resolves (fetched from pizzas now) to '" + resolved.display() + "', slug "
                + resolved.string("slug"));

        RemoteModel users = client.service("takeaway").app("django.contrib.auth").model("User");
        RemoteInstance user = users.as(UserModelProxy.class).authenticate("user", "pass")
                .orElseThrow(() -> new IllegalStateException("the auth service refused user/pass"));
        out.println("5. Logged in through takeaway's remote auth backend as '" + user.display() + "'");

        int status = 0;
        String error = null;
        try {
            Slumber.runAs("user", () -> orders.create(Map.of("shop", shop)));
            out.println("6. Unexpected: user was allowed to create an order");
        } catch (RemoteException e) {
            status = e.status();
            error = e.error();
            out.println("6. Acting as user, creating an order is refused: " + e.status() + " " + e.error());
        }
        return new Result(shop.url(), order.url(), orderShop, stored, resolved.display(), user.display(), status,
                error);
    }
}
