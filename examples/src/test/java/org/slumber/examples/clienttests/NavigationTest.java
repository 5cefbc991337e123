package org.slumber.examples.clienttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.core.client.RemoteApp;
import org.slumber.core.client.RemoteInstance;
import org.slumber.core.client.RemoteLookupException;
import org.slumber.core.client.RemoteModel;
import org.slumber.core.client.RemoteService;

@DisplayName("Navigating with the client from the service map to models")
@InBothModes
class NavigationTest extends ClientTestBase {

    @Test
    @DisplayName("service(name) gives the service at its URL, listing the apps of its application list")
    void serviceByName() {
        RemoteService service = client.service("pizzas");

        assertThat(service.name()).isEqualTo("pizzas");
        assertThat(service.url()).isEqualTo(server.localUrl());
        assertThat(service.apps()).contains("slumber_examples", "slumber_examples.nested1",
                "slumber_examples.nested1.nested2", "slumber_examples.no_models", "slumber_ex_shop",
                "django.contrib.auth");
    }

    @Test
    @DisplayName("an app is found by its dotted name, and its models listed")
    void appByDottedName() {
        RemoteApp auth = client.service("pizzas").app("django.contrib.auth");

        assertThat(auth.name()).isEqualTo("django.contrib.auth");
        assertThat(auth.url()).isEqualTo(server.localUrl() + "django/contrib/auth/");
        assertThat(auth.models()).contains("User", "Group", "Permission");
        assertThat(examples().models()).contains("Shop", "Pizza", "PizzaPrice", "PizzaSizePrice", "Profile",
                "Order", "PizzaCrust");
    }

    @Test
    @DisplayName("an app is found step by step, through steps that are no apps themselves")
    void appStepByStep() {
        RemoteService service = client.service("pizzas");
        RemoteApp auth = service.app("django").app("contrib").app("auth");

        assertThat(auth.name()).isEqualTo("django.contrib.auth");
        assertThat(auth.model("User").url()).isEqualTo(service.app("django.contrib.auth").model("User").url())
                .isEqualTo(server.localUrl() + "django/contrib/auth/User/");
        RemoteApp nested2 = service.app("slumber_examples").app("nested1").app("nested2");
        assertThat(nested2.url()).isEqualTo(server.localUrl() + "slumber_examples/nested1/nested2/");
        assertThat(nested2.models()).isEmpty();
    }

    @Test
    @DisplayName("a model has its name, module and absolute operation URLs")
    void modelMetadata() {
        RemoteModel pizza = model("Pizza");

        assertThat(pizza.name()).isEqualTo("Pizza");
        assertThat(pizza.module()).isEqualTo("slumber_examples");
        assertThat(pizza.url()).isEqualTo(server.localUrl() + "slumber_examples/Pizza/");
        assertThat(pizza.operations()).containsEntry("instances", pizza.url() + "instances/")
                .containsEntry("create", pizza.url() + "create/")
                .containsEntry("get", pizza.url() + "get/");
        assertThat(pizza.fieldNames()).contains("id", "name", "for_sale", "max_extra_toppings", "exclusive_to");
        assertThat(pizza.dataArrays()).containsExactly("prices");
    }

    @Test
    @DisplayName("a model reached by its URL alone learns its name and module from the metadata")
    void modelAtUrl() {
        RemoteModel shop = client.modelAt(server.localUrl() + "slumber_examples/Shop/");

        assertThat(shop.name()).isEqualTo("Shop");
        assertThat(shop.module()).isEqualTo("slumber_examples");
        assertThat(shop.operations()).containsEntry("shops1", server.origin() + "/slumber/shops/mount1/")
                .containsEntry("shops-hal", server.origin() + "/slumber/shops/mount2/")
                .doesNotContainKey("delete");
    }

    @Test
    @DisplayName("an app's configuration object comes from the application list")
    void appConfiguration() {
        assertThat(examples().configuration()).isEqualTo(Map.of("test", true));
        assertThat(client.service("pizzas").app("slumber_ex_shop").configuration()).isNull();
    }

    @Test
    @DisplayName("an unknown service throws a lookup exception naming the known services")
    void unknownService() {
        assertThatThrownBy(() -> client.service("takeaway"))
                .isInstanceOf(RemoteLookupException.class)
                .hasMessageContaining("takeaway").hasMessageContaining("pizzas");
    }

    @Test
    @DisplayName("an unknown app throws a lookup exception naming the service's apps")
    void unknownApp() {
        assertThatThrownBy(() -> client.service("pizzas").app("slumber_shop"))
                .isInstanceOf(RemoteLookupException.class)
                .hasMessageContaining("slumber_shop")
                .hasMessageContaining("slumber_examples").hasMessageContaining("django.contrib.auth");
        assertThatThrownBy(() -> client.service("pizzas").app("django").app("admin"))
                .isInstanceOf(RemoteLookupException.class)
                .hasMessageContaining("django.admin").hasMessageContaining("django.contrib.auth");
    }

    @Test
    @DisplayName("a model of an app that does not exist is not found either")
    void modelOfUnknownApp() {
        assertThatThrownBy(() -> client.service("pizzas").app("django").model("User"))
                .isInstanceOf(RemoteLookupException.class)
                .hasMessageContaining("django").hasMessageContaining("django.contrib.auth");
    }

    @Test
    @DisplayName("an unknown model throws a lookup exception naming the app's models")
    void unknownModel() {
        assertThatThrownBy(() -> examples().model("Pasta"))
                .isInstanceOf(RemoteLookupException.class)
                .hasMessageContaining("Pasta").hasMessageContaining("Pizza").hasMessageContaining("Shop");
    }

    @Test
    @DisplayName("asking a service's application list for a model throws, naming its apps")
    void modelOfAnApplicationList() {
        assertThatThrownBy(() -> client.service("pizzas").model("Pizza"))
                .isInstanceOf(RemoteLookupException.class)
                .hasMessageContaining("slumber_examples");
    }

    @Test
    @DisplayName("an unknown field throws a lookup exception naming the instance's fields")
    void unknownField() {
        RemoteInstance pizza = newPizza(unique("Fieldless"), null);

        assertThatThrownBy(() -> pizza.get("toppings"))
                .isInstanceOf(RemoteLookupException.class)
                .hasMessageContaining("toppings").hasMessageContaining("name").hasMessageContaining("for_sale")
                .hasMessageContaining("exclusive_to");
        assertThatThrownBy(() -> pizza.string("toppings")).isInstanceOf(RemoteLookupException.class);
        assertThatThrownBy(() -> pizza.instance("toppings")).isInstanceOf(RemoteLookupException.class);
    }

    @Test
    @DisplayName("an unknown data array throws a lookup exception naming the instance's data arrays")
    void unknownDataArray() {
        RemoteInstance pizza = newPizza(unique("Arrayless"), null);

        assertThatThrownBy(() -> pizza.dataArray("amounts"))
                .isInstanceOf(RemoteLookupException.class)
                .hasMessageContaining("amounts").hasMessageContaining("prices");
    }
}
