package org.slumber.examples.clienttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.core.client.RemoteException;
import org.slumber.core.client.RemoteInstance;
import org.slumber.core.client.RemoteModel;

@DisplayName("Remote foreign keys written and read through the client")
@InBothModes
class RemoteForeignKeyTest extends ClientTestBase {

    private RemoteModel orders() {
        return model("Order");
    }

    private String identity(RemoteInstance shop) {
        return server.localUrl() + "slumber_examples/Shop/data/" + shop.longValue("id") + "/";
    }

    /** The order re-read through a fresh reference, so nothing is known before the fetch. */
    private RemoteInstance reread(RemoteInstance order) {
        return client.instanceAt(order.url());
    }

    @Test
    @DisplayName("an Order is created with a remote instance as the shop; its JSON form is the absolute URL")
    void createWithInstance() {
        RemoteInstance shop = newShop(unique("Remote Pizzeria"));

        RemoteInstance order = orders().create(Map.of("shop", shop));

        assertThat(order.string("shop")).isEqualTo(identity(shop));
        assertThat(reread(order).string("shop")).isEqualTo(identity(shop));
        assertThat(reread(order).instance("nested")).isNull();
    }

    @Test
    @DisplayName("the order's shop resolves lazily to the shop: no request until a field is used")
    void resolvesLazily() {
        String name = unique("Lazy Pizzeria");
        RemoteInstance shop = newShop(name);
        RemoteInstance order = reread(orders().create(Map.of("shop", shop)));
        order.string("shop");

        long before = sent();
        RemoteInstance resolved = order.instance("shop");
        assertThat(resolved.url()).isEqualTo(identity(shop));
        assertThat(resolved.isLoaded()).isFalse();
        assertThat(sent() - before).as("requests to follow the remote foreign key").isZero();

        assertThat(resolved.string("name")).isEqualTo(name);
        assertThat(resolved.display()).isEqualTo(name);
        assertThat(resolved.string("web_address")).isEqualTo("http://www.example.com/" + shop.string("slug") + "/");
        assertThat(sent() - before).as("requests once the shop's fields are used").isEqualTo(1);
    }

    @Test
    @DisplayName("an Order is created with the shop's absolute URL as a string")
    void createWithUrl() {
        RemoteInstance shop = newShop(unique("Url Pizzeria"));

        RemoteInstance order = reread(orders().create(Map.of("shop", identity(shop))));

        assertThat(order.string("shop")).isEqualTo(identity(shop));
        assertThat(order.instance("shop").string("slug")).isEqualTo(shop.string("slug"));
    }

    @Test
    @DisplayName("an Order is created with a slumber:// URL string, and shows the absolute URL")
    void createWithSlumberUrl() {
        RemoteInstance shop = newShop(unique("Schemed Pizzeria"));
        String schemed = "slumber://pizzas/slumber_examples/Shop/data/" + shop.longValue("id") + "/";

        RemoteInstance order = reread(orders().create(Map.of("shop", schemed)));

        assertThat(order.string("shop")).isEqualTo(identity(shop));
        assertThat(order.instance("shop").string("name")).isEqualTo(shop.string("name"));
    }

    @Test
    @DisplayName("a shop reached through a listing (its mounted data URL) is accepted as the order's shop")
    void createWithListedInstance() {
        String name = unique("Listed Pizzeria");
        RemoteInstance shop = newShop(name);
        RemoteInstance listed = model("Shop").instances().stream()
                .filter(item -> name.equals(item.display())).findFirst().orElseThrow();
        assertThat(listed.url()).isEqualTo(server.origin() + "/slumber/pizzas/shop/" + shop.longValue("id") + "/");

        RemoteInstance order = reread(orders().create(Map.of("shop", listed)));

        assertThat(order.instance("shop").string("name")).isEqualTo(name);
    }

    @Test
    @DisplayName("a remote instance followed from a foreign key is accepted as the order's shop")
    void createWithForeignKeyInstance() {
        String name = unique("Followed Pizzeria");
        RemoteInstance shop = newShop(name);
        RemoteInstance pizza = client.instanceAt(newPizza(unique("Follower"), shop).url());

        RemoteInstance order = reread(orders().create(Map.of("shop", pizza.instance("exclusive_to"))));

        assertThat(order.instance("shop").string("name")).isEqualTo(name);
    }

    @Test
    @DisplayName("an update sets the shop to another remote instance")
    void updateWithInstance() {
        RemoteInstance first = newShop(unique("First Pizzeria"));
        RemoteInstance second = newShop(unique("Second Pizzeria"));
        RemoteInstance order = orders().create(Map.of("shop", first));

        orders().update(order, Map.of("shop", second));

        assertThat(order.string("shop")).isEqualTo(identity(second));
        assertThat(reread(order).instance("shop").string("name")).isEqualTo(second.string("name"));
    }

    @Test
    @DisplayName("an instance of another model as the shop is refused with 400, naming the field")
    void wrongModel() {
        RemoteInstance pizza = newPizza(unique("Not a shop"), null);

        RemoteException e = catchThrowableOfType(RemoteException.class,
                () -> orders().create(Map.of("shop", pizza)));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.error()).contains("shop");
    }

    @Test
    @DisplayName("a slumber:// URL of an unknown service is refused with 400")
    void unknownService() {
        RemoteException e = catchThrowableOfType(RemoteException.class,
                () -> orders().create(Map.of("shop", "slumber://takeaway/slumber_examples/Shop/data/1/")));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.error()).contains("takeaway");
    }
}
