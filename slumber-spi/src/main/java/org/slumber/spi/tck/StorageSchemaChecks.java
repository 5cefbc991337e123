package org.slumber.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.spi.tck.StorageKitSchema.PIZZA;
import static org.slumber.spi.tck.StorageKitSchema.PIZZA_TAGS;
import static org.slumber.spi.tck.StorageKitSchema.SCHEMA;
import static org.slumber.spi.tck.StorageKitSchema.SHOP;
import static org.slumber.spi.tck.StorageKitSchema.SHOPS_ONLY;
import static org.slumber.spi.tck.StorageKitSchema.TAG;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.storage.Filter;
import org.slumber.spi.storage.Storage;

/** {@link Storage#createSchema}: creates what is missing, reports whether it made the tables, is safe to repeat. */
abstract class StorageSchemaChecks extends StorageChecks {

    StorageSchemaChecks(StorageCompatibilityKit kit) {
        super(kit);
    }

    @Test
    @DisplayName("returns true on a new store and false the second time")
    void reportsWhetherItCreatedTheTables() {
        Storage fresh = kit().openFresh();

        assertThat(fresh.createSchema(SCHEMA)).as("first call on a new store").isTrue();
        assertThat(fresh.createSchema(SCHEMA)).as("second call").isFalse();
        assertThat(fresh.createSchema(SCHEMA)).as("third call").isFalse();
    }

    @Test
    @DisplayName("can be repeated without touching existing rows, links or key generators")
    void isIdempotent() {
        long shop = newShop("kept");
        long pizza = newPizza("Margherita", shop);
        int tag = newTag("classic");
        write(session -> session.link(PIZZA_TAGS, pizza, tag));

        assertThat(storage().createSchema(SCHEMA)).isFalse();

        assertThat(get(SHOP, shop)).containsEntry("slug", "kept");
        assertThat(get(PIZZA, pizza)).containsEntry("shop", shop);
        assertThat(readRows(session -> session.linked(PIZZA_TAGS, List.of(pizza))))
                .extracting(row -> row.get("id")).containsExactly(tag);
        assertThat(newShop("after")).as("a key generated after the repeated call").isNotEqualTo(shop);
    }

    @Test
    @DisplayName("adds the tables of a larger schema and keeps the rows of the existing ones")
    void createsOnlyWhatIsMissing() {
        Storage fresh = kit().openFresh();
        fresh.createSchema(SHOPS_ONLY);
        Object shop = fresh.write(session -> session.insert(SHOP, row("slug", "early", "name", "Early")));

        fresh.createSchema(SCHEMA);
        Optional<Map<String, Object>> kept = fresh.read(session -> session.find(SHOP, shop));
        Object pizza = fresh.write(session -> session.insert(PIZZA, row("name", "Late", "shop", shop)));
        Object tag = fresh.write(session -> session.insert(TAG, row("label", "late")));
        boolean linked = fresh.write(session -> session.link(PIZZA_TAGS, pizza, tag));
        List<Map<String, Object>> pizzas =
                fresh.read(session -> session.page(PIZZA, Filter.equal("shop", shop), null, 10));

        assertThat(kept).hasValueSatisfying(row -> assertThat(row).containsEntry("slug", "early"));
        assertThat(linked).isTrue();
        assertThat(keysOf(PIZZA, pizzas)).containsExactly(pizza);
    }

    @Test
    @DisplayName("gives a store whose tables start empty")
    void startsEmpty() {
        for (var model : SCHEMA.models()) {
            assertThat(readRows(session -> session.page(model, Filter.all(), null, 10)))
                    .as("rows of %s", model.name()).isEmpty();
        }
    }
}
