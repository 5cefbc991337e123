package org.slumber.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.spi.tck.StorageKitSchema.CRUST;
import static org.slumber.spi.tck.StorageKitSchema.PIZZA;
import static org.slumber.spi.tck.StorageKitSchema.PRICE;
import static org.slumber.spi.tck.StorageKitSchema.SHOP;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.storage.Filter;

/** {@code update}: sets the given fields of one row and nothing else. */
abstract class StorageUpdateChecks extends StorageChecks {

    StorageUpdateChecks(StorageCompatibilityKit kit) {
        super(kit);
    }

    @Test
    @DisplayName("changes only the given fields of only that row")
    void changesOnlyGivenFields() {
        long shop = (Long) insert(SHOP, row("slug", "before", "name", "Before", "open", true, "visitors", 5L));
        long neighbour = (Long) insert(SHOP, row("slug", "neighbour", "name", "Neighbour", "open", true));

        boolean updated = write(session -> session.update(SHOP, shop, row("name", "After", "visitors", 6L)));

        assertThat(updated).isTrue();
        assertThat(get(SHOP, shop)).containsEntry("name", "After").containsEntry("visitors", 6L)
                .containsEntry("slug", "before").containsEntry("open", true);
        assertThat(get(SHOP, neighbour)).containsEntry("name", "Neighbour").containsEntry("visitors", null);
    }

    @Test
    @DisplayName("sets every value type, and null")
    void setsEveryType() {
        long pizza = newPizza("Priced", null);
        long price = (Long) insert(PRICE, row("pizza", pizza, "size", "s", "amount", new BigDecimal("1.00"),
                "date", LocalDate.of(2020, 1, 1)));

        write(session -> session.update(PRICE, price, row("amount", new BigDecimal("2.25"), "date", null,
                "valid_from", Instant.parse("2025-06-01T10:15:30.000123Z"), "size", "m")));

        assertThat(get(PRICE, price)).containsEntry("amount", new BigDecimal("2.25")).containsEntry("date", null)
                .containsEntry("valid_from", Instant.parse("2025-06-01T10:15:30.000123Z"))
                .containsEntry("size", "m").containsEntry("pizza", pizza);
    }

    @Test
    @DisplayName("moves a reference to another row and to null")
    void movesReferences() {
        long first = newShop("first");
        long second = newShop("second");
        long pizza = newPizza("Moving", first);

        write(session -> session.update(PIZZA, pizza, row("shop", second)));
        assertThat(readRows(session -> session.page(PIZZA, Filter.equal("shop", second), null, 10))).hasSize(1);
        assertThat(readRows(session -> session.page(PIZZA, Filter.equal("shop", first), null, 10))).isEmpty();

        write(session -> session.update(PIZZA, pizza, row("shop", null)));
        assertThat(get(PIZZA, pizza)).containsEntry("shop", null);
    }

    @Test
    @DisplayName("returns false and creates nothing when no row has the key")
    void reportsMissingRow() {
        long shop = newShop("present");

        boolean updated = write(session -> session.update(SHOP, shop + 1000, row("name", "Ghost")));

        assertThat(updated).isFalse();
        assertThat(find(SHOP, shop + 1000)).isEmpty();
        assertThat(readRows(session -> session.page(SHOP, Filter.all(), null, 10))).hasSize(1);
    }

    @Test
    @DisplayName("never changes the key, even when the values hold one")
    void keepsTheKey() {
        long shop = newShop("keyed");

        boolean updated = write(session -> session.update(SHOP, shop, row("id", shop + 500, "name", "Renamed")));

        assertThat(updated).isTrue();
        assertThat(get(SHOP, shop)).containsEntry("id", shop).containsEntry("name", "Renamed");
        assertThat(find(SHOP, shop + 500)).isEmpty();
    }

    @Test
    @DisplayName("with no fields to set reports whether the row exists")
    void reportsExistenceForNoFields() {
        long shop = newShop("untouched");
        Map<String, Object> before = get(SHOP, shop);

        assertThat(writeBoolean(session -> session.update(SHOP, shop, Map.of()))).isTrue();
        assertThat(writeBoolean(session -> session.update(SHOP, shop + 1000, Map.of()))).isFalse();
        assertThat(writeBoolean(session -> session.update(SHOP, shop, row("id", shop)))).isTrue();
        assertThat(get(SHOP, shop)).isEqualTo(before);
    }

    @Test
    @DisplayName("works with keys given by the caller")
    void updatesByStringKey() {
        insert(CRUST, row("code", "thin", "name", "Thin"));
        insert(CRUST, row("code", "thin2", "name", "Thinner"));

        assertThat(writeBoolean(session -> session.update(CRUST, "thin", row("name", "Crispy")))).isTrue();

        assertThat(get(CRUST, "thin")).containsEntry("name", "Crispy");
        assertThat(get(CRUST, "thin2")).containsEntry("name", "Thinner");
    }
}
