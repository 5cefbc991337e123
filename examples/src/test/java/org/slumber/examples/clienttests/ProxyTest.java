package org.slumber.examples.clienttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.core.client.InstanceProxy;
import org.slumber.core.client.ModelProxy;
import org.slumber.core.client.RemoteInstance;
import org.slumber.core.client.RemoteLookupException;
import org.slumber.core.client.RemoteModel;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.client.UserModelProxy;
import org.slumber.core.client.UserProxy;
import org.slumber.examples.client.PizzaProxy;
import org.slumber.examples.client.ShopProxy;

@DisplayName("Proxies on remote models and instances")
@InBothModes
class ProxyTest extends ClientTestBase {

    /** A proxy nobody registers. */
    public interface TastingProxy extends InstanceProxy {
        default boolean tasty() {
            return true;
        }
    }

    /** A model proxy nobody registers. */
    public interface MenuProxy extends ModelProxy {
        default String menu() {
            return model().name();
        }
    }

    /** A proxy interface that is not public, as users may well write one. */
    interface HiddenProxy extends InstanceProxy {
        default String secretName() {
            return "hidden " + instance().string("name");
        }
    }

    private RemoteModel users() {
        return client.service("pizzas").app("django.contrib.auth").model("User");
    }

    private RemoteInstance user(String username) {
        return users().get(Map.of("username", username));
    }

    @Test
    @DisplayName("the Shop model, found by the example's registration through ServiceLoader, is a ShopProxy")
    void shopProxy() {
        String name = unique("Proxied Shop");
        RemoteInstance shop = newShop(name);

        ShopProxy proxy = model("Shop").as(ShopProxy.class);

        assertThat(proxy.hasShopProxy()).isTrue();
        assertThat(proxy.model().url()).isEqualTo(model("Shop").url());
        assertThat(proxy.operations()).containsKey("shops1");
        assertThat(proxy.bySlug(shop.string("slug")).string("name")).isEqualTo(name);
    }

    @Test
    @DisplayName("a Pizza instance is a PizzaProxy, whose default methods use its fields and operations")
    void pizzaProxy() {
        RemoteInstance pizza = client.instanceAt(
                model("Pizza").create(Map.of("name", unique("Proxied"), "for_sale", true)).url());

        PizzaProxy proxy = pizza.as(PizzaProxy.class);

        assertThat(proxy.hasPizzaProxy()).isTrue();
        assertThat(proxy.instance()).isSameAs(pizza);
        assertThat(proxy.isForSale()).isTrue();
        assertThat(proxy.orderForm()).isEqualTo(Map.of("quantity", "integer"));
    }

    @Test
    @DisplayName("asking for a proxy that is not registered for the model throws, naming what is registered")
    void unregisteredProxy() {
        RemoteInstance pizza = newPizza(unique("Unproxied"), null);
        RemoteInstance shop = newShop(unique("Unproxied shop"));

        assertThatThrownBy(() -> pizza.as(TastingProxy.class))
                .isInstanceOf(RemoteLookupException.class)
                .hasMessageContaining(TastingProxy.class.getName())
                .hasMessageContaining(PizzaProxy.class.getName());
        assertThatThrownBy(() -> shop.as(PizzaProxy.class))
                .isInstanceOf(RemoteLookupException.class)
                .hasMessageContaining(PizzaProxy.class.getName())
                .hasMessageContaining("/slumber_examples/Shop/");
        assertThatThrownBy(() -> model("Pizza").as(ShopProxy.class))
                .isInstanceOf(RemoteLookupException.class)
                .hasMessageContaining(ShopProxy.class.getName());
        assertThatThrownBy(() -> model("Shop").as(MenuProxy.class))
                .isInstanceOf(RemoteLookupException.class)
                .hasMessageContaining(ShopProxy.class.getName());
    }

    @Test
    @DisplayName("a proxy registered in code applies as well")
    void proxyRegisteredInCode() {
        var configured = track(ClientServer.builder(mode).services(Map.of("pizzas", server.localUrl()))
                .configure(config -> config.instanceProxy("/pizzas/slumber_examples/Pizza/", TastingProxy.class)
                        .modelProxy("/slumber_examples/Pizza/", MenuProxy.class))
                .build());
        RemoteInstance pizza = newPizza(unique("Tasted"), null);

        RemoteInstance seen = configured.instanceAt(pizza.url());
        assertThat(seen.as(TastingProxy.class).tasty()).isTrue();
        assertThat(seen.as(PizzaProxy.class).hasPizzaProxy()).isTrue();
        assertThat(configured.service("pizzas").app("slumber_examples").model("Pizza").as(MenuProxy.class).menu())
                .isEqualTo("Pizza");
        assertThatThrownBy(() -> client.instanceAt(pizza.url()).as(TastingProxy.class))
                .isInstanceOf(RemoteLookupException.class);
    }

    @Test
    @DisplayName("a proxy interface that is not public either works or is refused when it is registered")
    void packagePrivateProxy() {
        RemoteInstance pizza = newPizza(unique("Hidden"), null);
        SlumberClient[] built = new SlumberClient[1];
        Throwable refused = catchThrowable(() -> built[0] = track(ClientServer.builder(mode)
                .services(Map.of("pizzas", server.localUrl()))
                .configure(config -> config.instanceProxy("/slumber_examples/Pizza/", HiddenProxy.class))
                .build()));
        if (refused != null) {
            assertThat(refused).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("public");
            return;
        }
        assertThat(built[0].instanceAt(pizza.url()).as(HiddenProxy.class).secretName())
                .isEqualTo("hidden " + pizza.string("name"));
    }

    @Test
    @DisplayName("the User model authenticates a user with the right password")
    void authenticate() {
        Optional<RemoteInstance> found = users().as(UserModelProxy.class).authenticate("user", "pass");

        assertThat(found).isPresent();
        assertThat(found.get().url()).isEqualTo(user("user").url());
        assertThat(found.get().string("username")).isEqualTo("user");
    }

    @Test
    @DisplayName("the user authenticate answers has its display text known without a fetch")
    void authenticatedUserDisplay() {
        RemoteInstance found = users().as(UserModelProxy.class).authenticate("user", "pass").orElseThrow();

        long before = sent();
        assertThat(found.display()).isEqualTo("user");
        assertThat(sent() - before).as("requests to read the display of the authenticated user").isZero();
    }

    @Test
    @DisplayName("the User model refuses a wrong password, an unknown user and an inactive one")
    void authenticateRefused() {
        UserModelProxy proxy = users().as(UserModelProxy.class);

        assertThat(proxy.authenticate("user", "wrong")).isEmpty();
        assertThat(proxy.authenticate("nobody", "pass")).isEmpty();
        assertThat(proxy.authenticate("retired", "retired")).isEmpty();
        assertThat(proxy.authenticate("baker", "baker")).isPresent();
    }

    @Test
    @DisplayName("a User answers hasPerm for direct, group and missing permissions")
    void hasPerm() {
        UserProxy baker = user("baker").as(UserProxy.class);
        UserProxy user = user("user").as(UserProxy.class);

        assertThat(baker.hasPerm("slumber_examples.add_pizza")).isTrue();
        assertThat(baker.hasPerm("slumber_examples.change_pizza")).isTrue();
        assertThat(baker.hasPerm("slumber_examples.add_pizzaprice")).as("through the group kitchen").isTrue();
        assertThat(baker.hasPerm("slumber_examples.delete_pizza")).isFalse();
        assertThat(user.hasPerm("slumber_examples.add_pizza")).isFalse();
        assertThat(user("service").as(UserProxy.class).hasPerm("slumber_examples.delete_pizza"))
                .as("a superuser holds every permission").isTrue();
    }

    @Test
    @DisplayName("a User answers hasModulePerms by app label")
    void hasModulePerms() {
        assertThat(user("baker").as(UserProxy.class).hasModulePerms("slumber_examples")).isTrue();
        assertThat(user("baker").as(UserProxy.class).hasModulePerms("auth")).isFalse();
        assertThat(user("user").as(UserProxy.class).hasModulePerms("slumber_examples")).isFalse();
    }

    @Test
    @DisplayName("a User lists its group permissions and all its permissions")
    void permissions() {
        UserProxy baker = user("baker").as(UserProxy.class);

        assertThat(baker.getGroupPermissions()).containsExactly("slumber_examples.add_pizzaprice");
        assertThat(baker.getAllPermissions()).containsExactlyInAnyOrder("slumber_examples.add_pizza",
                "slumber_examples.change_pizza", "slumber_examples.add_pizzaprice");
        assertThat(user("user").as(UserProxy.class).getAllPermissions()).isEmpty();
    }

    @Test
    @DisplayName("a User's profile is null until one is created, then it is that profile")
    void profile() {
        RemoteInstance bakerUser = user("baker");
        UserProxy baker = bakerUser.as(UserProxy.class);
        assertThat(baker.getProfile()).isNull();

        RemoteInstance created = model("Profile").create(Map.of("user", bakerUser.url()));

        RemoteInstance profile = baker.getProfile();
        assertThat(profile).isNotNull();
        assertThat(profile.url()).isEqualTo(created.url());
        assertThat(profile.instance("user").url()).isEqualTo(bakerUser.url());
        assertThat(user("user").as(UserProxy.class).getProfile()).isNull();
    }
}
