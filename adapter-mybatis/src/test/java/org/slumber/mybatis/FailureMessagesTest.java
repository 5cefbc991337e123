package org.slumber.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slumber.mybatis.TestSchema.NEVER_CREATED;
import static org.slumber.mybatis.TestSchema.PIZZA;
import static org.slumber.mybatis.TestSchema.PIZZA_TOPPINGS;
import static org.slumber.mybatis.TestSchema.SCHEMA;
import static org.slumber.mybatis.TestSchema.SHOP;
import static org.slumber.mybatis.TestSchema.row;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.storage.Storage;
import org.slumber.spi.storage.StorageException;
import org.slumber.spi.storage.StorageSettings;

/** Failures say which model or link, which operation and which statement, and never a value of a row. */
class FailureMessagesTest {

    private Storage storage;

    @BeforeEach
    void open() {
        storage = MyBatisStorage.open(new StorageSettings(null, null, null, 2, Map.of()));
        storage.createSchema(SCHEMA);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    @DisplayName("a unique violation names model, constraint, fields, statement and SQL, but not the value")
    void namesTheUniqueViolation() {
        storage.write(session -> session.insert(SHOP, row("slug", "secret-slug", "name", "First")));

        assertThatThrownBy(() -> storage.write(session -> session.insert(SHOP, row("slug", "secret-slug"))))
                .isInstanceOfSatisfying(StorageException.UniqueViolation.class, violation -> {
                    assertThat(violation.model()).isEqualTo("test.Shop");
                    assertThat(violation.fields()).containsExactly("slug");
                })
                .hasMessageStartingWith("test.Shop: insert failed: unique constraint uq_test_shop_slug on [slug]")
                .hasMessageContaining("[SQLState 23505]")
                .hasMessageContaining("### Statement: model.test_shop.insertGenerated")
                .hasMessageContaining("### SQL: INSERT INTO \"test_shop\" (\"slug\", \"name\") VALUES (?, ?)")
                .message().doesNotContain("secret-slug");
    }

    @Test
    @DisplayName("a unique-together violation names both fields")
    void namesTheUniqueTogetherFields() {
        Object shop = storage.write(session -> session.insert(SHOP, row("slug", "s")));
        storage.write(session -> session.insert(PIZZA, row("name", "Twice", "shop", shop)));

        assertThatThrownBy(() -> storage.write(session -> session.insert(PIZZA, row("name", "Twice", "shop", shop))))
                .isInstanceOfSatisfying(StorageException.UniqueViolation.class,
                        violation -> assertThat(violation.fields()).containsExactly("shop", "name"))
                .hasMessageContaining("uq_test_pizza_shop_id_name");
    }

    @Test
    @DisplayName("a reference violation names the foreign key and the model, not the key")
    void namesTheReferenceViolation() {
        assertThatThrownBy(() -> storage.write(session -> session.insert(PIZZA, row("name", "Lost", "shop", 987654L))))
                .isInstanceOf(StorageException.ReferenceViolation.class)
                .hasMessageStartingWith("test.Pizza: insert failed: foreign key fk_test_pizza_shop_id is violated")
                .hasMessageContaining("### Statement: model.test_pizza.insertGenerated")
                .message().doesNotContain("987654");
    }

    @Test
    @DisplayName("a value too long for its column is named as such, without the value")
    void namesDataErrorsWithoutValues() {
        String tooLong = "confidential-".repeat(10);

        assertThatThrownBy(() -> storage.write(session -> session.insert(SHOP, row("slug", "ok", "name", tooLong))))
                .isExactlyInstanceOf(StorageException.InvalidValue.class)
                .hasMessageStartingWith("test.Shop: insert failed: a value does not fit its column [SQLState 22001]")
                .message().doesNotContain("confidential");
    }

    @Test
    @DisplayName("a missing table is named with the driver's words, the operation and the SQL")
    void namesOtherFailures() {
        assertThatThrownBy(() -> storage.read(session -> session.find(NEVER_CREATED, 1L)))
                .isExactlyInstanceOf(StorageException.class)
                .hasMessageStartingWith("test.Ghost: find failed: ")
                .hasMessageContaining("test_ghost")
                .hasMessageContaining("[SQLState 42X05]")
                .hasMessageContaining("### Statement: model.test_ghost.find")
                .hasMessageContaining("### SQL: SELECT t.\"id\" FROM \"test_ghost\" t WHERE t.\"id\" = ?");
    }

    @Test
    @DisplayName("a link failure names the link")
    void namesTheLink() {
        Object shop = storage.write(session -> session.insert(SHOP, row("slug", "s")));
        Object pizza = storage.write(session -> session.insert(PIZZA, row("name", "P", "shop", shop)));

        assertThatThrownBy(() -> storage.write(session -> session.link(PIZZA_TOPPINGS, pizza, 4242)))
                .isInstanceOfSatisfying(StorageException.ReferenceViolation.class,
                        violation -> assertThat(violation.model()).isEqualTo("test.Pizza.toppings"))
                .hasMessageStartingWith("test.Pizza.toppings: link failed: ")
                .hasMessageContaining("### Statement: link.test_pizza_toppings.link");
    }

    @Test
    @DisplayName("a value of the wrong type is refused before any SQL runs, naming field and types")
    void refusesWrongTypes() {
        assertThatThrownBy(() -> storage.write(session -> session.insert(SHOP, row("slug", 12))))
                .isExactlyInstanceOf(StorageException.class)
                .hasMessage("test.Shop: insert: field slug takes java.lang.String values, not java.lang.Integer");
        assertThatThrownBy(() -> storage.read(session -> session.find(SHOP, 1)))
                .hasMessage("test.Shop: find: field id takes java.lang.Long values, not java.lang.Integer");
    }

    @Test
    @DisplayName("an unknown field is refused, naming the fields there are")
    void refusesUnknownFields() {
        assertThatThrownBy(() -> storage.read(session -> session.select(SHOP, Map.of("colour", "red"), 10)))
                .isExactlyInstanceOf(StorageException.class)
                .hasMessageStartingWith("test.Shop: select: there is no field colour; the fields are ");
    }
}
