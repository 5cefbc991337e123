package org.slumber.examples.clienttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.core.Slumber;
import org.slumber.core.client.ClientScope;
import org.slumber.core.client.RemoteException;
import org.slumber.core.client.RemoteInstance;

@DisplayName("Acting users and request scopes of the client")
@InBothModes
class ActingUserAndScopeTest extends ClientTestBase {

    @SuppressWarnings("unchecked")
    private static String username(RemoteInstance instance) {
        return (String) ((Map<String, Object>) instance.document().get("_meta")).get("username");
    }

    @Test
    @DisplayName("runAs a user without the permission: create throws 403 naming the permission, nothing is created")
    void runAsWithoutPermission() {
        String name = unique("Forbidden");

        RemoteException e = catchThrowableOfType(RemoteException.class,
                () -> Slumber.runAs("user", () -> model("Pizza").create(Map.of("name", name))));

        assertThat(e.status()).isEqualTo(403);
        assertThat(e.method()).isEqualTo("POST");
        assertThat(e.url()).isEqualTo(server.localUrl() + "slumber_examples/Pizza/create/");
        assertThat(e.error()).isEqualTo("Requires permission slumber_examples.add_pizza");
        assertThat(e.getMessage()).contains("Requires permission slumber_examples.add_pizza");
        RemoteException missing = catchThrowableOfType(RemoteException.class,
                () -> model("Pizza").get(Map.of("name", name)));
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    @DisplayName("runAs a user with the permission: create succeeds, acting as that user")
    void runAsWithPermission() {
        String name = unique("Baked");

        RemoteInstance pizza = Slumber.runAs("baker", () -> model("Pizza").create(Map.of("name", name)));

        assertThat(pizza.string("name")).isEqualTo(name);
        assertThat(username(pizza)).isEqualTo("baker");
        RemoteInstance reread = model("Pizza").get(Map.of("name", name));
        assertThat(username(reread)).as("outside runAs the client acts as its key").isEqualTo("service");
    }

    @Test
    @DisplayName("runAs applies to updates too, and ends with its block")
    void runAsUpdate() {
        RemoteInstance shop = newShop(unique("Guarded"));

        RemoteException e = catchThrowableOfType(RemoteException.class,
                () -> Slumber.runAs("baker", () -> model("Shop").update(shop, Map.of("name", "Renamed"))));
        assertThat(e.status()).isEqualTo(403);
        assertThat(e.error()).isEqualTo("Requires permission slumber_examples.change_shop");

        model("Shop").update(shop, Map.of("name", "Renamed"));
        assertThat(shop.string("name")).isEqualTo("Renamed");
    }

    @Test
    @DisplayName("inside a scope, two lookups of the same URL give the same object, fetched once")
    void scopeSharesInstances() {
        String url = newPizza(unique("Scoped"), null).url();

        try (ClientScope scope = ClientScope.open()) {
            long before = sent();
            RemoteInstance first = client.instanceAt(url);
            RemoteInstance second = client.instanceAt(url);
            assertThat(second).isSameAs(first);
            assertThat(first.string("name")).startsWith("Scoped");
            assertThat(second.string("name")).startsWith("Scoped");
            assertThat(client.instanceAt(url).bool("for_sale")).isFalse();
            assertThat(sent() - before).as("fetches of one URL in a scope").isEqualTo(1);
        }
        assertThat(ClientScope.isOpen()).isFalse();
    }

    @Test
    @DisplayName("inside a scope, foreign keys to the same instance give one object, fetched once")
    void scopeSharesForeignKeys() {
        RemoteInstance shop = newShop(unique("Shared"));
        String one = newPizza(unique("First"), shop).url();
        String two = newPizza(unique("Second"), shop).url();

        try (ClientScope scope = ClientScope.open()) {
            RemoteInstance a = client.instanceAt(one).instance("exclusive_to");
            RemoteInstance b = client.instanceAt(two).instance("exclusive_to");
            assertThat(b).isSameAs(a);
            long before = sent();
            assertThat(a.string("slug")).isEqualTo(shop.string("slug"));
            assertThat(b.string("slug")).isEqualTo(shop.string("slug"));
            assertThat(sent() - before).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("outside a scope, each lookup is its own object with its own fetch")
    void noScope() {
        String url = newPizza(unique("Unscoped"), null).url();

        long before = sent();
        RemoteInstance first = client.instanceAt(url);
        RemoteInstance second = client.instanceAt(url);
        assertThat(second).isNotSameAs(first);
        first.string("name");
        second.string("name");
        assertThat(sent() - before).isEqualTo(2);
    }

    @Test
    @DisplayName("a nested scope joins the outer one; closing it keeps the outer scope open")
    void nestedScope() {
        String url = newPizza(unique("Nested"), null).url();

        try (ClientScope outer = ClientScope.open()) {
            RemoteInstance seen;
            try (ClientScope inner = ClientScope.open()) {
                seen = client.instanceAt(url);
            }
            assertThat(ClientScope.isOpen()).isTrue();
            assertThat(client.instanceAt(url)).isSameAs(seen);
        }
        assertThat(ClientScope.isOpen()).isFalse();
    }
}
