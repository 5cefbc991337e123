package org.slumber.core.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.core.internal.model.TestRegistries.compile;
import static org.slumber.core.internal.model.TestRegistries.modelOperation;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slumber.core.app.ModelRef;
import org.slumber.core.app.SlumberApp;
import org.slumber.spi.model.FieldDescriptor;
import org.slumber.spi.model.LinkDescriptor;
import org.slumber.spi.model.ModelDescriptor;
import org.slumber.spi.model.Reference;
import org.slumber.spi.model.Reference.OnDelete;

@DisplayName("A compiled registry")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryCompilerTest {

    /** Pizza is declared before Shop and points at it by name, so declaration order is not reference order. */
    static final SlumberApp SHOP = app -> {
        app.name("shop");
        app.configuration(Map.of("test", true));
        app.model("Pizza", m -> m
                .key("id")
                .string("name", 200).unique().required()
                .foreignKey("exclusive_to", ModelRef.of("shop", "Shop")).nullable()
                .manyToMany("toppings", ModelRef.of("shop", "Topping")));
        app.model("Shop", m -> m
                .key("id")
                .string("name", 200).required()
                .string("code", 10)
                .string("city", 50)
                .uniqueTogether("code", "city")
                .mount("data", "svc/shops")
                .operation("hal", modelOperation(), "shops/hal-list")
                .withoutOperation("delete"));
        app.model("Branch", m -> m
                .stringKey("code", 20)
                .foreignKey("shop", ModelRef.of("shop", "Shop")).relatedName("branches"));
        app.model("Topping", m -> m.key("id").foreignKey("parent", ModelRef.of("shop", "Topping")).nullable());
    };

    static final SlumberApp NESTED = app -> {
        app.name("shop.nested1");
        app.model("Nested", m -> m.key("id"));
    };

    Registry registry;
    Model pizza;
    Model shop;
    Model branch;

    @BeforeAll
    void compileOnce() {
        registry = compile(SHOP, NESTED);
        pizza = registry.model(ModelRef.of("shop", "Pizza"));
        shop = registry.model(ModelRef.of("shop", "Shop"));
        branch = registry.model(ModelRef.of("shop", "Branch"));
    }

    @Nested
    @DisplayName("has URLs")
    class Urls {

        @Test
        @DisplayName("for apps (dots become slashes), labels and models")
        void appsAndModels() {
            assertThat(registry.mountPoint()).isEqualTo("/slumber/");
            assertThat(registry.rootUrl()).isEqualTo("/slumber/svc/");
            assertThat(registry.app("shop").url()).isEqualTo("/slumber/svc/shop/");
            assertThat(registry.app("shop.nested1").url()).isEqualTo("/slumber/svc/shop/nested1/");
            assertThat(registry.app("shop.nested1").label()).isEqualTo("nested1");
            assertThat(registry.authApp().url()).isEqualTo("/slumber/svc/django/contrib/auth/");
            assertThat(registry.authApp().label()).isEqualTo("auth");
            assertThat(shop.url()).isEqualTo("/slumber/svc/shop/Shop/");
            assertThat(registry.app("shop").configuration()).containsEntry("test", true);
            assertThat(registry.app("shop.nested1").configuration()).isNull();
        }

        @Test
        @DisplayName("for instances: identity is the standard data URL, links use the mounted one")
        void instanceUrls() {
            assertThat(shop.identityUrl(3L)).isEqualTo("/slumber/svc/shop/Shop/data/3/");
            assertThat(shop.dataUrl(3L)).isEqualTo("/slumber/svc/shops/3/");
            assertThat(pizza.identityUrl(1L)).isEqualTo("/slumber/svc/shop/Pizza/data/1/");
            assertThat(pizza.dataUrl(1L)).isEqualTo(pizza.identityUrl(1L));
            assertThat(branch.identityUrl("a b/c")).isEqualTo("/slumber/svc/shop/Branch/data/a%20b%2Fc/");
        }

        @Test
        @DisplayName("that lead back to the key, standard or mounted")
        void keyText() {
            assertThat(shop.keyTextOf("/slumber/svc/shop/Shop/data/3/")).isEqualTo("3");
            assertThat(shop.keyTextOf("/slumber/svc/shops/3/")).isEqualTo("3");
            assertThat(branch.keyTextOf("/slumber/svc/shop/Branch/data/a%20b%2Fc/")).isEqualTo("a b/c");
            assertThat(shop.keyTextOf("/slumber/svc/shop/Shop/data/3/extra/")).isNull();
            assertThat(shop.keyTextOf("/slumber/svc/shop/Pizza/data/3/")).isNull();
        }

        @Test
        @DisplayName("for operations: built-ins in order, then declared ones, without removed ones")
        void operations() {
            assertThat(pizza.operations()).containsOnlyKeys("instances", "create", "get", "data", "update", "delete");
            assertThat(List.copyOf(pizza.operations().keySet()))
                    .containsExactly("instances", "create", "get", "data", "update", "delete");
            assertThat(List.copyOf(shop.operations().keySet()))
                    .containsExactly("instances", "create", "get", "data", "update", "hal");
            OperationBinding data = shop.operation("data");
            assertThat(data.defaultUrl()).isEqualTo("/slumber/svc/shop/Shop/data/");
            assertThat(data.mountUri()).isEqualTo("svc/shops");
            assertThat(data.mountedUrl()).isEqualTo("/slumber/svc/shops/");
            assertThat(data.url()).isEqualTo("/slumber/svc/shops/");
            assertThat(data.isInstanceOperation()).isTrue();
            assertThat(shop.operation("hal").url()).isEqualTo("/slumber/shops/hal-list/");
            assertThat(shop.operation("hal").isInstanceOperation()).isFalse();
            assertThat(shop.operationUrl(shop.operation("update"), 3L)).isEqualTo("/slumber/svc/shop/Shop/update/3/");
            assertThat(pizza.operation("instances").url()).isEqualTo("/slumber/svc/shop/Pizza/instances/");
        }

        @Test
        @DisplayName("and lists mounted operations longest URI first")
        void mounted() {
            assertThat(registry.mountedOperations()).extracting(OperationBinding::mountUri)
                    .containsExactly("shops/hal-list", "svc/shops");
        }
    }

    @Nested
    @DisplayName("has data arrays")
    class DataArrays {

        @Test
        @DisplayName("named by relatedName, else by the referencing model in lower case")
        void reverseRelations() {
            assertThat(shop.dataArrays()).extracting(DataArray::name).containsExactly("pizza", "branches");
            DataArray pizzas = shop.dataArray("pizza");
            assertThat(pizzas.itemModel()).isSameAs(pizza);
            assertThat(pizzas.foreignKey()).isSameAs(pizza.field("exclusive_to"));
            assertThat(pizzas.link()).isNull();
            assertThat(shop.dataArray("branch")).isNull();
        }

        @Test
        @DisplayName("for many-to-many links, with Django's link tables and columns")
        void authLinks() {
            Model user = registry.model(ModelRef.AUTH_USER);
            Model group = registry.model(ModelRef.AUTH_GROUP);
            assertThat(user.dataArrays()).extracting(DataArray::name).containsExactly("groups", "user_permissions");
            assertThat(group.dataArrays()).extracting(DataArray::name).contains("permissions");
            assertThat(user.dataArray("groups").itemModel()).isSameAs(group);
            assertThat(registry.schema().links())
                    .extracting(LinkDescriptor::table, LinkDescriptor::ownerColumn, LinkDescriptor::targetColumn)
                    .contains(org.assertj.core.groups.Tuple.tuple("auth_user_groups", "user_id", "group_id"),
                            org.assertj.core.groups.Tuple.tuple("auth_user_user_permissions", "user_id",
                                    "permission_id"),
                            org.assertj.core.groups.Tuple.tuple("auth_group_permissions", "group_id",
                                    "permission_id"));
            LinkDescriptor groups = user.dataArray("groups").link();
            assertThat(groups.owner().table()).isEqualTo("auth_user");
            assertThat(groups.target().table()).isEqualTo("auth_group");
        }

        @Test
        @DisplayName("for a model's own links to another of its app")
        void ownLinks() {
            DataArray toppings = pizza.dataArray("toppings");
            assertThat(toppings.link().table()).isEqualTo("shop_pizza_toppings");
            assertThat(toppings.link().ownerColumn()).isEqualTo("pizza_id");
            assertThat(toppings.link().targetColumn()).isEqualTo("topping_id");
        }
    }

    @Nested
    @DisplayName("has a storage schema")
    class StorageSchema {

        @Test
        @DisplayName("with referenced tables before the tables that reference them")
        void order() {
            List<String> tables = registry.schema().models().stream().map(ModelDescriptor::table).toList();
            assertThat(tables).contains("auth_user", "auth_group", "auth_permission", "shop_pizza", "shop_shop",
                    "shop_branch", "shop_topping", "nested1_nested");
            for (ModelDescriptor model : registry.schema().models()) {
                for (FieldDescriptor field : model.fields()) {
                    if (field.reference() != null && !field.reference().targetTable().equals(model.table())) {
                        assertThat(tables.indexOf(field.reference().targetTable()))
                                .as("%s before %s", field.reference().targetTable(), model.table())
                                .isLessThan(tables.indexOf(model.table()));
                    }
                }
            }
            assertThat(tables.indexOf("shop_shop")).isLessThan(tables.indexOf("shop_pizza"));
        }

        @Test
        @DisplayName("with foreign keys typed like their target's key and deleting by nullability")
        void references() {
            FieldDescriptor exclusive = pizza.descriptor().field("exclusive_to");
            assertThat(exclusive.reference()).isEqualTo(new Reference("shop_shop", "id", OnDelete.SET_NULL));
            assertThat(exclusive.nullable()).isTrue();
            FieldDescriptor owner = branch.descriptor().field("shop");
            assertThat(owner.reference().onDelete()).isEqualTo(OnDelete.CASCADE);
            assertThat(owner.nullable()).isFalse();
            assertThat(pizza.field("exclusive_to").target()).isSameAs(shop);
            assertThat(pizza.field("exclusive_to").wireType()).isEqualTo("/slumber/svc/shop/Shop/");
            assertThat(pizza.field("exclusive_to").kind()).isEqualTo(FieldKind.OBJECT);
            assertThat(registry.model(ModelRef.of("shop", "Topping")).field("parent").target().name())
                    .isEqualTo("Topping");
        }

        @Test
        @DisplayName("with the uniqueness puttable needs: the key, unique fields and unique-together groups")
        void uniqueness() {
            assertThat(pizza.field("id").unique()).isTrue();
            assertThat(pizza.field("name").unique()).isTrue();
            assertThat(shop.field("name").unique()).isFalse();
            assertThat(shop.field("code").unique()).isFalse();
            assertThat(shop.uniqueTogether()).containsExactly(List.of("code", "city"));
            assertThat(shop.descriptor().uniqueTogether()).containsExactly(List.of("code", "city"));
            assertThat(pizza.descriptor().field("name").unique()).isTrue();
            assertThat(pizza.descriptor().field("id").unique()).as("the primary key needs no extra constraint")
                    .isFalse();
            assertThat(pizza.descriptor().key()).isEqualTo("id");
            assertThat(pizza.descriptor().generatedKey()).isTrue();
            assertThat(branch.descriptor().generatedKey()).isFalse();
        }

        @Test
        @DisplayName("with fields in declaration order, the key first, and Java type names on the wire")
        void fields() {
            assertThat(shop.fields()).extracting(Field::name).containsExactly("id", "name", "code", "city");
            assertThat(shop.field("id").wireType()).isEqualTo("java.lang.Long");
            assertThat(shop.field("name").wireType()).isEqualTo("java.lang.String");
            assertThat(shop.field("name").verboseName()).isEqualTo("name");
            assertThat(shop.permission("add")).isEqualTo("shop.add_shop");
            assertThat(registry.model(ModelRef.of("shop.nested1", "Nested")).permission("change"))
                    .isEqualTo("nested1.change_nested");
        }
    }
}
