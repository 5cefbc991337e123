package org.slumber.examples.clienttests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.core.client.RemoteInstance;
import org.slumber.core.client.RemoteList;

@DisplayName("Remote instances of the client")
@InBothModes
class RemoteInstanceTest extends ClientTestBase {

    @Test
    @DisplayName("an instance reached by URL is fetched on the first use of a field, and only once")
    void lazyFetch() {
        String url = newPizza(unique("Lazy"), null).url();

        long before = sent();
        RemoteInstance pizza = client.instanceAt(url);
        assertThat(sent() - before).as("requests to make the reference").isZero();
        assertThat(pizza.isLoaded()).isFalse();
        assertThat(pizza.url()).isEqualTo(url);

        assertThat(pizza.string("name")).startsWith("Lazy");
        assertThat(pizza.bool("for_sale")).isFalse();
        assertThat(pizza.display()).startsWith("Lazy");
        assertThat(sent() - before).as("requests after using three fields").isEqualTo(1);
    }

    @Test
    @DisplayName("a foreign key is a remote instance that makes no request until a field is used, its display known")
    void foreignKeyLazily() {
        String shopName = unique("Corner Shop");
        RemoteInstance shop = newShop(shopName);
        String pizzaUrl = newPizza(unique("Regina"), shop).url();
        RemoteInstance pizza = client.instanceAt(pizzaUrl);
        pizza.string("name");

        long before = sent();
        RemoteInstance reference = pizza.instance("exclusive_to");
        assertThat(reference.url()).as("the mounted data URL, made absolute")
                .isEqualTo(server.origin() + "/slumber/pizzas/shop/" + shop.longValue("id") + "/");
        assertThat(reference.display()).isEqualTo(shopName);
        assertThat(reference.isLoaded()).isFalse();
        assertThat(sent() - before).as("requests to follow the key and read its display").isZero();

        assertThat(reference.string("slug")).isEqualTo(shop.string("slug"));
        assertThat(reference.longValue("id")).isEqualTo(shop.longValue("id"));
        assertThat(reference.isLoaded()).isTrue();
        assertThat(sent() - before).as("requests once fields of the shop are used").isEqualTo(1);
        assertThat(reference.referenceUrl()).isEqualTo(shop.url());
    }

    @Test
    @DisplayName("a foreign key that is null is null; its wire value is null too")
    void nullForeignKey() {
        RemoteInstance pizza = client.instanceAt(newPizza(unique("Loner"), null).url());

        assertThat(pizza.instance("exclusive_to")).isNull();
        assertThat(pizza.get("exclusive_to")).isNull();
        assertThat(pizza.integer("max_extra_toppings")).isNull();
        assertThat(pizza.string("max_extra_toppings")).isNull();
    }

    @Test
    @DisplayName("a data array is a lazily paged list that follows next_page to the end: 25 prices")
    void dataArrayOf25() {
        String name = unique("Priced");
        RemoteInstance pizza = newPizza(name, null);
        LocalDate first = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 25; i++) {
            model("PizzaPrice").create(Map.of("pizza", pizza.longValue("id"), "date", first.plusDays(i).toString()));
        }
        RemoteInstance reread = client.instanceAt(pizza.url());
        RemoteList prices = reread.dataArray("prices");
        assertThat(prices.url()).isEqualTo(pizza.url() + "prices/");

        long before = sent();
        Iterator<RemoteInstance> iterator = prices.iterator();
        RemoteInstance newest = iterator.next();
        assertThat(sent() - before).as("requests for the first item").isEqualTo(1);
        assertThat(newest.display()).isEqualTo(name + " " + first.plusDays(24));
        assertThat(newest.isLoaded()).isFalse();
        List<String> displays = new ArrayList<>(List.of(newest.display()));
        iterator.forEachRemaining(item -> displays.add(item.display()));
        assertThat(sent() - before).as("pages of 10, 10 and 5").isEqualTo(3);

        assertThat(displays).hasSize(25).doesNotHaveDuplicates().last().isEqualTo(name + " " + first);
        RemoteInstance oldest = prices.toList().get(24);
        assertThat(oldest.date("date")).isEqualTo(first);
        assertThat(oldest.instance("pizza").url()).isEqualTo(pizza.url());
    }

    @Test
    @DisplayName("a shop's data array of pizzas lists the pizzas whose foreign key points at it")
    void reverseRelation() {
        RemoteInstance shop = newShop(unique("Two pizzas"));
        String one = newPizza(unique("One"), shop).string("name");
        String two = newPizza(unique("Two"), shop).string("name");
        newPizza(unique("Elsewhere"), null);

        List<String> names = client.instanceAt(shop.url()).dataArray("pizza").stream()
                .map(RemoteInstance::display).toList();

        assertThat(names).containsExactly(two, one);
    }

    @Test
    @DisplayName("the typed accessors read strings, longs, integers, booleans, decimals and dates")
    void typedAccessors() {
        RemoteInstance pizza = model("Pizza").create(Map.of("name", unique("Typed"), "max_extra_toppings", 4));
        RemoteInstance price = model("PizzaPrice").create(Map.of("pizza", pizza.url(), "date", "2024-02-29"));
        RemoteInstance amount = model("PizzaSizePrice").create(Map.of("price", price.longValue("id"),
                "amount", "12.50", "size", "m"));
        RemoteInstance sizePrice = client.instanceAt(amount.url());

        assertThat(sizePrice.decimal("amount")).isEqualTo(new BigDecimal("12.50"));
        assertThat(sizePrice.string("amount")).isEqualTo("12.50");
        assertThat(sizePrice.string("size")).isEqualTo("m");
        assertThat(sizePrice.display()).isEqualTo("Medium " + pizza.string("name") + " : 12.50");
        assertThat(sizePrice.longValue("id")).isEqualTo(amount.longValue("id")).isPositive();
        RemoteInstance priceReference = sizePrice.instance("price");
        assertThat(priceReference.display()).isEqualTo(pizza.string("name") + " 2024-02-29");
        assertThat(priceReference.date("date")).isEqualTo(LocalDate.of(2024, 2, 29));
        RemoteInstance pizzaReference = priceReference.instance("pizza");
        assertThat(pizzaReference.integer("max_extra_toppings")).isEqualTo(4);
        assertThat(pizzaReference.longValue("max_extra_toppings")).isEqualTo(4L);
        assertThat(pizzaReference.string("max_extra_toppings")).isEqualTo("4");
        assertThat(pizzaReference.bool("for_sale")).isFalse();
        assertThat(pizzaReference.string("for_sale")).isEqualTo("false");
    }

    @Test
    @DisplayName("an instance has its operation URLs, absolute, the mounted one where data is mounted")
    void operationUrls() {
        RemoteInstance pizza = newPizza(unique("Operated"), null);
        String base = server.localUrl() + "slumber_examples/Pizza/";
        long id = pizza.longValue("id");

        assertThat(client.instanceAt(pizza.url()).operations())
                .containsEntry("data", base + "data/" + id + "/")
                .containsEntry("update", base + "update/" + id + "/")
                .containsEntry("delete", base + "delete/" + id + "/")
                .containsEntry("order", base + "order/" + id + "/");
        RemoteInstance shop = newShop(unique("Mounted"));
        long shopId = shop.longValue("id");
        assertThat(shop.url()).isEqualTo(server.localUrl() + "slumber_examples/Shop/data/" + shopId + "/");
        assertThat(client.instanceAt(shop.url()).operations())
                .containsEntry("data", server.origin() + "/slumber/pizzas/shop/" + shopId + "/")
                .containsEntry("update", server.localUrl() + "slumber_examples/Shop/update/" + shopId + "/")
                .doesNotContainKey("delete");
    }

    @Test
    @DisplayName("URLs in responses are resolved against the URL of the response they came in")
    void relativeUrls() {
        RemoteInstance shop = newShop(unique("Resolved"));
        RemoteInstance pizza = client.instanceAt(newPizza(unique("Resolving"), shop).url());

        assertThat(pizza.document().get("identity")).asString().startsWith("/slumber/pizzas/");
        assertThat(pizza.referenceUrl()).isEqualTo(pizza.url());
        assertThat(pizza.model().url()).isEqualTo(server.localUrl() + "slumber_examples/Pizza/");
        assertThat(pizza.model().name()).isEqualTo("Pizza");
        assertThat(pizza.instance("exclusive_to").url()).startsWith(server.origin() + "/slumber/pizzas/shop/");
        assertThat(pizza.dataArray("prices").url()).isEqualTo(pizza.url() + "prices/");
        assertThat(pizza.instanceAt("/slumber/pizzas/slumber_examples/Shop/data/" + shop.longValue("id") + "/")
                .string("name")).isEqualTo(shop.string("name"));
        assertThat(pizza.instanceAt("../" + pizza.longValue("id") + "/").url()).isEqualTo(pizza.url());
        assertThat(model("Pizza").instanceAt("data/" + pizza.longValue("id") + "/").string("name"))
                .isEqualTo(pizza.string("name"));
        assertThat(model("Shop").instances().stream().map(RemoteInstance::url).findFirst()).get().asString()
                .startsWith(server.origin() + "/slumber/pizzas/shop/");
    }

    @Test
    @DisplayName("a slumber:// URL of a service in the map is accepted wherever an instance URL is")
    void slumberSchemeInstance() {
        RemoteInstance pizza = newPizza(unique("Schemed"), null);
        String schemed = "slumber://pizzas/slumber_examples/Pizza/data/" + pizza.longValue("id") + "/";

        RemoteInstance reached = client.instanceAt(schemed);

        assertThat(reached.url()).isEqualTo(pizza.url());
        assertThat(reached.string("name")).isEqualTo(pizza.string("name"));
    }

    @Test
    @DisplayName("the wire value of a foreign key is the reference object with type, display and data")
    void foreignKeyWireValue() {
        RemoteInstance shop = newShop(unique("Wire"));
        RemoteInstance pizza = client.instanceAt(newPizza(unique("Wired"), shop).url());

        assertThat(pizza.get("exclusive_to")).isInstanceOfSatisfying(Map.class, reference -> {
            assertThat(reference.get("type")).isEqualTo("/slumber/pizzas/slumber_examples/Shop/");
            assertThat(reference.get("display")).isEqualTo(shop.display());
            assertThat(reference.get("data")).isEqualTo("/slumber/pizzas/shop/" + shop.longValue("id") + "/");
        });
        assertThat(pizza.fieldNames()).contains("id", "name", "for_sale", "max_extra_toppings", "exclusive_to");
    }
}
