package org.slumber.examples.clienttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.core.client.RemoteException;
import org.slumber.core.client.RemoteInstance;
import org.slumber.core.client.RemoteList;
import org.slumber.core.client.RemoteModel;

@DisplayName("The model operations of the client")
@InBothModes
class ModelOperationsTest extends ClientTestBase {

    @Test
    @DisplayName("create answers the new instance at its identity URL, with its data already known")
    void create() {
        RemoteInstance pizza = model("Pizza").create(Map.of("name", "Quattro Stagioni", "for_sale", true,
                "max_extra_toppings", 3));

        assertThat(pizza.isLoaded()).isTrue();
        assertThat(pizza.url()).startsWith(server.localUrl() + "slumber_examples/Pizza/data/").endsWith("/");
        assertThat(pizza.string("name")).isEqualTo("Quattro Stagioni");
        assertThat(pizza.display()).isEqualTo("Quattro Stagioni");
        assertThat(pizza.bool("for_sale")).isTrue();
        assertThat(pizza.integer("max_extra_toppings")).isEqualTo(3);
        assertThat(pizza.instance("exclusive_to")).isNull();
    }

    @Test
    @DisplayName("get finds the one instance by a field's value")
    void getByField() {
        String name = unique("Diavola");
        RemoteInstance created = newPizza(name, null);

        RemoteInstance found = model("Pizza").get(Map.of("name", name));

        assertThat(found.url()).isEqualTo(created.url());
        assertThat(found.longValue("id")).isEqualTo(created.longValue("id"));
        assertThat(found.string("name")).isEqualTo(name);
    }

    @Test
    @DisplayName("get finds the one instance by its primary key")
    void getByPk() {
        String name = unique("Marinara");
        long id = newPizza(name, null).longValue("id");

        RemoteInstance found = model("Pizza").get(Map.of("pk", id));

        assertThat(found.string("name")).isEqualTo(name);
        assertThat(found.url()).isEqualTo(server.localUrl() + "slumber_examples/Pizza/data/" + id + "/");
    }

    @Test
    @DisplayName("get with no match throws a 404 naming the URL")
    void getMissing() {
        RemoteException e = catchThrowableOfType(RemoteException.class,
                () -> model("Pizza").get(Map.of("name", "No such pizza")));

        assertThat(e.status()).isEqualTo(404);
        assertThat(e.method()).isEqualTo("GET");
        assertThat(e.url()).startsWith(server.localUrl() + "slumber_examples/Pizza/get/?");
        assertThat(e.getMessage()).contains(e.url()).contains("404");
    }

    @Test
    @DisplayName("update changes the fields, and the instance and a re-read show the change")
    void update() {
        RemoteModel pizzas = model("Pizza");
        RemoteInstance pizza = newPizza(unique("Capricciosa"), null);
        String renamed = unique("Capricciosa Nuova");

        pizzas.update(pizza, Map.of("name", renamed, "for_sale", true));

        assertThat(pizza.string("name")).isEqualTo(renamed);
        assertThat(pizza.bool("for_sale")).isTrue();
        RemoteInstance reread = pizzas.get(Map.of("pk", pizza.longValue("id")));
        assertThat(reread.string("name")).isEqualTo(renamed);
        assertThat(reread.bool("for_sale")).isTrue();
        assertThat(client.instanceAt(pizza.url()).string("name")).isEqualTo(renamed);
    }

    @Test
    @DisplayName("delete removes the instance: a later get throws a 404 with the URL and the server's error text")
    void delete() {
        RemoteModel pizzas = model("Pizza");
        RemoteInstance pizza = newPizza(unique("Hawaii"), null);
        long id = pizza.longValue("id");

        pizzas.delete(pizza);

        RemoteException e = catchThrowableOfType(RemoteException.class, () -> pizzas.get(Map.of("pk", id)));
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.error()).isNotBlank();
        assertThat(e.getMessage()).contains(server.localUrl() + "slumber_examples/Pizza/get/?pk=" + id)
                .contains(e.error());
        RemoteException again = catchThrowableOfType(RemoteException.class,
                () -> client.instanceAt(pizza.url()).string("name"));
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.url()).isEqualTo(pizza.url());
        assertThat(again.getMessage()).contains(pizza.url()).contains(again.error());
    }

    @Test
    @DisplayName("delete of a model that removed its delete operation is refused with 405 and deletes nothing")
    void deleteWithoutDeleteOperation() {
        RemoteModel shops = model("Shop");
        RemoteInstance shop = newShop(unique("Closing down"));
        long id = shop.longValue("id");
        assertThat(shop.operations()).doesNotContainKey("delete");

        RemoteException e = catchThrowableOfType(RemoteException.class, () -> shops.delete(shop));

        assertThat(e.method()).isEqualTo("DELETE");
        assertThat(e.status()).isEqualTo(405);
        assertThat(shops.get(Map.of("pk", id)).longValue("id")).isEqualTo(id);
    }

    @Test
    @DisplayName("a failed write throws with the method, URL, status and the server's error text")
    void failedWrite() {
        RemoteException e = catchThrowableOfType(RemoteException.class,
                () -> model("Pizza").create(Map.of("name", "x", "toppings", 3)));

        assertThat(e.method()).isEqualTo("POST");
        assertThat(e.url()).isEqualTo(server.localUrl() + "slumber_examples/Pizza/create/");
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.error()).contains("toppings");
        assertThat(e.getMessage()).contains("POST").contains(e.url()).contains("400").contains(e.error());
    }

    @Test
    @DisplayName("instances() iterates all 25 instances, newest key first, fetching each page when reached")
    void instancesLazily() {
        RemoteModel crusts = model("PizzaCrust");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String code = String.format("c%02d", i);
            crusts.create(Map.of("code", code, "full_name", "Crust " + i));
            codes.add(0, code);
        }
        RemoteList all = crusts.instances();
        assertThat(all.url()).isEqualTo(crusts.url() + "instances/");

        long before = sent();
        Iterator<RemoteInstance> iterator = all.iterator();
        assertThat(sent() - before).as("requests before the first next()").isZero();
        RemoteInstance first = iterator.next();
        assertThat(sent() - before).as("requests for the first item").isEqualTo(1);
        assertThat(first.display()).isEqualTo("Crust 24");
        assertThat(first.isLoaded()).as("a page item is fetched only when a field is used").isFalse();
        List<String> displays = new ArrayList<>(List.of(first.display()));
        for (int i = 1; i < 10; i++) {
            displays.add(iterator.next().display());
        }
        assertThat(sent() - before).as("requests for the whole first page").isEqualTo(1);
        displays.add(iterator.next().display());
        assertThat(sent() - before).as("requests once the 11th item is reached").isEqualTo(2);
        iterator.forEachRemaining(item -> displays.add(item.display()));

        assertThat(displays).hasSize(25).first().isEqualTo("Crust 24");
        assertThat(displays).last().isEqualTo("Crust 0");
        List<String> urls = crusts.instances().stream().map(RemoteInstance::url).toList();
        assertThat(urls).containsExactlyElementsOf(codes.stream()
                .map(code -> crusts.url() + "data/" + code + "/").toList());
        assertThat(crusts.instances().stream().limit(3).map(item -> item.string("full_name")))
                .containsExactly("Crust 24", "Crust 23", "Crust 22");
    }

    @Test
    @DisplayName("instances() of a model without instances is empty")
    void noInstances() {
        assertThat(client.service("pizzas").app("slumber_ex_shop").model("NestedModel").instances().toList())
                .isEmpty();
    }
}
