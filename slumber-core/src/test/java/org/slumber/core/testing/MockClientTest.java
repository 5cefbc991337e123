package org.slumber.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slumber.core.client.RemoteException;
import org.slumber.core.client.RemoteInstance;
import org.slumber.core.client.RemoteLookupException;
import org.slumber.core.client.RemoteModel;
import org.slumber.core.client.RemoteService;
import org.slumber.core.client.SlumberClient;

@DisplayName("MockClient")
class MockClientTest {

    private static final String SHOP = "pizzas/slumber_examples/Shop";
    private static final String PIZZA = "pizzas/slumber_examples/Pizza";
    private static final String CRUST = "pizzas/slumber_examples/PizzaCrust";
    private static final String USER = "auth/django/contrib/auth/User";

    private static MockClient.Builder pizzeria() {
        return MockClient.builder()
                .model(SHOP, List.of(
                        Map.of("id", 1, "name", "Home", "opened", LocalDate.parse("2020-05-01")),
                        Map.of("id", 2, "name", "Away", "opened", LocalDate.parse("2021-06-02"))))
                .model(PIZZA, List.of(
                        Map.of("id", 1, "name", "S1", "for_sale", true, "price", new BigDecimal("12.50"),
                                "exclusive_to", 1),
                        Map.of("id", 2, "name", "S2", "for_sale", false, "price", new BigDecimal("9.00")),
                        Map.of("id", 3, "name", "S3", "for_sale", true, "exclusive_to", 1)))
                .model(CRUST, List.of(Map.of("code", "thin", "label", "Thin"), Map.of("code", "deep pan")))
                .model(USER, List.of(Map.of("username", "alice")))
                .key(CRUST, "code")
                .display(PIZZA, "name")
                .display(SHOP, "name")
                .foreignKey(PIZZA, "exclusive_to", SHOP);
    }

    private final SlumberClient client = pizzeria().build();

    @AfterEach
    void closeClient() {
        client.close();
    }

    private RemoteModel model(String name) {
        return client.service("pizzas").app("slumber_examples").model(name);
    }

    @Nested
    @DisplayName("navigates exactly the declared services, apps and models")
    class Navigation {

        @Test
        @DisplayName("lists the declared services, their apps and the apps' models")
        void lists() {
            assertThat(client.services()).containsExactlyInAnyOrder("pizzas", "auth");
            assertThat(client.service("pizzas").apps()).containsExactly("slumber_examples");
            assertThat(client.service("pizzas").app("slumber_examples").models())
                    .containsExactlyInAnyOrder("Shop", "Pizza", "PizzaCrust");
            assertThat(client.service("auth").apps()).containsExactly("django.contrib.auth");
        }

        @Test
        @DisplayName("reaches a dotted app whole and step by step")
        void dottedApp() {
            RemoteService auth = client.service("auth");
            RemoteModel whole = auth.app("django.contrib.auth").model("User");
            RemoteModel stepwise = auth.app("django").app("contrib").app("auth").model("User");

            assertThat(stepwise.url()).isEqualTo(whole.url())
                    .isEqualTo("http://mock.slumber/slumber/auth/django/contrib/auth/User/");
            assertThat(whole.module()).isEqualTo("django.contrib.auth");
            assertThat(whole.get(Map.of("username", "alice")).integer("id")).isEqualTo(1);
        }

        @Test
        @DisplayName("describes a model: name, module, fields (the key first, then alphabetical), operations")
        void metadata() {
            RemoteModel pizzas = model("Pizza");

            assertThat(pizzas.name()).isEqualTo("Pizza");
            assertThat(pizzas.module()).isEqualTo("slumber_examples");
            assertThat(pizzas.fieldNames()).containsExactly("id", "exclusive_to", "for_sale", "name", "price");
            assertThat(pizzas.operations()).containsOnlyKeys("instances", "create", "get");
            assertThat(pizzas.metadata()).containsEntry("puttable", List.of(List.of("id")));
            assertThat(model("Shop").dataArrays()).containsExactly("pizza");
        }

        @Test
        @DisplayName("types value fields by the Java class of their values, and marks foreign keys as objects")
        void fieldKinds() {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> fields = (Map<String, Map<String, Object>>) model("Pizza").metadata()
                    .get("fields");

            assertThat(fields.get("price")).containsEntry("kind", "value").containsEntry("type", "java.math.BigDecimal");
            assertThat(fields.get("exclusive_to")).containsEntry("kind", "object")
                    .containsEntry("type", "/slumber/pizzas/slumber_examples/Shop/");
        }

        @Test
        @DisplayName("names the existing services when a service is unknown")
        void unknownService() {
            assertThatThrownBy(() -> client.service("takeaway"))
                    .isInstanceOf(RemoteLookupException.class)
                    .hasMessageContaining("takeaway").hasMessageContaining("[auth, pizzas]");
        }

        @Test
        @DisplayName("names the existing apps when an app is unknown")
        void unknownApp() {
            assertThatThrownBy(() -> client.service("pizzas").app("shop"))
                    .isInstanceOf(RemoteLookupException.class)
                    .hasMessageContaining("no app shop").hasMessageContaining("[slumber_examples]");
        }

        @Test
        @DisplayName("names the existing models when a model is unknown")
        void unknownModel() {
            assertThatThrownBy(() -> model("Calzone"))
                    .isInstanceOf(RemoteLookupException.class)
                    .hasMessageContaining("no model Calzone").hasMessageContaining("[Pizza, PizzaCrust, Shop]");
        }

        @Test
        @DisplayName("names the existing fields when a field is unknown")
        void unknownField() {
            RemoteInstance pizza = model("Pizza").get(Map.of("pk", 1));

            assertThatThrownBy(() -> pizza.string("topping"))
                    .isInstanceOf(RemoteLookupException.class)
                    .hasMessageContaining("no field topping").hasMessageContaining("for_sale");
        }

        @Test
        @DisplayName("answers 404 with an error naming what exists for an unknown URL, as a server does")
        void unknownUrl() {
            RemoteException error = catchThrowableOfType(RemoteException.class,
                    () -> client.modelAt("http://mock.slumber/slumber/pizzas/slumber_examples/Calzone/").module());

            assertThat(error.status()).isEqualTo(404);
            assertThat(error.error()).isEqualTo(
                    "App slumber_examples has no model Calzone; its models are [Pizza, PizzaCrust, Shop]");
        }

        @Test
        @DisplayName("answers 405 naming the allowed methods for a method an operation does not take")
        void wrongMethod() {
            String data = "http://mock.slumber/slumber/pizzas/slumber_examples/Pizza/data/1/";

            assertThatThrownBy(() -> client.userAgent().put(data, Map.of("name", "S1")))
                    .isInstanceOfSatisfying(RemoteException.class, e -> {
                        assertThat(e.status()).isEqualTo(405);
                        assertThat(e.error()).isEqualTo("Method PUT is not allowed here; allowed: GET, OPTIONS, DELETE");
                    });
        }
    }

    @Nested
    @DisplayName("gets one instance")
    class Get {

        @Test
        @DisplayName("by pk, with its values typed as declared")
        void byPk() {
            RemoteInstance pizza = model("Pizza").get(Map.of("pk", 1));

            assertThat(pizza.url()).isEqualTo("http://mock.slumber/slumber/pizzas/slumber_examples/Pizza/data/1/");
            assertThat(pizza.string("name")).isEqualTo("S1");
            assertThat(pizza.bool("for_sale")).isTrue();
            assertThat(pizza.decimal("price")).isEqualTo(new BigDecimal("12.50"));
            assertThat(model("Shop").get(Map.of("pk", 2)).date("opened")).isEqualTo(LocalDate.of(2021, 6, 2));
        }

        @Test
        @DisplayName("by field values, compared as text")
        void byField() {
            assertThat(model("Pizza").get(Map.of("name", "S2")).integer("id")).isEqualTo(2);
            assertThat(model("Pizza").get(Map.of("for_sale", false)).string("name")).isEqualTo("S2");
            assertThat(model("Pizza").get(Map.of("id", "3")).string("name")).isEqualTo("S3");
            assertThat(model("Pizza").get(Map.of("price", "9.00")).string("name")).isEqualTo("S2");
        }

        @Test
        @DisplayName("by a key field other than id, which may need encoding in URLs")
        void otherKey() {
            RemoteInstance deep = model("PizzaCrust").get(Map.of("pk", "deep pan"));

            assertThat(deep.url()).endsWith("/PizzaCrust/data/deep%20pan/");
            assertThat(deep.string("code")).isEqualTo("deep pan");
            assertThat(deep.get("label")).isNull();
        }

        @Test
        @DisplayName("shows the display field's value, or <Model> object")
        void display() {
            assertThat(model("Pizza").get(Map.of("pk", 2)).display()).isEqualTo("S2");
            assertThat(model("PizzaCrust").get(Map.of("pk", "thin")).display()).isEqualTo("PizzaCrust object");
        }

        @Test
        @DisplayName("answers 404 when nothing matches and 400 when several do")
        void noneOrSeveral() {
            assertThatThrownBy(() -> model("Pizza").get(Map.of("name", "S9")))
                    .isInstanceOfSatisfying(RemoteException.class, e -> {
                        assertThat(e.status()).isEqualTo(404);
                        assertThat(e.error()).isEqualTo("No Pizza matches name=S9");
                    });
            assertThatThrownBy(() -> model("Pizza").get(Map.of("for_sale", true)))
                    .isInstanceOfSatisfying(RemoteException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.error()).startsWith("2 instances of Pizza match for_sale=true");
                    });
        }

        @Test
        @DisplayName("answers 400 naming the fields for an unknown field")
        void unknownField() {
            assertThatThrownBy(() -> model("Pizza").get(Map.of("colour", "red")))
                    .isInstanceOfSatisfying(RemoteException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.error()).contains("no field colour", "[id, exclusive_to, for_sale, name, price]");
                    });
        }
    }

    @Nested
    @DisplayName("creates instances")
    class Create {

        @Test
        @DisplayName("with the next integer key when none is given, found by a later get")
        void nextKey() {
            RemoteInstance created = model("Pizza").create(Map.of("name", "Quattro", "for_sale", true));

            assertThat(created.integer("id")).isEqualTo(4);
            assertThat(created.document()).containsEntry("pk", 4L).containsEntry("created", true);
            RemoteInstance again = model("Pizza").get(Map.of("name", "Quattro"));
            assertThat(again.url()).isEqualTo(created.url());
            assertThat(again.bool("for_sale")).isTrue();
            assertThat(again.get("price")).isNull();
        }

        @Test
        @DisplayName("with a given key, replacing the instance that had it")
        void givenKey() {
            RemoteInstance created = model("Pizza").create(Map.of("id", 40, "name", "Forty"));
            RemoteInstance replaced = model("Pizza").create(Map.of("id", 2, "name", "Two"));

            assertThat(created.document()).containsEntry("created", true);
            assertThat(replaced.document()).containsEntry("created", false);
            assertThat(model("Pizza").get(Map.of("pk", 2)).string("name")).isEqualTo("Two");
            assertThat(model("Pizza").create(Map.of("name", "Next")).integer("id")).isEqualTo(41);
        }

        @Test
        @DisplayName("converting JSON values to the field's type")
        void converts() {
            model("Pizza").create(Map.of("name", "Cheap", "price", new BigDecimal("4.5")));

            assertThat(model("Pizza").get(Map.of("name", "Cheap")).document())
                    .extracting("fields").extracting("price").isEqualTo(
                            Map.of("data", "4.5", "kind", "value", "type", "java.math.BigDecimal"));
        }

        @Test
        @DisplayName("refusing unknown fields and values of the wrong type with 400")
        void refuses() {
            assertThatThrownBy(() -> model("Pizza").create(Map.of("name", "X", "colour", "red")))
                    .isInstanceOfSatisfying(RemoteException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.error()).contains("Pizza has no field colour");
                    });
            assertThatThrownBy(() -> model("Pizza").create(Map.of("name", 12)))
                    .isInstanceOfSatisfying(RemoteException.class, e ->
                            assertThat(e.error()).isEqualTo("Field name of Pizza expects a java.lang.String, got 12"));
            assertThatThrownBy(() -> model("Pizza").create(Map.of("name", "X", "exclusive_to", 9)))
                    .isInstanceOfSatisfying(RemoteException.class, e ->
                            assertThat(e.error()).contains("refers to Shop 9, which does not exist"));
            assertThatThrownBy(() -> model("PizzaCrust").create(Map.of("label", "Stuffed")))
                    .isInstanceOfSatisfying(RemoteException.class, e ->
                            assertThat(e.error()).contains("code of PizzaCrust is the key and must be given"));
        }

        @Test
        @DisplayName("in a copy of the rows of its own, so clients built from one builder do not share writes")
        void ownRows() {
            MockClient.Builder builder = pizzeria();
            try (SlumberClient first = builder.build(); SlumberClient second = builder.build()) {
                first.service("pizzas").app("slumber_examples").model("Pizza").create(Map.of("name", "Mine"));

                assertThatThrownBy(() -> second.service("pizzas").app("slumber_examples").model("Pizza")
                        .get(Map.of("name", "Mine")))
                        .isInstanceOfSatisfying(RemoteException.class, e -> assertThat(e.status()).isEqualTo(404));
            }
        }
    }

    @Nested
    @DisplayName("updates instances")
    class Update {

        @Test
        @DisplayName("changing only the given fields, seen when the instance is read again")
        void changesGivenFields() {
            RemoteModel pizzas = model("Pizza");
            RemoteInstance pizza = pizzas.get(Map.of("pk", 2));

            pizzas.update(pizza, Map.of("for_sale", true));

            assertThat(pizza.bool("for_sale")).isTrue();
            assertThat(pizza.string("name")).isEqualTo("S2");
            assertThat(pizzas.get(Map.of("pk", 2)).bool("for_sale")).isTrue();
        }

        @Test
        @DisplayName("setting a foreign key to an instance, or to null")
        void foreignKey() {
            RemoteModel pizzas = model("Pizza");
            RemoteInstance away = model("Shop").get(Map.of("pk", 2));
            RemoteInstance s1 = pizzas.get(Map.of("pk", 1));
            RemoteInstance s2 = pizzas.get(Map.of("pk", 2));

            Map<String, Object> none = new HashMap<>();
            none.put("exclusive_to", null);

            pizzas.update(s2, Map.of("exclusive_to", away));
            pizzas.update(s1, none);

            assertThat(s2.instance("exclusive_to").string("name")).isEqualTo("Away");
            assertThat(s1.instance("exclusive_to")).isNull();
        }

        @Test
        @DisplayName("refusing to change the key")
        void keepsKey() {
            RemoteModel pizzas = model("Pizza");
            RemoteInstance pizza = pizzas.get(Map.of("pk", 1));

            assertThatThrownBy(() -> pizzas.update(pizza, Map.of("id", 5)))
                    .isInstanceOfSatisfying(RemoteException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.error()).contains("key of Pizza and cannot be changed");
                    });
        }
    }

    @Nested
    @DisplayName("deletes instances")
    class Delete {

        @Test
        @DisplayName("so that they are gone for get and for the deleted reference")
        void gone() {
            RemoteModel pizzas = model("Pizza");
            RemoteInstance pizza = pizzas.get(Map.of("pk", 3));

            pizzas.delete(pizza);

            assertThatThrownBy(() -> pizzas.get(Map.of("pk", 3)))
                    .isInstanceOfSatisfying(RemoteException.class, e -> assertThat(e.status()).isEqualTo(404));
            assertThatThrownBy(() -> pizza.string("name"))
                    .isInstanceOfSatisfying(RemoteException.class, e -> {
                        assertThat(e.status()).isEqualTo(404);
                        assertThat(e.error()).isEqualTo("Pizza has no instance with key 3");
                    });
            assertThat(pizzas.instances().toList()).extracting(RemoteInstance::display).containsExactly("S2", "S1");
        }

        @Test
        @DisplayName("setting the foreign keys that pointed at them to null")
        void nullsReferences() {
            model("Shop").delete(model("Shop").get(Map.of("pk", 1)));

            assertThat(model("Pizza").get(Map.of("pk", 1)).instance("exclusive_to")).isNull();
        }
    }

    @Nested
    @DisplayName("lists instances page by page")
    class Instances {

        private final List<Map<String, ?>> rows = new ArrayList<>(IntStream.rangeClosed(1, 25)
                .mapToObj(i -> Map.of("id", i, "name", "Pizza " + i)).toList());
        private final SlumberClient big = MockClient.builder().model(PIZZA, rows).display(PIZZA, "name").build();

        @AfterEach
        void closeBig() {
            big.close();
        }

        @Test
        @DisplayName("every one of 25 rows, key descending, in pages of 10 ending with an empty page")
        void pages() {
            RemoteModel pizzas = big.service("pizzas").app("slumber_examples").model("Pizza");
            pizzas.operations();   // metadata fetched (and cached) before counting
            long before = big.requestCount();

            List<RemoteInstance> all = pizzas.instances().toList();

            assertThat(all).extracting(RemoteInstance::display).containsExactlyElementsOf(
                    IntStream.iterate(25, i -> i >= 1, i -> i - 1).mapToObj(i -> "Pizza " + i).toList());
            assertThat(big.requestCount() - before).isEqualTo(4);
            assertThat(all).noneMatch(RemoteInstance::isLoaded);
        }

        @Test
        @DisplayName("with next_page on every page that is not empty (the compatible quirk)")
        void nextPageQuirk() {
            String instances = "http://mock.slumber/slumber/pizzas/slumber_examples/Pizza/instances/";

            assertThat(big.userAgent().get(instances + "?start_after=11"))
                    .containsEntry("next_page", "/slumber/pizzas/slumber_examples/Pizza/instances/?start_after=1");
            assertThat(big.userAgent().get(instances + "?start_after=1")).containsEntry("page", List.of())
                    .doesNotContainKey("next_page");
        }

        @Test
        @DisplayName("none for a model declared without rows")
        void empty() {
            try (SlumberClient none = MockClient.builder().model(PIZZA, List.of()).fields(PIZZA, "name").build()) {
                RemoteModel pizzas = none.service("pizzas").app("slumber_examples").model("Pizza");

                assertThat(pizzas.instances().toList()).isEmpty();
                assertThat(pizzas.create(Map.of("name", "First")).integer("id")).isEqualTo(1);
            }
        }
    }

    @Nested
    @DisplayName("follows foreign keys")
    class ForeignKeys {

        @Test
        @DisplayName("to the target instance, whose display is known without a request")
        void follows() {
            RemoteInstance pizza = model("Pizza").get(Map.of("pk", 1));
            long before = client.requestCount();

            RemoteInstance shop = pizza.instance("exclusive_to");

            assertThat(shop.display()).isEqualTo("Home");
            assertThat(client.requestCount()).isEqualTo(before);
            assertThat(shop.string("name")).isEqualTo("Home");
            assertThat(shop.url()).isEqualTo("http://mock.slumber/slumber/pizzas/slumber_examples/Shop/data/1/");
            assertThat(client.requestCount()).isEqualTo(before + 1);
        }

        @Test
        @DisplayName("to null when the row gave none")
        void nullReference() {
            assertThat(model("Pizza").get(Map.of("pk", 2)).instance("exclusive_to")).isNull();
        }

        @Test
        @DisplayName("backwards through the target's data array")
        void dataArray() {
            RemoteInstance home = model("Shop").get(Map.of("pk", 1));

            assertThat(home.dataArray("pizza").toList()).extracting(RemoteInstance::display)
                    .containsExactly("S3", "S1");
            assertThat(model("Shop").get(Map.of("pk", 2)).dataArray("pizza").toList()).isEmpty();
        }

        @Test
        @DisplayName("and finds instances by a foreign key given as the target's key or the target itself")
        void getByReference() {
            RemoteInstance home = model("Shop").get(Map.of("pk", 1));

            model("Pizza").update(model("Pizza").get(Map.of("pk", 3)), Map.of("exclusive_to", 2));

            assertThat(model("Pizza").get(Map.of("exclusive_to", 1)).string("name")).isEqualTo("S1");
            assertThat(model("Pizza").get(Map.of("exclusive_to", home)).string("name")).isEqualTo("S1");
        }
    }

    @Nested
    @DisplayName("validates the builder's arguments with messages that say what to fix")
    class Validation {

        @Test
        @DisplayName("a dotted path is refused with the slash form to write instead")
        void dottedPath() {
            assertThatThrownBy(() -> MockClient.builder().model("pizzas.slumber_examples.Pizza", List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Write \"pizzas/slumber_examples/Pizza\"");
        }

        @Test
        @DisplayName("a path of fewer than three parts, or with an empty part, is refused")
        void shortPath() {
            assertThatThrownBy(() -> MockClient.builder().model("slumber_examples/Pizza", List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("has 2 parts but needs at least three; a model path is service/app/Model");
            assertThatThrownBy(() -> MockClient.builder().model("pizzas//Pizza", List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has an empty part");
            assertThatThrownBy(() -> MockClient.builder().model("pizzas/slumber examples/Pizza", List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("has the part \"slumber examples\"");
        }

        @Test
        @DisplayName("two rows with the same key are refused, naming the rows")
        void duplicateKeys() {
            MockClient.Builder builder = MockClient.builder()
                    .model(PIZZA, List.of(Map.of("id", 1), Map.of("id", 2), Map.of("id", 1)));

            assertThatThrownBy(builder::build)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Rows 1 and 3 of pizzas/slumber_examples/Pizza both have id 1; keys must be unique "
                            + "(or leave the key out to have one generated)");
        }

        @Test
        @DisplayName("a declaration about an undeclared model names the declared ones")
        void undeclaredModel() {
            MockClient.Builder builder = MockClient.builder().model(PIZZA, List.of()).key(CRUST, "code");

            assertThatThrownBy(builder::build)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("key(...) names the model pizzas/slumber_examples/PizzaCrust, which no model(...) "
                            + "declares; declared: [pizzas/slumber_examples/Pizza]");
        }

        @Test
        @DisplayName("a foreign key to a missing row is refused, naming the target's keys")
        void danglingForeignKey() {
            MockClient.Builder builder = MockClient.builder()
                    .model(SHOP, List.of(Map.of("id", 1), Map.of("id", 2)))
                    .model(PIZZA, List.of(Map.of("id", 1, "exclusive_to", 7)))
                    .foreignKey(PIZZA, "exclusive_to", SHOP);

            assertThatThrownBy(builder::build)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("has exclusive_to 7, but pizzas/slumber_examples/Shop has no row with that key")
                    .hasMessageContaining("its keys are [1, 2]");
        }

        @Test
        @DisplayName("values of one field with different types are refused")
        void mixedTypes() {
            MockClient.Builder builder = MockClient.builder()
                    .model(PIZZA, List.of(Map.of("price", "12.50"), Map.of("price", new BigDecimal("9.00"))));

            assertThatThrownBy(builder::build)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Field price of pizzas/slumber_examples/Pizza holds a java.lang.String in "
                            + "row 1 but a java.math.BigDecimal in row 2");
        }

        @Test
        @DisplayName("a row value that is not a single value is refused")
        void nestedValue() {
            assertThatThrownBy(() -> MockClient.builder().model(PIZZA, List.of(Map.of("toppings", List.of("ham")))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Row 1 of pizzas/slumber_examples/Pizza has a")
                    .hasMessageContaining("in field toppings; a row holds single values");
        }

        @Test
        @DisplayName("a model declared twice, a display field it lacks, or no model at all are refused")
        void otherMistakes() {
            assertThatThrownBy(() -> MockClient.builder().model(PIZZA, List.of()).model(PIZZA, List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("declared twice");
            assertThatThrownBy(() -> MockClient.builder().model(PIZZA, List.of(Map.of("name", "S1")))
                    .display(PIZZA, "title").build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("names a field the model does not have; its fields are [id, name]");
            assertThatThrownBy(() -> MockClient.builder().build())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("model(\"service/app/Model\"");
        }
    }
}
