package org.slumber.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.examples.e2e.ReadFixtures.AUTH;
import static org.slumber.examples.e2e.ReadFixtures.ROOT;
import static org.slumber.examples.e2e.ReadFixtures.authModel;
import static org.slumber.examples.e2e.ReadFixtures.body200;
import static org.slumber.examples.e2e.ReadFixtures.list;
import static org.slumber.examples.e2e.ReadFixtures.model;
import static org.slumber.examples.e2e.ReadFixtures.obj;
import static org.slumber.examples.e2e.ReadFixtures.ok;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Model metadata documents")
class ModelMetadataTest {

    private static final String LONG = "java.lang.Long";
    private static final String STRING = "java.lang.String";
    private static final String BOOLEAN = "java.lang.Boolean";
    private static final String INTEGER = "java.lang.Integer";
    private static final String INSTANT = "java.time.Instant";
    private static final String REMOTE = "org.slumber.RemoteForeignKey";

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

    /** A {@code kind: value} field: its verbose name is the name with spaces for underscores. */
    private static Map<String, Object> value(String name, String type) {
        return obj("name", name, "kind", "value", "type", type, "verbose_name", name.replace('_', ' '));
    }

    /** A foreign key field. */
    private static Map<String, Object> object(String name, String targetUrl) {
        return obj("name", name, "kind", "object", "type", targetUrl, "verbose_name", name.replace('_', ' '));
    }

    /** The three built-in model operations. */
    private static Map<String, Object> builtIns(String modelUrl) {
        return obj("instances", modelUrl + "instances/", "create", modelUrl + "create/", "get", modelUrl + "get/");
    }

    private static Map<String, Object> metadata(String url) {
        return body200(client.get(url));
    }

    @Nested
    @DisplayName("of the slumber_examples models")
    class ExampleModels {

        @Test
        @DisplayName("Shop: the property web_address, no delete, and the mounted operations at their mounted URLs")
        void shop() {
            Map<String, Object> operations = builtIns(model("Shop"));
            operations.put("shops1", "/slumber/shops/mount1/");
            operations.put("shops-hal", "/slumber/shops/mount2/");
            assertThat(metadata(model("Shop"))).isEqualTo(ok(obj(
                    "name", "Shop",
                    "module", "slumber_examples",
                    "fields", obj(
                            "id", value("id", LONG),
                            "name", value("name", STRING),
                            "slug", value("slug", STRING),
                            "active", value("active", BOOLEAN),
                            "web_address", obj("name", "web_address", "kind", "property",
                                    "type", "slumber_examples.Shop.web_address", "readonly", true)),
                    "puttable", list(list("id"), list("slug")),
                    "data_arrays", list("pizza"),
                    "operations", operations)));
        }

        @Test
        @DisplayName("Pizza: the nullable foreign key to Shop, and the data array prices")
        void pizza() {
            assertThat(metadata(model("Pizza"))).isEqualTo(ok(obj(
                    "name", "Pizza",
                    "module", "slumber_examples",
                    "fields", obj(
                            "id", value("id", LONG),
                            "name", value("name", STRING),
                            "for_sale", value("for_sale", BOOLEAN),
                            "max_extra_toppings", value("max_extra_toppings", INTEGER),
                            "exclusive_to", object("exclusive_to", model("Shop"))),
                    "puttable", list(list("id"), list("name")),
                    "data_arrays", list("prices"),
                    "operations", builtIns(model("Pizza")))));
        }

        @Test
        @DisplayName("PizzaPrice: the foreign key to Pizza, the date, and the data array amounts")
        void pizzaPrice() {
            assertThat(metadata(model("PizzaPrice"))).isEqualTo(ok(obj(
                    "name", "PizzaPrice",
                    "module", "slumber_examples",
                    "fields", obj(
                            "id", value("id", LONG),
                            "pizza", object("pizza", model("Pizza")),
                            "date", value("date", "java.time.LocalDate")),
                    "puttable", list(list("id")),
                    "data_arrays", list("amounts"),
                    "operations", builtIns(model("PizzaPrice")))));
        }

        @Test
        @DisplayName("PizzaSizePrice: a decimal, and puttable ending with the unique pair [price, size]")
        void pizzaSizePrice() {
            assertThat(metadata(model("PizzaSizePrice"))).isEqualTo(ok(obj(
                    "name", "PizzaSizePrice",
                    "module", "slumber_examples",
                    "fields", obj(
                            "id", value("id", LONG),
                            "price", object("price", model("PizzaPrice")),
                            "amount", value("amount", "java.math.BigDecimal"),
                            "size", value("size", STRING)),
                    "puttable", list(list("id"), list("price", "size")),
                    "data_arrays", list(),
                    "operations", builtIns(model("PizzaSizePrice")))));
        }

        @Test
        @DisplayName("Profile: a foreign key to the auth app's User")
        void profile() {
            assertThat(metadata(model("Profile"))).isEqualTo(ok(obj(
                    "name", "Profile",
                    "module", "slumber_examples",
                    "fields", obj(
                            "id", value("id", LONG),
                            "user", object("user", authModel("User"))),
                    "puttable", list(list("id")),
                    "data_arrays", list(),
                    "operations", builtIns(model("Profile")))));
        }

        @Test
        @DisplayName("Order: remote foreign keys are value fields of the remote-foreign-key type")
        void order() {
            assertThat(metadata(model("Order"))).isEqualTo(ok(obj(
                    "name", "Order",
                    "module", "slumber_examples",
                    "fields", obj(
                            "id", value("id", LONG),
                            "shop", value("shop", REMOTE),
                            "nested", value("nested", REMOTE)),
                    "puttable", list(list("id")),
                    "data_arrays", list(),
                    "operations", builtIns(model("Order")))));
        }

        @Test
        @DisplayName("PizzaCrust: a string primary key")
        void pizzaCrust() {
            assertThat(metadata(model("PizzaCrust"))).isEqualTo(ok(obj(
                    "name", "PizzaCrust",
                    "module", "slumber_examples",
                    "fields", obj(
                            "code", value("code", STRING),
                            "full_name", value("full_name", STRING)),
                    "puttable", list(list("code")),
                    "data_arrays", list(),
                    "operations", builtIns(model("PizzaCrust")))));
        }

        @Test
        @DisplayName("NestedModel of slumber_ex_shop: only its key")
        void nestedModel() {
            String url = ROOT + "slumber_ex_shop/NestedModel/";
            assertThat(metadata(url)).isEqualTo(ok(obj(
                    "name", "NestedModel",
                    "module", "slumber_ex_shop",
                    "fields", obj("id", value("id", LONG)),
                    "puttable", list(list("id")),
                    "data_arrays", list(),
                    "operations", builtIns(url))));
        }
    }

    @Nested
    @DisplayName("of the auth app's models")
    class AuthModels {

        @Test
        @DisplayName("User: no password field, the many-to-many data arrays, and its model operations")
        void user() {
            Map<String, Object> operations = builtIns(authModel("User"));
            operations.put("authenticate", AUTH + "User/authenticate/");
            operations.put("do-i-have-perm", AUTH + "User/do-i-have-perm/");
            Map<String, Object> document = metadata(authModel("User"));
            assertThat(document).isEqualTo(ok(obj(
                    "name", "User",
                    "module", "django.contrib.auth",
                    "fields", obj(
                            "id", value("id", LONG),
                            "username", value("username", STRING),
                            "first_name", value("first_name", STRING),
                            "last_name", value("last_name", STRING),
                            "email", value("email", STRING),
                            "is_active", value("is_active", BOOLEAN),
                            "is_staff", value("is_staff", BOOLEAN),
                            "is_superuser", value("is_superuser", BOOLEAN),
                            "date_joined", value("date_joined", INSTANT),
                            "last_login", value("last_login", INSTANT)),
                    "puttable", list(list("id"), list("username")),
                    "data_arrays", list("groups", "user_permissions", "profile"),
                    "operations", operations)));
        }

        @Test
        @DisplayName("User: the word password appears nowhere in the metadata")
        void userHasNoPassword() {
            assertThat(client.get(authModel("User")).text()).doesNotContainIgnoringCase("password");
        }

        @Test
        @DisplayName("Group: a unique name and the data array permissions")
        void group() {
            assertThat(metadata(authModel("Group"))).isEqualTo(ok(obj(
                    "name", "Group",
                    "module", "django.contrib.auth",
                    "fields", obj(
                            "id", value("id", LONG),
                            "name", value("name", STRING)),
                    "puttable", list(list("id"), list("name")),
                    "data_arrays", list("permissions"),
                    "operations", builtIns(authModel("Group")))));
        }

        @Test
        @DisplayName("Permission: puttable ending with the unique pair [app_label, codename]")
        void permission() {
            assertThat(metadata(authModel("Permission"))).isEqualTo(ok(obj(
                    "name", "Permission",
                    "module", "django.contrib.auth",
                    "fields", obj(
                            "id", value("id", LONG),
                            "name", value("name", STRING),
                            "codename", value("codename", STRING),
                            "app_label", value("app_label", STRING)),
                    "puttable", list(list("id"), list("app_label", "codename")),
                    "data_arrays", list(),
                    "operations", builtIns(authModel("Permission")))));
        }
    }

    @Nested
    @DisplayName("in general")
    class General {

        @Test
        @DisplayName("is the same document on every request (nothing depends on data or history)")
        void stable() {
            Map<String, Object> before = metadata(model("Pizza"));
            ReadFixtures.pizza(client, "Stable", null);
            assertThat(metadata(model("Pizza"))).isEqualTo(before);
        }

        @Test
        @DisplayName("lists in operations only model operations: every listed URL is served")
        void operationsAreServed() {
            for (String url : new String[] {model("Shop"), model("Pizza"), authModel("User")}) {
                @SuppressWarnings("unchecked")
                Map<String, Object> operations = (Map<String, Object>) metadata(url).get("operations");
                operations.forEach((name, operationUrl) -> {
                    WireClient.Answer answer = client.send("OPTIONS", (String) operationUrl, null, Map.of());
                    assertThat(answer.status()).as("OPTIONS %s (%s)", operationUrl, name).isEqualTo(200);
                });
            }
        }
    }
}
