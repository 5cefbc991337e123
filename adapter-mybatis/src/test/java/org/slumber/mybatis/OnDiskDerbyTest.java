package org.slumber.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slumber.mybatis.TestSchema.PIZZA;
import static org.slumber.mybatis.TestSchema.SCHEMA;
import static org.slumber.mybatis.TestSchema.SHOP;
import static org.slumber.mybatis.TestSchema.row;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.storage.Filter;
import org.slumber.spi.storage.Storage;

/** An embedded Derby database in a directory: closing shuts it down, so it opens again in the same JVM. */
class OnDiskDerbyTest {

    private final Path directory = Path.of("target", "derby-tests", "db-" + UUID.randomUUID()).toAbsolutePath();

    @Test
    @DisplayName("keeps its rows across close and reopen, and createSchema says the tables exist")
    void survivesReopening() {
        Object shop;
        Object pizza;
        try (Storage storage = MyBatisStorage.embeddedDerby(directory.toString())) {
            assertThat(storage.createSchema(SCHEMA)).isTrue();
            shop = storage.write(session -> session.insert(SHOP, row("slug", "disk", "name", "On disk")));
            pizza = storage.write(session -> session.insert(PIZZA, row("name", "Durable", "shop", shop)));
        }
        assertThat(directory).isDirectory();
        assertThat(directory.resolve("db.lck")).as("Derby's lock file, removed on shutdown").doesNotExist();

        try (Storage reopened = MyBatisStorage.embeddedDerby(directory.toString())) {
            assertThat(reopened.createSchema(SCHEMA)).isFalse();
            Optional<Map<String, Object>> kept = reopened.read(session -> session.find(SHOP, shop));
            List<Map<String, Object>> pizzas =
                    reopened.read(session -> session.page(PIZZA, Filter.equal("shop", shop), null, 10));
            assertThat(kept).hasValueSatisfying(row -> assertThat(row).containsEntry("name", "On disk"));
            assertThat(pizzas).extracting(row -> row.get("id")).containsExactly(pizza);
            Object later = reopened.write(session -> session.insert(SHOP, row("slug", "later")));
            assertThat((Long) later).isGreaterThan((Long) shop);
        }
        assertThat(directory.resolve("db.lck")).doesNotExist();
    }

    @Test
    @DisplayName("keeps the key generator ahead of an explicit key across a reopen")
    void keepsGeneratorAheadAcrossReopening() {
        try (Storage storage = MyBatisStorage.embeddedDerby(directory.toString())) {
            storage.createSchema(SCHEMA);
            storage.write(session -> session.insert(SHOP, row("id", 500L, "slug", "explicit")));
        }
        try (Storage reopened = MyBatisStorage.embeddedDerby(directory.toString())) {
            Object next = reopened.write(session -> session.insert(SHOP, row("slug", "generated")));
            assertThat((Long) next).isGreaterThan(500L);
        }
    }

    @Test
    @DisplayName("refuses a directory name that would carry Derby attributes")
    void refusesAttributesInDirectory() {
        assertThatThrownBy(() -> MyBatisStorage.embeddedDerby(directory + ";shutdown=true"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("';'");
        assertThat(directory).doesNotExist();
    }
}
