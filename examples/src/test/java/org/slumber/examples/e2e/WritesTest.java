package org.slumber.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.examples.e2e.WriteFixtures.CRUST;
import static org.slumber.examples.e2e.WriteFixtures.ORDER;
import static org.slumber.examples.e2e.WriteFixtures.PIZZA;
import static org.slumber.examples.e2e.WriteFixtures.SHOP;
import static org.slumber.examples.e2e.WriteFixtures.SHOP_MOUNT;
import static org.slumber.examples.e2e.WriteFixtures.SIZE_PRICE;
import static org.slumber.examples.e2e.WriteFixtures.assertError;
import static org.slumber.examples.e2e.WriteFixtures.createPizza;
import static org.slumber.examples.e2e.WriteFixtures.createPrice;
import static org.slumber.examples.e2e.WriteFixtures.createShop;
import static org.slumber.examples.e2e.WriteFixtures.field;
import static org.slumber.examples.e2e.WriteFixtures.form;
import static org.slumber.examples.e2e.WriteFixtures.freshKey;
import static org.slumber.examples.e2e.WriteFixtures.json;
import static org.slumber.examples.e2e.WriteFixtures.link;
import static org.slumber.examples.e2e.WriteFixtures.ok;
import static org.slumber.examples.e2e.WriteFixtures.parallel;
import static org.slumber.examples.e2e.WriteFixtures.pizzaCount;
import static org.slumber.examples.e2e.WriteFixtures.pizzasServiceUrl;
import static org.slumber.examples.e2e.WriteFixtures.pk;
import static org.slumber.examples.e2e.WriteFixtures.slug;
import static org.slumber.examples.e2e.WriteFixtures.snapshot;
import static org.slumber.examples.e2e.WriteFixtures.unique;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Writes over HTTP")
class WritesTest {

    private static ExampleServer server;
    private static WireClient client;

    @BeforeAll
    static void start() {
        server = ExampleServer.start();
        client = server.client();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Nested
    @DisplayName("create")
    class Create {

        @Test
        @DisplayName("a JSON body answers 200 with the full instance data, its pk and created true")
        void json_body() {
            String name = unique("Hawaii");
            WireClient.Answer answer = ok(client.post(PIZZA + "create/",
                    json("name", name, "for_sale", true, "max_extra_toppings", 3)));

            long pk = pk(answer);
            assertThat(answer.body()).containsKeys("type", "identity", "display", "operations", "fields",
                    "data_arrays", "_meta");
            assertThat(answer.body().get("created")).isEqualTo(true);
            assertThat(answer.body().get("identity")).isEqualTo(PIZZA + "data/" + pk + "/");
            assertThat(answer.body().get("display")).isEqualTo(name);
            assertThat(((Number) field(answer, "id")).longValue()).isEqualTo(pk);
            assertThat(field(answer, "name")).isEqualTo(name);
            assertThat(field(answer, "for_sale")).isEqualTo(true);
            assertThat(field(answer, "max_extra_toppings")).isEqualTo(3);
            assertThat(field(answer, "exclusive_to")).isNull();

            WireClient.Answer read = client.get(PIZZA + "data/" + pk + "/");
            assertThat(read.status()).isEqualTo(200);
            assertThat(field(read, "name")).isEqualTo(name);
            assertThat(field(read, "max_extra_toppings")).isEqualTo(3);
        }

        @Test
        @DisplayName("a form-encoded body is read like JSON, its text converted to the field types")
        void form_body() {
            String name = unique("Funghi");
            WireClient.Answer answer = ok(form(client, PIZZA + "create/",
                    "name=" + name.replace(' ', '+') + "&for_sale=true&max_extra_toppings=2"));

            assertThat(answer.body().get("created")).isEqualTo(true);
            assertThat(field(answer, "name")).isEqualTo(name);
            assertThat(field(answer, "for_sale")).isEqualTo(true);
            assertThat(field(answer, "max_extra_toppings")).isEqualTo(2);
            assertThat(field(client.get(PIZZA + "data/" + pk(answer) + "/"), "for_sale")).isEqualTo(true);
        }

        @Test
        @DisplayName("a second create with the same explicit key answers created false and replaces the instance")
        void same_key_twice_replaces() {
            long key = freshKey(client, PIZZA);
            WireClient.Answer first = ok(client.post(PIZZA + "create/",
                    json("id", key, "name", unique("First"), "for_sale", true, "max_extra_toppings", 4)));
            assertThat(first.body().get("created")).isEqualTo(true);
            assertThat(pk(first)).isEqualTo(key);
            int count = pizzaCount(client);

            String second = unique("Second");
            WireClient.Answer again = ok(client.post(PIZZA + "create/", json("id", key, "name", second)));

            assertThat(again.body().get("created")).isEqualTo(false);
            assertThat(pk(again)).isEqualTo(key);
            WireClient.Answer read = client.get(PIZZA + "data/" + key + "/");
            assertThat(field(read, "name")).isEqualTo(second);
            assertThat(field(read, "for_sale")).as("default of an omitted field").isEqualTo(false);
            assertThat(field(read, "max_extra_toppings")).as("nullable omitted field").isNull();
            assertThat(pizzaCount(client)).isEqualTo(count);
            WireClient.Answer third = client.post(PIZZA + "create/", json("id", key, "name", second));
            assertThat(third.status()).as("the instance does not conflict with itself: " + third.text())
                    .isEqualTo(200);
            assertThat(third.body().get("created")).isEqualTo(false);
        }

        @Test
        @DisplayName("an explicit key leaves the key generator ahead of it, so the next generated key does not collide")
        void explicit_then_generated_key() {
            long explicit = freshKey(client, PIZZA);
            String explicitName = unique("Explicit");
            WireClient.Answer first = ok(client.post(PIZZA + "create/", json("id", explicit, "name", explicitName)));
            assertThat(pk(first)).isEqualTo(explicit);

            String generatedName = unique("Generated");
            WireClient.Answer generated = ok(client.post(PIZZA + "create/", json("name", generatedName)));

            assertThat(generated.body().get("created")).isEqualTo(true);
            assertThat(pk(generated)).isGreaterThan(explicit);
            assertThat(field(client.get(PIZZA + "data/" + explicit + "/"), "name")).isEqualTo(explicitName);
            assertThat(field(client.get(PIZZA + "data/" + pk(generated) + "/"), "name")).isEqualTo(generatedName);
        }

        @Test
        @DisplayName("a decimal given as \"12.5\" is stored and shown with its scale, as \"12.50\"")
        void decimal_keeps_scale() {
            long price = createPrice(client, createPizza(client, unique("Decimal")), "2024-05-01");
            WireClient.Answer answer = ok(client.post(SIZE_PRICE + "create/",
                    json("price", price, "amount", "12.5", "size", "m")));

            assertThat(field(answer, "amount")).isEqualTo("12.50");
            assertThat(field(client.get(SIZE_PRICE + "data/" + pk(answer) + "/"), "amount")).isEqualTo("12.50");
            WireClient.Answer number = ok(client.post(SIZE_PRICE + "create/", "{\"price\": " + price
                    + ", \"amount\": 7.5, \"size\": \"s\"}"));
            assertThat(field(number, "amount")).isEqualTo("7.50");
        }
    }

    @Nested
    @DisplayName("PUT to a data URL")
    class Put {

        @Test
        @DisplayName("answers 201 when it creates, then 200 when it replaces (the body may repeat the key)")
        void created_then_replaced() {
            long key = freshKey(client, PIZZA);
            String url = PIZZA + "data/" + key + "/";
            WireClient.Answer created = client.put(url, json("name", unique("Put"), "for_sale", true));

            assertThat(created.status()).as(created.text()).isEqualTo(201);
            assertThat(pk(created)).isEqualTo(key);
            assertThat(field(created, "for_sale")).isEqualTo(true);

            String replacement = unique("Replaced");
            WireClient.Answer replaced = ok(client.put(url, json("id", key, "name", replacement)));

            assertThat(pk(replaced)).isEqualTo(key);
            WireClient.Answer read = client.get(url);
            assertThat(field(read, "name")).isEqualTo(replacement);
            assertThat(field(read, "for_sale")).as("omitted field takes its default").isEqualTo(false);
            WireClient.Answer generated = ok(client.post(PIZZA + "create/", json("name", unique("After put"))));
            assertThat(pk(generated)).as("the generator is ahead of the PUT key").isGreaterThan(key);
        }

        @Test
        @DisplayName("a body id that contradicts the URL answers 400 and writes nothing")
        void contradicting_key() {
            long key = freshKey(client, PIZZA);
            Map<String, Object> before = snapshot(client);
            WireClient.Answer answer = client.put(PIZZA + "data/" + key + "/",
                    json("id", key + 1, "name", unique("Contradiction")));

            assertError(answer, 400);
            assertThat(snapshot(client)).isEqualTo(before);
        }
    }

    @Nested
    @DisplayName("update")
    class Update {

        @Test
        @DisplayName("answers {\"self\": {\"url\": <data url>}} and changes only the given fields")
        void changes_given_fields() {
            String name = unique("Update");
            WireClient.Answer created = client.post(PIZZA + "create/", json("name", name, "for_sale", true));
            long pk = pk(created);

            WireClient.Answer answer = ok(client.post(PIZZA + "update/" + pk + "/", json("max_extra_toppings", 5)));

            assertThat(answer.body().get("self")).isEqualTo(Map.of("url", PIZZA + "data/" + pk + "/"));
            WireClient.Answer read = client.get(PIZZA + "data/" + pk + "/");
            assertThat(field(read, "max_extra_toppings")).isEqualTo(5);
            assertThat(field(read, "name")).isEqualTo(name);
            assertThat(field(read, "for_sale")).isEqualTo(true);
        }

        @Test
        @DisplayName("of an instance that does not exist answers 404")
        void missing_instance() {
            Map<String, Object> before = snapshot(client);
            assertError(client.post(PIZZA + "update/987654/", json("name", unique("Ghost"))), 404);
            assertThat(snapshot(client)).isEqualTo(before);
        }

        @Test
        @DisplayName("with one bad value among good ones changes nothing at all")
        void all_or_nothing() {
            String name = unique("Whole");
            long pk = createPizza(client, name);
            Map<String, Object> before = snapshot(client);

            WireClient.Answer answer = client.post(PIZZA + "update/" + pk + "/",
                    json("name", unique("Half"), "for_sale", true, "max_extra_toppings", "lots"));

            assertError(answer, 400);
            assertThat(snapshot(client)).isEqualTo(before);
        }
    }

    @Nested
    @DisplayName("delete")
    class Delete {

        @Test
        @DisplayName("POST to delete answers {\"deleted\": true}, then the data URL answers 404")
        void delete_operation() {
            long pk = createPizza(client, unique("Doomed"));
            WireClient.Answer answer = ok(client.post(PIZZA + "delete/" + pk + "/", ""));

            assertThat(answer.body().get("deleted")).isEqualTo(true);
            assertError(client.get(PIZZA + "data/" + pk + "/"), 404);
        }

        @Test
        @DisplayName("DELETE of a data URL answers 200, then 404 for the same URL")
        void http_delete() {
            long pk = createPizza(client, unique("Deleted"));
            String url = PIZZA + "data/" + pk + "/";

            WireClient.Answer answer = ok(client.delete(url));

            assertError(client.get(url), 404);
            assertError(client.delete(url), 404);
        }
    }

    @Nested
    @DisplayName("a model with a character key (PizzaCrust)")
    class CharacterKey {

        @Test
        @DisplayName("PUT /PizzaCrust/data/thn/ answers 201 and the crust is found under its code")
        void put_by_code() {
            WireClient.Answer answer = client.put(CRUST + "data/thn/", json("full_name", "Thin and crispy"));

            assertThat(answer.status()).as(answer.text()).isEqualTo(201);
            assertThat(answer.body().get("pk")).isEqualTo("thn");
            WireClient.Answer read = client.get(CRUST + "data/thn/");
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.body().get("display")).isEqualTo("Thin and crispy");
            assertThat(field(read, "code")).isEqualTo("thn");
        }

        @Test
        @DisplayName("create with the code answers created true, and get finds it")
        void create_with_code() {
            WireClient.Answer answer = ok(client.post(CRUST + "create/", json("code", "dee", "full_name", "Deep pan")));

            assertThat(answer.body().get("pk")).isEqualTo("dee");
            assertThat(answer.body().get("created")).isEqualTo(true);
            WireClient.Answer got = ok(client.get(CRUST + "get/?code=dee"));
            assertThat(field(got, "full_name")).isEqualTo("Deep pan");
            assertThat(got.body().get("identity")).isEqualTo(CRUST + "data/dee/");
        }

        @Test
        @DisplayName("create without the code answers 400, as the key is not generated")
        void create_without_code() {
            Map<String, Object> before = snapshot(client);
            assertError(client.post(CRUST + "create/", json("full_name", "Nameless")), 400);
            assertThat(snapshot(client)).isEqualTo(before);
        }
    }

    @Nested
    @DisplayName("a foreign key")
    class ForeignKeys {

        private WireClient.Answer pizzaWithShop(Object shop) {
            return ok(client.post(PIZZA + "create/", json("name", unique("Linked"), "exclusive_to", shop)));
        }

        @Test
        @DisplayName("is written as the target's key and shown as a link to the Shop's mounted data URL")
        void as_key() {
            String shopName = unique("Corner");
            long shop = createShop(client, shopName, slug());
            WireClient.Answer answer = pizzaWithShop(shop);

            assertThat(link(answer, "exclusive_to")).isEqualTo(SHOP_MOUNT + shop + "/");
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) field(client.get(PIZZA + "data/" + pk(answer) + "/"),
                    "exclusive_to");
            assertThat(data).containsEntry("display", shopName).containsEntry("type", SHOP);
        }

        @Test
        @DisplayName("is written as the absolute path of the standard or mounted data URL, or as an absolute URL")
        void as_path_or_url() {
            long shop = createShop(client, unique("Addressed"), slug());
            for (String address : List.of(SHOP + "data/" + shop + "/", SHOP_MOUNT + shop + "/",
                    server.origin() + SHOP + "data/" + shop + "/", server.origin() + SHOP_MOUNT + shop + "/")) {
                assertThat(link(pizzaWithShop(address), "exclusive_to")).as(address).isEqualTo(SHOP_MOUNT + shop + "/");
            }
        }

        @Test
        @DisplayName("is written as null, and an update to null clears it")
        void as_null() {
            assertThat(field(pizzaWithShop(null), "exclusive_to")).isNull();

            long shop = createShop(client, unique("Cleared"), slug());
            long pizza = pk(pizzaWithShop(shop));
            WireClient.Answer update = ok(client.post(PIZZA + "update/" + pizza + "/", json("exclusive_to", null)));
            assertThat(field(client.get(PIZZA + "data/" + pizza + "/"), "exclusive_to")).isNull();
        }

        @Test
        @DisplayName("to an instance that does not exist answers 400 and writes nothing")
        void to_missing_instance() {
            Map<String, Object> before = snapshot(client);

            assertError(client.post(PIZZA + "create/", json("name", unique("Orphan"), "exclusive_to", 987654)), 400);
            assertError(client.post(PIZZA + "create/",
                    json("name", unique("Orphan"), "exclusive_to", SHOP + "data/987654/")), 400);
            assertError(client.post(PIZZA + "create/",
                    json("name", unique("Orphan"), "exclusive_to", PIZZA + "data/1/")), 400);

            assertThat(snapshot(client)).isEqualTo(before);
        }
    }

    @Nested
    @DisplayName("a write that breaks a unique constraint")
    class UniqueConstraints {

        @Test
        @DisplayName("two pizzas with the same name: 409 naming the field, nothing written")
        void pizza_name() {
            String name = unique("Twin");
            createPizza(client, name);
            Map<String, Object> before = snapshot(client);

            WireClient.Answer answer = client.post(PIZZA + "create/", json("name", name));

            assertError(answer, 409);
            assertThat(answer.error()).contains("name");
            assertThat(snapshot(client)).isEqualTo(before);
        }

        @Test
        @DisplayName("two shops with the same slug: 409 naming the field, nothing written")
        void shop_slug() {
            String slug = slug();
            createShop(client, unique("Original"), slug);
            Map<String, Object> before = snapshot(client);

            WireClient.Answer answer = client.post(SHOP + "create/", json("name", unique("Copy"), "slug", slug));

            assertError(answer, 409);
            assertThat(answer.error()).contains("slug");
            assertThat(snapshot(client)).isEqualTo(before);
        }

        @Test
        @DisplayName("two size prices with the same (price, size): 409 naming both fields, nothing written")
        void size_price_together() {
            long price = createPrice(client, createPizza(client, unique("Sized")), "2024-06-01");
            WireClient.Answer first = ok(client.post(SIZE_PRICE + "create/", json("price", price, "amount", "9.00",
                    "size", "l")));
            Map<String, Object> before = snapshot(client);

            WireClient.Answer answer = client.post(SIZE_PRICE + "create/", json("price", price, "amount", "10.00",
                    "size", "l"));

            assertError(answer, 409);
            assertThat(answer.error()).contains("price").contains("size");
            assertThat(snapshot(client)).isEqualTo(before);
        }

        @Test
        @DisplayName("an update or PUT that would duplicate a name: 409, the instance unchanged")
        void update_and_put() {
            String taken = unique("Taken");
            createPizza(client, taken);
            long other = createPizza(client, unique("Other"));
            Map<String, Object> before = snapshot(client);

            WireClient.Answer update = client.post(PIZZA + "update/" + other + "/",
                    json("name", taken, "for_sale", true));
            WireClient.Answer put = client.put(PIZZA + "data/" + other + "/", json("name", taken));

            assertError(update, 409);
            assertThat(update.error()).contains("name");
            assertError(put, 409);
            assertThat(put.error()).contains("name");
            assertThat(snapshot(client)).isEqualTo(before);
        }
    }

    @Nested
    @DisplayName("concurrent writes")
    class Concurrency {

        @Test
        @DisplayName("creating the same name at once: exactly one 200, the others 409, never 500")
        void same_name_race() throws Exception {
            String name = unique("Race");
            int before = pizzaCount(client);

            List<WireClient.Answer> answers = parallel(8, i -> client.post(PIZZA + "create/",
                    json("name", name, "max_extra_toppings", i)));

            assertThat(answers).extracting(WireClient.Answer::status).containsOnly(200, 409);
            assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(1);
            answers.stream().filter(a -> a.status() == 409).forEach(a -> assertError(a, 409));
            assertThat(pizzaCount(client)).isEqualTo(before + 1);
        }

        @Test
        @DisplayName("creating without keys at once gives every instance its own key")
        void generated_keys_race() throws Exception {
            List<WireClient.Answer> answers = parallel(8, i -> client.post(PIZZA + "create/",
                    json("name", unique("Parallel"))));

            assertThat(answers).extracting(WireClient.Answer::status).containsOnly(200);
            assertThat(answers).extracting(WriteFixtures::pk).doesNotHaveDuplicates();
        }
    }

    @Nested
    @DisplayName("Order's remote foreign key")
    class RemoteForeignKey {

        @Test
        @DisplayName("accepts a slumber:// URL and shows the absolute URL of the remote instance")
        void slumber_url() {
            WireClient.Answer answer = ok(client.post(ORDER + "create/",
                    json("shop", "slumber://pizzas/slumber_examples/Shop/data/1/")));

            String expected = pizzasServiceUrl(client) + "slumber_examples/Shop/data/1/";
            assertThat(field(answer, "shop")).isEqualTo(expected);
            assertThat(field(answer, "nested")).isNull();
            assertThat(field(client.get(ORDER + "data/" + pk(answer) + "/"), "shop")).isEqualTo(expected);
        }

        @Test
        @DisplayName("accepts an absolute http URL and shows it back")
        void absolute_url() {
            String url = pizzasServiceUrl(client) + "slumber_examples/Shop/data/1/";
            WireClient.Answer answer = ok(client.post(ORDER + "create/", json("shop", url)));

            assertThat(field(answer, "shop")).isEqualTo(url);
            assertThat(field(client.get(ORDER + "data/" + pk(answer) + "/"), "shop")).isEqualTo(url);
        }

        @Test
        @DisplayName("refuses a missing value, a non-URL and a non-string with 400, writing nothing")
        void refused_values() {
            Map<String, Object> before = snapshot(client);

            assertError(client.post(ORDER + "create/", json()), 400);
            assertError(client.post(ORDER + "create/", json("shop", "Shop 1")), 400);
            assertError(client.post(ORDER + "create/", json("shop", 1)), 400);

            assertThat(snapshot(client)).isEqualTo(before);
        }
    }

    @Nested
    @DisplayName("each operation is applied whole or not at all")
    class Atomicity {

        @Test
        @DisplayName("a create whose last field is bad writes none of the others")
        void create() {
            Map<String, Object> before = snapshot(client);
            assertError(client.post(PIZZA + "create/",
                    json("name", unique("Partial"), "for_sale", true, "exclusive_to", 987654)), 400);
            assertThat(snapshot(client)).isEqualTo(before);
        }

        @Test
        @DisplayName("a PUT that replaces with a bad value leaves the old instance as it was")
        void put_replace() {
            long key = freshKey(client, PIZZA);
            String url = PIZZA + "data/" + key + "/";
            assertThat(client.put(url, json("name", unique("Stable"), "for_sale", true)).status()).isEqualTo(201);
            Map<String, Object> before = snapshot(client);

            assertError(client.put(url, json("name", unique("Unstable"), "max_extra_toppings", "many")), 400);

            assertThat(snapshot(client)).isEqualTo(before);
        }
    }
}
