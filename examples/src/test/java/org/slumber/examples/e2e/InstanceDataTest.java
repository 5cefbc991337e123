package org.slumber.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.slumber.examples.e2e.ReadFixtures.AUTH;
import static org.slumber.examples.e2e.ReadFixtures.EX;
import static org.slumber.examples.e2e.ReadFixtures.ROOT;
import static org.slumber.examples.e2e.ReadFixtures.assertError;
import static org.slumber.examples.e2e.ReadFixtures.authData;
import static org.slumber.examples.e2e.ReadFixtures.authModel;
import static org.slumber.examples.e2e.ReadFixtures.body200;
import static org.slumber.examples.e2e.ReadFixtures.create;
import static org.slumber.examples.e2e.ReadFixtures.data;
import static org.slumber.examples.e2e.ReadFixtures.instanceOps;
import static org.slumber.examples.e2e.ReadFixtures.list;
import static org.slumber.examples.e2e.ReadFixtures.model;
import static org.slumber.examples.e2e.ReadFixtures.obj;
import static org.slumber.examples.e2e.ReadFixtures.ok;
import static org.slumber.examples.e2e.ReadFixtures.pkOf;
import static org.slumber.examples.e2e.ReadFixtures.ref;
import static org.slumber.examples.e2e.ReadFixtures.shopData;
import static org.slumber.examples.e2e.ReadFixtures.value;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Instance data documents and the get operation")
class InstanceDataTest {

    private static final String LONG = "java.lang.Long";
    private static final String STRING = "java.lang.String";
    private static final String BOOLEAN = "java.lang.Boolean";

    private static ExampleServer server;
    private static WireClient client;
    private static int home;
    private static int margherita;
    private static int plain;
    private static int january;
    private static int february;
    private static int plainFebruary;
    private static int small;
    private static int medium;
    private static int order;
    private static int absoluteOrder;
    private static int baker;
    private static int profile;

    @BeforeAll
    static void start() {
        server = ExampleServer.start();
        client = server.client();
        home = ReadFixtures.shop(client, "Home", "home");
        create(client, "Shop", "{\"name\": \"Away\", \"slug\": \"away\", \"active\": true}");
        margherita = (Integer) create(client, "Pizza", "{\"name\": \"Margherita\", \"for_sale\": true, "
                + "\"max_extra_toppings\": 3, \"exclusive_to\": " + home + "}");
        plain = ReadFixtures.pizza(client, "Plain", null);
        january = ReadFixtures.price(client, margherita, "2024-01-02");
        february = ReadFixtures.price(client, margherita, "2024-02-03");
        plainFebruary = ReadFixtures.price(client, plain, "2024-02-03");
        small = (Integer) create(client, "PizzaSizePrice",
                "{\"price\": " + january + ", \"amount\": \"12.50\", \"size\": \"s\"}");
        medium = (Integer) create(client, "PizzaSizePrice",
                "{\"price\": " + january + ", \"amount\": \"8.00\", \"size\": \"m\"}");
        create(client, "PizzaCrust", "{\"code\": \"thn\", \"full_name\": \"Thin and crispy\"}");
        order = (Integer) create(client, "Order",
                "{\"shop\": \"slumber://pizzas/slumber_examples/Shop/data/" + home + "/\"}");
        absoluteOrder = (Integer) create(client, "Order", "{\"shop\": \"" + localShopUrl() + "\", "
                + "\"nested\": \"" + localNestedUrl() + "\"}");
        for (String code : new String[] {"a b", "a/b", "\u00e9t\u00e9"}) {
            create(client, "PizzaCrust", "{\"code\": \"" + code + "\", \"full_name\": \"Crust " + code + "\"}");
        }
        ReadFixtures.pizza(client, "Quattro Stagioni", null);
        assertThat(client.put(ROOT + "slumber_ex_shop/NestedModel/data/5/", "{}").status()).isEqualTo(201);
        baker = pkOf(client, authModel("User"), "username=baker");
        profile = (Integer) create(client, "Profile", "{\"user\": " + baker + "}");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The absolute URL of NestedModel 5 (created in the setup), as a remote service would name it. */
    private static String localNestedUrl() {
        return "http://localhost:" + server.port() + "/slumber/pizzas/slumber_ex_shop/NestedModel/data/5/";
    }

    /** The absolute URL of the shop Home's instance, as a remote service would name it. */
    private static String localShopUrl() {
        return "http://localhost:" + server.port() + "/slumber/pizzas/slumber_examples/Shop/data/" + home + "/";
    }

    private static Map<String, Object> get(String url) {
        return body200(client.get(url));
    }

    private static Map<String, Object> margheritaDocument() {
        Map<String, Object> operations = instanceOps("Pizza", margherita);
        operations.put("order", EX + "Pizza/order/" + margherita + "/");
        return ok(obj(
                "type", model("Pizza"),
                "identity", data("Pizza", margherita),
                "display", "Margherita",
                "operations", operations,
                "fields", obj(
                        "id", value(margherita, LONG),
                        "name", value("Margherita", STRING),
                        "for_sale", value(true, BOOLEAN),
                        "max_extra_toppings", value(3, "java.lang.Integer"),
                        "exclusive_to", obj("data", ref(model("Shop"), "Home", shopData(home)),
                                "kind", "object", "type", model("Shop"))),
                "data_arrays", obj("prices", data("Pizza", margherita) + "prices/")));
    }

    private static Map<String, Object> homeDocument() {
        return ok(obj(
                "type", model("Shop"),
                "identity", data("Shop", home),
                "display", "Home",
                "operations", obj("data", shopData(home), "update", EX + "Shop/update/" + home + "/"),
                "fields", obj(
                        "id", value(home, LONG),
                        "name", value("Home", STRING),
                        "slug", value("home", STRING),
                        "active", value(null, BOOLEAN),
                        "web_address", obj("data", "http://www.example.com/home/", "kind", "property",
                                "type", "slumber_examples.Shop.web_address")),
                "data_arrays", obj("pizza", data("Shop", home) + "pizza/")));
    }

    private static Map<String, Object> priceDocument(int pk, String pizzaName, int pizza, String date) {
        return ok(obj(
                "type", model("PizzaPrice"),
                "identity", data("PizzaPrice", pk),
                "display", pizzaName + " " + date,
                "operations", instanceOps("PizzaPrice", pk),
                "fields", obj(
                        "id", value(pk, LONG),
                        "pizza", obj("data", ref(model("Pizza"), pizzaName, data("Pizza", pizza)),
                                "kind", "object", "type", model("Pizza")),
                        "date", value(date, "java.time.LocalDate")),
                "data_arrays", obj("amounts", data("PizzaPrice", pk) + "amounts/")));
    }

    private static Map<String, Object> sizePriceDocument(int pk, String sizeName, String amount, String size) {
        return ok(obj(
                "type", model("PizzaSizePrice"),
                "identity", data("PizzaSizePrice", pk),
                "display", sizeName + " Margherita : " + amount,
                "operations", instanceOps("PizzaSizePrice", pk),
                "fields", obj(
                        "id", value(pk, LONG),
                        "price", obj("data", ref(model("PizzaPrice"), "Margherita 2024-01-02",
                                data("PizzaPrice", january)), "kind", "object", "type", model("PizzaPrice")),
                        "amount", value(amount, "java.math.BigDecimal"),
                        "size", value(size, STRING)),
                "data_arrays", obj()));
    }

    @Nested
    @DisplayName("of a Pizza")
    class Pizzas {

        @Test
        @DisplayName("with an exclusive_to Shop: the foreign key shows type, display and the Shop's mounted data URL")
        void withForeignKey() {
            assertThat(get(data("Pizza", margherita))).isEqualTo(margheritaDocument());
        }

        @Test
        @DisplayName("with a null foreign key: data null, defaults for for_sale and max_extra_toppings")
        void withNullForeignKey() {
            Map<String, Object> operations = instanceOps("Pizza", plain);
            operations.put("order", EX + "Pizza/order/" + plain + "/");
            assertThat(get(data("Pizza", plain))).isEqualTo(ok(obj(
                    "type", model("Pizza"),
                    "identity", data("Pizza", plain),
                    "display", "Plain",
                    "operations", operations,
                    "fields", obj(
                            "id", value(plain, LONG),
                            "name", value("Plain", STRING),
                            "for_sale", value(false, BOOLEAN),
                            "max_extra_toppings", value(null, "java.lang.Integer"),
                            "exclusive_to", obj("data", null, "kind", "object", "type", model("Shop"))),
                    "data_arrays", obj("prices", data("Pizza", plain) + "prices/"))));
        }

        @Test
        @DisplayName("the foreign key's data URL leads to the Shop's instance data")
        void foreignKeyLinkWorks() {
            @SuppressWarnings("unchecked")
            Map<String, Object> exclusive = (Map<String, Object>) ((Map<String, Object>) get(data("Pizza", margherita))
                    .get("fields")).get("exclusive_to");
            @SuppressWarnings("unchecked")
            String link = (String) ((Map<String, Object>) exclusive.get("data")).get("data");
            assertThat(get(link)).isEqualTo(homeDocument());
        }
    }

    @Nested
    @DisplayName("of a Shop")
    class Shops {

        @Test
        @DisplayName("has the standard URL as identity, the mounted data URL in operations, no delete, and web_address")
        void standardUrl() {
            assertThat(get(data("Shop", home))).isEqualTo(homeDocument());
        }

        @Test
        @DisplayName("is answered identically at the mounted data URL /slumber/pizzas/shop/<pk>/")
        void mountedUrl() {
            assertThat(get(shopData(home))).isEqualTo(homeDocument());
        }

        @Test
        @DisplayName("shows a boolean set to true as a JSON true")
        void booleanTrue() {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) get(EX + "Shop/get/?slug=away").get("fields");
            assertThat(fields.get("active")).isEqualTo(value(true, BOOLEAN));
            assertThat(fields.get("web_address")).isEqualTo(obj("data", "http://www.example.com/away/",
                    "kind", "property", "type", "slumber_examples.Shop.web_address"));
        }
    }

    @Nested
    @DisplayName("encoding values")
    class Values {

        @Test
        @DisplayName("PizzaPrice: display is '<pizza> <date>' and the date is an ISO-8601 string")
        void pizzaPrice() {
            assertThat(get(data("PizzaPrice", january)))
                    .isEqualTo(priceDocument(january, "Margherita", margherita, "2024-01-02"));
        }

        @Test
        @DisplayName("PizzaSizePrice: a decimal is a string that keeps its scale, 12.50")
        void decimal() {
            assertThat(get(data("PizzaSizePrice", small))).isEqualTo(sizePriceDocument(small, "Small", "12.50", "s"));
        }

        @Test
        @DisplayName("PizzaSizePrice: trailing zeros of a decimal stay, 8.00")
        void decimalTrailingZeros() {
            assertThat(get(data("PizzaSizePrice", medium))).isEqualTo(sizePriceDocument(medium, "Medium", "8.00", "m"));
        }

        @Test
        @DisplayName("PizzaCrust: a string key in the URLs and as a JSON string")
        void stringKey() {
            assertThat(get(data("PizzaCrust", "thn"))).isEqualTo(ok(obj(
                    "type", model("PizzaCrust"),
                    "identity", data("PizzaCrust", "thn"),
                    "display", "Thin and crispy",
                    "operations", instanceOps("PizzaCrust", "thn"),
                    "fields", obj(
                            "code", value("thn", STRING),
                            "full_name", value("Thin and crispy", STRING)),
                    "data_arrays", obj())));
        }

        @Test
        @DisplayName("PizzaCrust: instances/ pages string keys descending, with the key encoded in URLs")
        void stringKeyInstances() {
            String crusts = model("PizzaCrust") + "instances/";
            assertThat(get(crusts)).isEqualTo(ok(obj(
                    "model", model("PizzaCrust"),
                    "page", list(
                            obj("pk", "\u00e9t\u00e9", "display", "Crust \u00e9t\u00e9",
                                    "data", data("PizzaCrust", "%C3%A9t%C3%A9")),
                            obj("pk", "thn", "display", "Thin and crispy", "data", data("PizzaCrust", "thn")),
                            obj("pk", "a/b", "display", "Crust a/b", "data", data("PizzaCrust", "a%2Fb")),
                            obj("pk", "a b", "display", "Crust a b", "data", data("PizzaCrust", "a%20b"))),
                    "next_page", crusts + "?start_after=a%20b")));
            assertThat(get(crusts + "?start_after=thn").get("page")).isEqualTo(list(
                    obj("pk", "a/b", "display", "Crust a/b", "data", data("PizzaCrust", "a%2Fb")),
                    obj("pk", "a b", "display", "Crust a b", "data", data("PizzaCrust", "a%20b"))));
        }

        @ParameterizedTest(name = "code \"{0}\" is {1} in URLs")
        @CsvSource(delimiter = '|', value = {"a b | a%20b", "a/b | a%2Fb", "\u00e9t\u00e9 | %C3%A9t%C3%A9"})
        @DisplayName("PizzaCrust: a key with special characters is percent-encoded in URLs, which answer")
        void encodedStringKey(String code, String encoded) {
            Map<String, Object> document = get(data("PizzaCrust", encoded));
            assertThat(document).isEqualTo(ok(obj(
                    "type", model("PizzaCrust"),
                    "identity", data("PizzaCrust", encoded),
                    "display", "Crust " + code,
                    "operations", instanceOps("PizzaCrust", encoded),
                    "fields", obj(
                            "code", value(code, STRING),
                            "full_name", value("Crust " + code, STRING)),
                    "data_arrays", obj())));
            assertThat(get(model("PizzaCrust") + "get/?pk=" + encoded)).isEqualTo(document);
        }

        @Test
        @DisplayName("NestedModel: a model with only a key, default display '<Model> object'")
        void keyOnlyModel() {
            String url = ROOT + "slumber_ex_shop/NestedModel/";
            assertThat(get(url + "data/5/")).isEqualTo(ok(obj(
                    "type", url,
                    "identity", url + "data/5/",
                    "display", "NestedModel object",
                    "operations", obj("data", url + "data/5/", "update", url + "update/5/", "delete", url + "delete/5/"),
                    "fields", obj("id", value(5, LONG)),
                    "data_arrays", obj())));
        }

        private Map<String, Object> orderDocument(int pk, String shopUrl, String nestedUrl) {
            return ok(obj("type", model("Order"), "identity", data("Order", pk), "display", "Order object",
                    "operations", instanceOps("Order", pk),
                    "fields", obj("id", value(pk, LONG), "shop", value(shopUrl, "org.slumber.RemoteForeignKey"),
                            "nested", value(nestedUrl, "org.slumber.RemoteForeignKey")),
                    "data_arrays", obj()));
        }

        @Test
        @DisplayName("Order: a remote foreign key given as an absolute URL is shown as that URL")
        void remoteForeignKeyAbsolute() {
            assertThat(get(data("Order", absoluteOrder))).isEqualTo(orderDocument(absoluteOrder, localShopUrl(),
                    localNestedUrl()));
        }

        @Test
        @DisplayName("Order: a remote foreign key given as slumber://pizzas/... shows as the remote instance's absolute URL")
        void remoteForeignKey() {
            assertThat(get(data("Order", order))).isEqualTo(orderDocument(order, localShopUrl(), null));
        }

        @Test
        @DisplayName("Profile: a foreign key to the auth User shows the username as display")
        void profile() {
            assertThat(get(data("Profile", profile))).isEqualTo(ok(obj(
                    "type", model("Profile"),
                    "identity", data("Profile", profile),
                    "display", "Profile object",
                    "operations", instanceOps("Profile", profile),
                    "fields", obj(
                            "id", value(profile, LONG),
                            "user", obj("data", ref(authModel("User"), "baker", authData("User", baker)),
                                    "kind", "object", "type", authModel("User"))),
                    "data_arrays", obj())));
        }
    }

    @Nested
    @DisplayName("The get operation")
    class GetOperation {

        @Test
        @DisplayName("finds by a unique field: ?name=Margherita answers the instance data")
        void byName() {
            assertThat(get(model("Pizza") + "get/?name=Margherita")).isEqualTo(margheritaDocument());
        }

        @Test
        @DisplayName("finds by the primary key: ?pk=<pk>")
        void byPk() {
            assertThat(get(model("Pizza") + "get/?pk=" + margherita)).isEqualTo(margheritaDocument());
            assertThat(get(model("PizzaCrust") + "get/?pk=thn").get("identity")).isEqualTo(data("PizzaCrust", "thn"));
        }

        @Test
        @DisplayName("finds by a foreign key given as the target's key: ?exclusive_to=<shop pk>")
        void byForeignKey() {
            assertThat(get(model("Pizza") + "get/?exclusive_to=" + home)).isEqualTo(margheritaDocument());
        }

        @Test
        @DisplayName("finds a Shop by slug, with its mounted data URL in operations")
        void shopBySlug() {
            assertThat(get(model("Shop") + "get/?slug=home")).isEqualTo(homeDocument());
        }

        @Test
        @DisplayName("combines fields: ?pizza=<pk>&date=<date>")
        void severalFields() {
            assertThat(get(model("PizzaPrice") + "get/?pizza=" + margherita + "&date=2024-02-03"))
                    .isEqualTo(priceDocument(february, "Margherita", margherita, "2024-02-03"));
            assertThat(get(model("PizzaPrice") + "get/?pizza=" + plain + "&date=2024-02-03"))
                    .isEqualTo(priceDocument(plainFebruary, "Plain", plain, "2024-02-03"));
        }

        @Test
        @DisplayName("decodes the query like a form: ?name=Quattro+Stagioni and ?name=Quattro%20Stagioni both match")
        void plusIsSpace() {
            Map<String, Object> plus = get(model("Pizza") + "get/?name=Quattro+Stagioni");
            assertThat(plus.get("display")).isEqualTo("Quattro Stagioni");
            assertThat(get(model("Pizza") + "get/?name=Quattro%20Stagioni")).isEqualTo(plus);
        }

        @Test
        @DisplayName("answers 404 when nothing matches")
        void none() {
            assertError(client.get(model("Pizza") + "get/?name=Quattro%20Formaggi"), 404);
            assertError(client.get(model("Pizza") + "get/?pk=999999"), 404);
        }

        @Test
        @DisplayName("answers 400 when several match: two PizzaPrices of one date")
        void several() {
            assertError(client.get(model("PizzaPrice") + "get/?date=2024-02-03"), 400);
        }

        @ParameterizedTest(name = "Pizza get/?{0} gives 400")
        @ValueSource(strings = {"colour=red", "pk=abc", "web_address=x", "prices=1", "pk=99999999999999999999",
                "max_extra_toppings=1.5", "for_sale=maybe", "exclusive_to=abc", "name=Margherita&colour=red"})
        @DisplayName("answers 400 for an unknown field or a value that is not of the field's type")
        void badQuery(String query) {
            assertError(client.get(model("Pizza") + "get/?" + query), 400);
        }

        @Test
        @DisplayName("answers 400 for a date that is not a date")
        void badDate() {
            assertError(client.get(model("PizzaPrice") + "get/?date=2024-13-45"), 400);
            assertError(client.get(model("PizzaPrice") + "get/?date=yesterday"), 400);
        }
    }

    @Nested
    @DisplayName("of a missing instance")
    class Missing {

        @ParameterizedTest(name = "GET {0} gives 404")
        @ValueSource(strings = {"slumber_examples/Pizza/data/999999/", "slumber_examples/Pizza/data/abc/",
                "slumber_examples/Shop/data/999999/", "slumber_examples/Shop/data/abc/", "shop/999999/", "shop/abc/",
                "slumber_examples/PizzaCrust/data/zzz/", "slumber_examples/Pizza/data/-1/",
                "django/contrib/auth/User/data/999999/"})
        @DisplayName("answers 404 JSON for a missing or non-numeric key")
        void notFound(String path) {
            assertError(client.get("/slumber/pizzas/" + path), 404);
        }
    }

    @Nested
    @DisplayName("of a User")
    class Users {

        @Test
        @DisplayName("is the full document of baker, with no password field")
        void baker() {
            Map<String, Object> document = get(authData("User", baker));
            @SuppressWarnings("unchecked")
            Map<String, Object> joined = (Map<String, Object>) ((Map<String, Object>) document.get("fields"))
                    .get("date_joined");
            Object joinedText = joined == null ? null : joined.get("data");
            assertThat(joinedText).isInstanceOf(String.class);
            assertThatCode(() -> Instant.parse((String) joinedText)).as("date_joined is ISO-8601: %s", joinedText)
                    .doesNotThrowAnyException();
            String u = AUTH + "User/";
            assertThat(document).isEqualTo(ok(obj(
                    "type", u,
                    "identity", u + "data/" + baker + "/",
                    "display", "baker",
                    "operations", obj(
                            "data", u + "data/" + baker + "/",
                            "update", u + "update/" + baker + "/",
                            "delete", u + "delete/" + baker + "/",
                            "has-permission", u + "has-permission/" + baker + "/",
                            "get-permissions", u + "get-permissions/" + baker + "/",
                            "module-permissions", u + "module-permissions/" + baker + "/",
                            "get-profile", u + "get-profile/" + baker + "/"),
                    "fields", obj(
                            "id", value(baker, LONG),
                            "username", value("baker", STRING),
                            "first_name", value("", STRING),
                            "last_name", value("", STRING),
                            "email", value("", STRING),
                            "is_active", value(true, BOOLEAN),
                            "is_staff", value(false, BOOLEAN),
                            "is_superuser", value(false, BOOLEAN),
                            "date_joined", value(joinedText, "java.time.Instant"),
                            "last_login", value(null, "java.time.Instant")),
                    "data_arrays", obj(
                            "groups", u + "data/" + baker + "/groups/",
                            "user_permissions", u + "data/" + baker + "/user_permissions/",
                            "profile", u + "data/" + baker + "/profile/"))));
        }

        @ParameterizedTest(name = "user {0}")
        @ValueSource(strings = {"service", "user", "baker", "retired"})
        @DisplayName("never shows a password or its hash, by data URL or by get")
        void noPassword(String username) {
            WireClient.Answer byGet = client.get(AUTH + "User/get/?username=" + username);
            body200(byGet);
            assertThat(byGet.text()).doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("pbkdf2");
            String identity = (String) byGet.body().get("identity");
            WireClient.Answer byData = client.get(identity);
            assertThat(body200(byData)).isEqualTo(byGet.body());
            assertThat(byData.text()).doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("pbkdf2");
        }

        @Test
        @DisplayName("cannot be looked up by password: get/?password=... is an unknown field, 400")
        void noGetByPassword() {
            assertError(client.get(AUTH + "User/get/?password=baker"), 400);
            assertError(client.get(AUTH + "User/get/?username=baker&password=baker"), 400);
        }
    }
}
