package org.slumber.core.internal.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slumber.core.internal.model.TestRegistries.compile;
import static org.slumber.core.internal.model.TestRegistries.instanceOperation;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slumber.core.SlumberConfigurationException;
import org.slumber.core.app.ModelRef;
import org.slumber.core.app.SlumberApp;
import org.slumber.spi.model.Reference.OnDelete;

@DisplayName("Compiling apps refuses")
class RegistryCompilerErrorsTest {

    private static Arguments refusal(String what, SlumberApp[] apps, String... fragments) {
        return Arguments.of(what, apps, fragments);
    }

    private static SlumberApp[] apps(SlumberApp... apps) {
        return apps;
    }

    private static void assertRefused(SlumberApp[] apps, String[] fragments) {
        assertThatThrownBy(() -> compile(apps))
                .isExactlyInstanceOf(SlumberConfigurationException.class)
                .hasMessageContainingAll(fragments);
    }

    @Nested
    @DisplayName("impossible model declarations")
    class Declarations {

        static Stream<Arguments> cases() {
            ModelRef shopRef = ModelRef.of("shop", "Shop");
            return Stream.of(
                    refusal("a model without a key", apps(app -> {
                        app.name("shop");
                        app.model("Thing", m -> m.string("name", 10));
                    }), "shop.Thing", "declares no key", ".key(\"id\")"),
                    refusal("a field declared twice", apps(app -> {
                        app.name("shop");
                        app.model("Thing", m -> m.key("id").string("name", 10).integer("name"));
                    }), "shop.Thing", "field name", "twice"),
                    refusal("a modifier before any field", apps(app -> {
                        app.name("shop");
                        app.model("Thing", m -> m.unique().key("id"));
                    }), "shop.Thing", "unique()", "must directly follow the declaration of the field"),
                    refusal("a modifier after a many-to-many link", apps(app -> {
                        app.name("shop");
                        app.model("Thing", m -> m.key("id").manyToMany("groups", ModelRef.AUTH_GROUP).nullable());
                    }), "shop.Thing", "nullable()", "must directly follow"),
                    refusal("a model declared twice", apps(app -> {
                        app.name("shop");
                        app.model("Thing", m -> m.key("id"));
                        app.model("Thing", m -> m.key("id"));
                    }), "shop", "model Thing twice"),
                    refusal("a model declared before the app's name", apps(app -> {
                        app.model("Thing", m -> m.key("id"));
                        app.name("shop");
                    }), "Thing", "app.name(\"...\") first"),
                    refusal("a foreign key to a model no app declares", apps(app -> {
                        app.name("shop");
                        app.model("Thing", m -> m.key("id").foreignKey("owner", ModelRef.of("nowhere", "Ghost")));
                    }), "shop.Thing", "owner", "nowhere.Ghost", "no installed app declares"),
                    refusal("a many-to-many link to a model no app declares", apps(app -> {
                        app.name("shop");
                        app.model("Thing", m -> m.key("id").manyToMany("ghosts", ModelRef.of("nowhere", "Ghost")));
                    }), "shop.Thing", "ghosts", "nowhere.Ghost"),
                    refusal("SET_NULL on a foreign key that is not nullable", apps(app -> {
                        app.name("shop");
                        ModelRef shop = app.model("Shop", m -> m.key("id"));
                        app.model("Pizza", m -> m.key("id").foreignKey("sold_at", shop).onDelete(OnDelete.SET_NULL));
                    }), "shop.Pizza", "sold_at", "onDelete(SET_NULL)", "make it nullable"),
                    refusal("a property named like a field", apps(app -> {
                        app.name("shop");
                        app.model("Thing", m -> m.key("id").string("name", 10).property("name", i -> "x"));
                    }), "shop.Thing", "name", "property"),
                    refusal("uniqueTogether naming an unknown field", apps(app -> {
                        app.name("shop");
                        app.model("Thing", m -> m.key("id").string("code", 5).uniqueTogether("code", "zone"));
                    }), "shop.Thing", "zone", "its fields are [id, code]"),
                    refusal("a profile model without a foreign key to the user", apps(app -> {
                        app.name("shop");
                        app.model("Profile", m -> m.key("id").string("bio", 100).userProfile());
                    }), "shop.Profile", "ModelRef.AUTH_USER"),
                    refusal("foreign keys that form a cycle", apps(app -> {
                        app.name("shop");
                        app.model("Egg", m -> m.key("id").foreignKey("laid_by", ModelRef.of("shop", "Hen")));
                        app.model("Hen", m -> m.key("id").foreignKey("hatched_from", ModelRef.of("shop", "Egg")));
                    }), "cycle", "shop.Egg", "shop.Hen", "break the cycle"),
                    refusal("two foreign keys giving one data array name", apps(app -> {
                        app.name("shop");
                        ModelRef shop = app.model("Shop", m -> m.key("id"));
                        app.model("Pizza", m -> m.key("id").foreignKey("made_at", shop).foreignKey("sold_at", shop));
                    }), "shop.Shop", "two data arrays named pizza", "relatedName(\"...\")"),
                    refusal("a data array named like a field of its model", apps(app -> {
                        app.name("shop");
                        ModelRef shop = app.model("Shop", m -> m.key("id").integer("branches"));
                        app.model("Branch", m -> m.key("id").foreignKey("shop", shop).relatedName("branches"));
                    }), "shop.Shop", "branches", "shop.Branch", "relatedName(\"...\")"),
                    refusal("a related name clashing across apps", apps(app -> {
                        app.name("shop");
                        app.model("Shop", m -> m.key("id"));
                    }, app -> {
                        app.name("stock");
                        app.model("Pizza", m -> m.key("id").foreignKey("shop", shopRef));
                    }, app -> {
                        app.name("menu");
                        app.model("Pizza", m -> m.key("id").foreignKey("shop", shopRef));
                    }), "shop.Shop", "pizza", "relatedName"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        @DisplayName("with a message naming the app, model and field and saying how to fix it")
        void declaration(String what, SlumberApp[] apps, String[] fragments) {
            assertRefused(apps, fragments);
        }
    }

    @Nested
    @DisplayName("clashing apps and tables")
    class Clashes {

        static Stream<Arguments> cases() {
            return Stream.of(
                    refusal("two apps with one name", apps(app -> {
                        app.name("shop");
                    }, app -> {
                        app.name("shop");
                    }), "Two apps are named shop", "app names must be unique"),
                    refusal("an app named like the auth app", apps(app -> {
                        app.name(TestRegistries.AUTH);
                    }), "Two apps are named django.contrib.auth"),
                    refusal("two models on one table (same app label)", apps(app -> {
                        app.name("shop");
                        app.model("Item", m -> m.key("id"));
                    }, app -> {
                        app.name("other.shop");
                        app.model("Item", m -> m.key("id"));
                    }), "shop.Item", "other.shop.Item", "shop_item", ".table(\"...\")"),
                    refusal("a model on the table of a many-to-many link", apps(app -> {
                        app.name("shop");
                        ModelRef topping = app.model("Topping", m -> m.key("id"));
                        app.model("Pizza", m -> m.key("id").manyToMany("toppings", topping));
                        app.model("PizzaTopping", m -> m.key("id").table("shop_pizza_toppings"));
                    }), "shop.PizzaTopping", "shop.Pizza.toppings", "shop_pizza_toppings", ".table(\"...\")"),
                    refusal("a model on a table chosen by another", apps(app -> {
                        app.name("shop");
                        app.model("Item", m -> m.key("id"));
                        app.model("Thing", m -> m.key("id").table("SHOP_ITEM"));
                    }), "shop.Item", "shop.Thing", "SHOP_ITEM", ".table(\"...\")"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        @DisplayName("with a message naming both and how to tell them apart")
        void clash(String what, SlumberApp[] apps, String[] fragments) {
            assertRefused(apps, fragments);
        }
    }

    @Nested
    @DisplayName("impossible operations")
    class Operations {

        static Stream<Arguments> cases() {
            return Stream.of(
                    refusal("removing an operation the model lacks", apps(app -> {
                        app.name("shop");
                        app.model("Thing", m -> m.key("id").withoutOperation("frobnicate"));
                    }), "shop.Thing", "removes operation frobnicate", "which it does not have",
                            "[instances, create, get, data, update, delete]"),
                    refusal("mounting an operation the model lacks", apps(app -> {
                        app.name("shop");
                        app.model("Thing", m -> m.key("id").mount("frobnicate", "things"));
                    }), "shop.Thing", "mounts operation frobnicate", "which it does not have", "data"),
                    refusal("mounting an operation the model removed", apps(app -> {
                        app.name("shop");
                        app.model("Thing", m -> m.key("id").withoutOperation("delete").mount("delete", "gone"));
                    }), "shop.Thing", "mounts operation delete", "which it does not have"),
                    refusal("two operations on one mount URI", apps(app -> {
                        app.name("shop");
                        app.model("Thing", m -> m.key("id").mount("data", "things"));
                        app.model("Other", m -> m.key("id").mount("instances", "/things/"));
                    }), "shop.Thing.data", "shop.Other.instances", "things"),
                    refusal("a declared operation on another's mount URI", apps(app -> {
                        app.name("shop");
                        app.model("Thing", m -> m.key("id").mount("data", "x/y")
                                .operation("extra", instanceOperation(), "x/y/"));
                    }), "shop.Thing.data", "shop.Thing.extra", "x/y"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        @DisplayName("with a message naming the model and operation")
        void operation(String what, SlumberApp[] apps, String[] fragments) {
            assertRefused(apps, fragments);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", "/", "//", "has space", "a//b", "a?b", "a#b", "caf\u00e9", "a%20b", "../outside",
            "."})
        @DisplayName("a mount URI that is not plain path segments")
        void badMountUri(String uri) {
            SlumberApp app = a -> {
                a.name("shop");
                a.model("Thing", m -> m.key("id").mount("data", uri));
            };
            assertRefused(apps(app), new String[] {"shop.Thing", "mounts operation data at '" + uri + "'",
                "path segments"});
        }
    }
}
