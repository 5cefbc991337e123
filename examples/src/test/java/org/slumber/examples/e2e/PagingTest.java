package org.slumber.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.examples.e2e.ReadFixtures.AUTH;
import static org.slumber.examples.e2e.ReadFixtures.HAL_TYPE;
import static org.slumber.examples.e2e.ReadFixtures.JSON_TYPE;
import static org.slumber.examples.e2e.ReadFixtures.assertError;
import static org.slumber.examples.e2e.ReadFixtures.authData;
import static org.slumber.examples.e2e.ReadFixtures.authModel;
import static org.slumber.examples.e2e.ReadFixtures.body200;
import static org.slumber.examples.e2e.ReadFixtures.data;
import static org.slumber.examples.e2e.ReadFixtures.describe;
import static org.slumber.examples.e2e.ReadFixtures.list;
import static org.slumber.examples.e2e.ReadFixtures.model;
import static org.slumber.examples.e2e.ReadFixtures.obj;
import static org.slumber.examples.e2e.ReadFixtures.ok;
import static org.slumber.examples.e2e.ReadFixtures.pkOf;
import static org.slumber.examples.e2e.ReadFixtures.shopData;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Paged lists: instances, data arrays and the HAL list")
class PagingTest {

    private static final String HAL = "/slumber/shops/mount2/";

    private static ExampleServer server;
    private static WireClient client;
    /** pk -> name of the 25 pizzas. */
    private static final Map<Integer, String> PIZZAS = new LinkedHashMap<>();
    /** pk -> name of the 12 shops. */
    private static final Map<Integer, String> SHOPS = new LinkedHashMap<>();
    /** pk -> date of the 25 prices of the first pizza. */
    private static final Map<Integer, String> PRICES = new LinkedHashMap<>();
    private static int firstShop;
    private static int secondShop;
    private static int firstPizza;
    private static int secondPizza;
    private static int thirdPizza;
    private static final List<Integer> SHOP_PIZZAS = new ArrayList<>();
    private static final List<Integer> TEN_PRICES = new ArrayList<>();

    @BeforeAll
    static void start() {
        server = ExampleServer.start();
        client = server.client();
        for (int i = 1; i <= 12; i++) {
            String name = String.format("Shop %02d", i);
            SHOPS.put(ReadFixtures.shop(client, name, String.format("shop-%02d", i)), name);
        }
        firstShop = SHOPS.keySet().iterator().next();
        secondShop = new ArrayList<>(SHOPS.keySet()).get(1);
        for (int i = 1; i <= 25; i++) {
            String name = String.format("Pizza %02d", i);
            int pk = ReadFixtures.pizza(client, name, i <= 3 ? firstShop : null);
            PIZZAS.put(pk, name);
            if (i <= 3) {
                SHOP_PIZZAS.add(pk);
            }
        }
        List<Integer> pizzas = new ArrayList<>(PIZZAS.keySet());
        firstPizza = pizzas.get(0);
        secondPizza = pizzas.get(1);
        thirdPizza = pizzas.get(2);
        for (int day = 1; day <= 25; day++) {
            String date = String.format("2024-01-%02d", day);
            PRICES.put(ReadFixtures.price(client, firstPizza, date), date);
        }
        for (int day = 1; day <= 10; day++) {
            TEN_PRICES.add(ReadFixtures.price(client, secondPizza, String.format("2024-03-%02d", day)));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<Integer> descending(Iterable<Integer> keys) {
        List<Integer> sorted = new ArrayList<>();
        keys.forEach(sorted::add);
        sorted.sort(Comparator.reverseOrder());
        return sorted;
    }

    private static List<Object> items(List<Integer> keys, IntFunction<Map<String, Object>> item) {
        List<Object> items = new ArrayList<>();
        keys.forEach(key -> items.add(item.apply(key)));
        return items;
    }

    private static Map<String, Object> pizzaItem(int pk) {
        return obj("pk", pk, "display", PIZZAS.get(pk), "data", data("Pizza", pk));
    }

    private static Map<String, Object> priceItem(int pk) {
        return obj("type", model("PizzaPrice"), "pk", pk, "display", "Pizza 01 " + PRICES.get(pk),
                "data", data("PizzaPrice", pk));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> page(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("page");
    }

    @Nested
    @DisplayName("instances/")
    class Instances {

        private final String url = model("Pizza") + "instances/";
        private final List<Integer> keys = descending(PIZZAS.keySet());

        @Test
        @DisplayName("gives the first 10 pizzas, key descending, with next_page ?start_after=<last pk>")
        void firstPage() {
            assertThat(body200(client.get(url))).isEqualTo(ok(obj(
                    "model", model("Pizza"),
                    "page", items(keys.subList(0, 10), PagingTest::pizzaItem),
                    "next_page", url + "?start_after=" + keys.get(9))));
        }

        @Test
        @DisplayName("gives the next 10 after ?start_after=<pk>")
        void secondPage() {
            assertThat(body200(client.get(url + "?start_after=" + keys.get(9)))).isEqualTo(ok(obj(
                    "model", model("Pizza"),
                    "page", items(keys.subList(10, 20), PagingTest::pizzaItem),
                    "next_page", url + "?start_after=" + keys.get(19))));
        }

        @Test
        @DisplayName("still has next_page on the last, partial page (compatible quirk)")
        void lastPartialPage() {
            assertThat(body200(client.get(url + "?start_after=" + keys.get(19)))).isEqualTo(ok(obj(
                    "model", model("Pizza"),
                    "page", items(keys.subList(20, 25), PagingTest::pizzaItem),
                    "next_page", url + "?start_after=" + keys.get(24))));
        }

        @Test
        @DisplayName("has no next_page on an empty page")
        void emptyPage() {
            assertThat(body200(client.get(url + "?start_after=" + keys.get(24))))
                    .isEqualTo(ok(obj("model", model("Pizza"), "page", list())));
        }

        @Test
        @DisplayName("following next_page visits all 25 pizzas exactly once, key descending, then stops")
        void followAll() {
            List<Integer> seen = new ArrayList<>();
            String next = url;
            int requests = 0;
            while (next != null && requests < 10) {
                Map<String, Object> body = body200(client.get(next));
                requests++;
                page(body).forEach(item -> seen.add((Integer) item.get("pk")));
                next = (String) body.get("next_page");
            }
            assertThat(seen).containsExactlyElementsOf(keys);
            assertThat(requests).as("three full or partial pages, then one empty page").isEqualTo(4);
        }

        @Test
        @DisplayName("of Shop links each item to the Shop's mounted data URL")
        void mountedDataUrls() {
            List<Integer> shops = descending(SHOPS.keySet());
            String shopsUrl = model("Shop") + "instances/";
            assertThat(body200(client.get(shopsUrl))).isEqualTo(ok(obj(
                    "model", model("Shop"),
                    "page", items(shops.subList(0, 10),
                            pk -> obj("pk", pk, "display", SHOPS.get(pk), "data", shopData(pk))),
                    "next_page", shopsUrl + "?start_after=" + shops.get(9))));
        }

        @ParameterizedTest(name = "?start_after={0} gives 400")
        @ValueSource(strings = {"abc", "1.5", "1e3", "%20", "99999999999999999999"})
        @DisplayName("answers 400 to a start_after that is not a key")
        void badStartAfter(String startAfter) {
            assertError(client.get(url + "?start_after=" + startAfter), 400);
        }
    }

    @Nested
    @DisplayName("A data array")
    class DataArrays {

        private final String prices = data("Pizza", firstPizza) + "prices/";
        private final List<Integer> keys = descending(PRICES.keySet());

        @Test
        @DisplayName("prices of a pizza with 25 prices: first page of 10, items with type, pk, display, data")
        void firstPage() {
            assertThat(body200(client.get(prices))).isEqualTo(ok(obj(
                    "instance", data("Pizza", firstPizza),
                    "page", items(keys.subList(0, 10), PagingTest::priceItem),
                    "next_page", prices + "?start_after=" + keys.get(9))));
        }

        @Test
        @DisplayName("prices: the middle page has next_page, the last partial page has none")
        void laterPages() {
            assertThat(body200(client.get(prices + "?start_after=" + keys.get(9)))).isEqualTo(ok(obj(
                    "instance", data("Pizza", firstPizza),
                    "page", items(keys.subList(10, 20), PagingTest::priceItem),
                    "next_page", prices + "?start_after=" + keys.get(19))));
            assertThat(body200(client.get(prices + "?start_after=" + keys.get(19)))).isEqualTo(ok(obj(
                    "instance", data("Pizza", firstPizza),
                    "page", items(keys.subList(20, 25), PagingTest::priceItem))));
        }

        @Test
        @DisplayName("following next_page visits all 25 prices exactly once, key descending")
        void followAll() {
            List<Integer> seen = new ArrayList<>();
            String next = prices;
            int requests = 0;
            while (next != null && requests < 10) {
                Map<String, Object> body = body200(client.get(next));
                requests++;
                page(body).forEach(item -> seen.add((Integer) item.get("pk")));
                next = (String) body.get("next_page");
            }
            assertThat(seen).containsExactlyElementsOf(keys);
            assertThat(requests).isEqualTo(3);
        }

        @Test
        @DisplayName("with exactly 10 items is one page without next_page")
        void exactlyOnePage() {
            Map<String, Object> body = body200(client.get(data("Pizza", secondPizza) + "prices/"));
            assertThat(body.keySet()).containsExactlyInAnyOrder("instance", "page", "_meta");
            assertThat(page(body)).extracting(item -> item.get("pk"))
                    .containsExactlyElementsOf(descending(TEN_PRICES));
        }

        @Test
        @DisplayName("that is empty gives an empty page without next_page")
        void empty() {
            assertThat(body200(client.get(data("Pizza", thirdPizza) + "prices/")))
                    .isEqualTo(ok(obj("instance", data("Pizza", thirdPizza), "page", list())));
        }

        @Test
        @DisplayName("pizza of a Shop (reverse foreign key, default related name) lists its pizzas only")
        void shopPizzas() {
            Map<String, Object> expected = ok(obj(
                    "instance", shopData(firstShop),
                    "page", items(descending(SHOP_PIZZAS), pk -> obj("type", model("Pizza"), "pk", pk,
                            "display", PIZZAS.get(pk), "data", data("Pizza", pk)))));
            assertThat(body200(client.get(data("Shop", firstShop) + "pizza/"))).isEqualTo(expected);
            assertThat(body200(client.get(shopData(firstShop) + "pizza/"))).isEqualTo(expected);
            assertThat(body200(client.get(data("Shop", secondShop) + "pizza/")))
                    .isEqualTo(ok(obj("instance", shopData(secondShop), "page", list())));
        }

        @Test
        @DisplayName("groups of user baker (many-to-many) lists the group kitchen")
        void userGroups() {
            int baker = pkOf(client, authModel("User"), "username=baker");
            int kitchen = pkOf(client, authModel("Group"), "name=kitchen");
            assertThat(body200(client.get(authData("User", baker) + "groups/"))).isEqualTo(ok(obj(
                    "instance", authData("User", baker),
                    "page", list(obj("type", authModel("Group"), "pk", kitchen, "display", "kitchen",
                            "data", authData("Group", kitchen))))));
        }

        @Test
        @DisplayName("user_permissions of user baker lists its two direct permissions, key descending")
        void userPermissions() {
            int baker = pkOf(client, authModel("User"), "username=baker");
            int add = pkOf(client, authModel("Permission"), "app_label=slumber_examples&codename=add_pizza");
            int change = pkOf(client, authModel("Permission"), "app_label=slumber_examples&codename=change_pizza");
            List<Object> expected = new ArrayList<>();
            for (int pk : descending(List.of(add, change))) {
                expected.add(obj("type", authModel("Permission"), "pk", pk,
                        "display", pk == add ? "slumber_examples.add_pizza" : "slumber_examples.change_pizza",
                        "data", authData("Permission", pk)));
            }
            assertThat(body200(client.get(authData("User", baker) + "user_permissions/")))
                    .isEqualTo(ok(obj("instance", authData("User", baker), "page", expected)));
        }

        @Test
        @DisplayName("profile of a User (reverse foreign key from Profile) lists the user's profiles")
        void userProfile() {
            int user = pkOf(client, authModel("User"), "username=user");
            int profile = (Integer) ReadFixtures.create(client, "Profile", "{\"user\": " + user + "}");
            assertThat(body200(client.get(authData("User", user) + "profile/"))).isEqualTo(ok(obj(
                    "instance", authData("User", user),
                    "page", list(obj("type", model("Profile"), "pk", profile, "display", "Profile object",
                            "data", data("Profile", profile))))));
        }

        @Test
        @DisplayName("groups of user 'user', who is in none, is an empty page")
        void noGroups() {
            int user = pkOf(client, authModel("User"), "username=user");
            assertThat(body200(client.get(authData("User", user) + "groups/")))
                    .isEqualTo(ok(obj("instance", authData("User", user), "page", list())));
        }

        @Test
        @DisplayName("permissions of group kitchen lists slumber_examples.add_pizzaprice")
        void groupPermissions() {
            int kitchen = pkOf(client, authModel("Group"), "name=kitchen");
            int permission = pkOf(client, authModel("Permission"), "app_label=slumber_examples&codename=add_pizzaprice");
            assertThat(body200(client.get(authData("Group", kitchen) + "permissions/"))).isEqualTo(ok(obj(
                    "instance", authData("Group", kitchen),
                    "page", list(obj("type", authModel("Permission"), "pk", permission,
                            "display", "slumber_examples.add_pizzaprice", "data", authData("Permission", permission))))));
        }

        @Test
        @DisplayName("answers 404 for an unknown data array, and for the array of a missing instance")
        void notFound() {
            assertError(client.get(data("Pizza", firstPizza) + "toppings/"), 404);
            assertError(client.get(data("Pizza", firstPizza) + "name/"), 404);
            assertError(client.get(data("Pizza", 999999) + "prices/"), 404);
            assertError(client.get(shopData(999999) + "pizza/"), 404);
        }

        @Test
        @DisplayName("answers 400 to a start_after that is not a key")
        void badStartAfter() {
            assertError(client.get(prices + "?start_after=abc"), 400);
        }
    }

    @Nested
    @DisplayName("The HAL instance list at /slumber/shops/mount2/")
    class HalList {

        private final List<Integer> keys = descending(SHOPS.keySet());

        private Map<String, Object> halItem(int pk) {
            return obj("_links", obj("self", obj("href", shopData(pk))), "display", SHOPS.get(pk));
        }

        private WireClient.Answer getHal(String url) {
            return client.send("GET", url, null, Map.of("Accept", "application/hal+json"));
        }

        @Test
        @DisplayName("gives the first 10 shops, HAL only (no _meta), with a next link ?lpk=<last pk>")
        void firstPage() {
            WireClient.Answer answer = getHal(HAL);
            assertThat(answer.status()).as(describe(answer)).isEqualTo(200);
            assertThat(answer.body()).isEqualTo(obj(
                    "_links", obj(
                            "self", obj("href", HAL),
                            "model", obj("href", model("Shop")),
                            "next", obj("href", HAL + "?lpk=" + keys.get(9))),
                    "_embedded", obj("page", items(keys.subList(0, 10), this::halItem))));
        }

        @Test
        @DisplayName("gives the rest after ?lpk=<pk>, without a next link when no more follow")
        void lastPage() {
            WireClient.Answer answer = getHal(HAL + "?lpk=" + keys.get(9));
            assertThat(answer.status()).as(describe(answer)).isEqualTo(200);
            assertThat(answer.body()).isEqualTo(obj(
                    "_links", obj(
                            "self", obj("href", HAL),
                            "model", obj("href", model("Shop"))),
                    "_embedded", obj("page", items(keys.subList(10, 12), this::halItem))));
        }

        @Test
        @DisplayName("is application/hal+json when Accept asks for it")
        void halContentType() {
            assertThat(getHal(HAL).header("Content-Type")).isEqualTo(HAL_TYPE);
            assertThat(client.send("GET", HAL, null, Map.of("Accept", "application/hal+json, application/json;q=0.5"))
                    .header("Content-Type")).isEqualTo(HAL_TYPE);
        }

        @Test
        @DisplayName("is application/json, with the same HAL body, when Accept does not ask for HAL")
        void jsonContentType() {
            Map<String, Object> hal = getHal(HAL).body();
            for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("Accept", "application/json"),
                    Map.of("Accept", "*/*"))) {
                WireClient.Answer answer = client.send("GET", HAL, null, headers);
                assertThat(answer.status()).as(describe(answer)).isEqualTo(200);
                assertThat(answer.header("Content-Type")).as("with %s", headers).isEqualTo(JSON_TYPE);
                assertThat(answer.body()).as("with %s", headers).isEqualTo(hal);
            }
        }

        @Test
        @DisplayName("answers 400 JSON to an lpk that is not a key")
        void badLpk() {
            assertError(client.get(HAL + "?lpk=abc"), 400);
        }
    }
}
