package org.slumber.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slumber.spi.tck.StorageKitSchema.CRUST;
import static org.slumber.spi.tck.StorageKitSchema.ORDER;
import static org.slumber.spi.tck.StorageKitSchema.PIZZA;
import static org.slumber.spi.tck.StorageKitSchema.PIZZA_TAGS;
import static org.slumber.spi.tck.StorageKitSchema.PRICE;
import static org.slumber.spi.tck.StorageKitSchema.SHOP;
import static org.slumber.spi.tck.StorageKitSchema.TAG;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.storage.Filter;
import org.slumber.spi.storage.StorageException;

/** {@code delete}: removes one row and applies each referencing foreign key's ON DELETE rule. */
abstract class StorageDeleteChecks extends StorageChecks {

    StorageDeleteChecks(StorageCompatibilityKit kit) {
        super(kit);
    }

    @Test
    @DisplayName("removes the row and returns true")
    void removesTheRow() {
        long shop = newShop("doomed");
        long kept = newShop("kept");

        assertThat(writeBoolean(session -> session.delete(SHOP, shop))).isTrue();

        assertThat(find(SHOP, shop)).isEmpty();
        assertThat(find(SHOP, kept)).isPresent();
    }

    @Test
    @DisplayName("returns false when no row has the key")
    void reportsMissingRow() {
        long shop = newShop("only");
        insert(CRUST, row("code", "thin"));

        assertThat(writeBoolean(session -> session.delete(SHOP, shop + 1000))).isFalse();
        assertThat(writeBoolean(session -> session.delete(CRUST, "thick"))).isFalse();
        assertThat(writeBoolean(session -> session.delete(SHOP, shop))).isTrue();
        assertThat(writeBoolean(session -> session.delete(SHOP, shop))).as("deleting twice").isFalse();
    }

    @Test
    @DisplayName("deletes the rows of a CASCADE reference, and only those")
    void cascades() {
        long doomed = newPizza("Doomed", null);
        long kept = newPizza("Kept", null);
        long doomedPrice = newPrice(doomed, "small");
        newPrice(doomed, "large");
        long keptPrice = newPrice(kept, "small");

        write(session -> session.delete(PIZZA, doomed));

        assertThat(find(PRICE, doomedPrice)).isEmpty();
        assertThat(readRows(session -> session.page(PRICE, Filter.equal("pizza", doomed), null, 10))).isEmpty();
        assertThat(find(PRICE, keptPrice)).isPresent();
    }

    @Test
    @DisplayName("nulls the references of a SET_NULL reference and keeps their rows")
    void setsNull() {
        long doomed = newShop("doomed");
        long kept = newShop("kept");
        long orphaned = newPizza("Orphaned", doomed);
        long owned = newPizza("Owned", kept);

        write(session -> session.delete(SHOP, doomed));

        assertThat(get(PIZZA, orphaned)).containsEntry("shop", null).containsEntry("name", "Orphaned");
        assertThat(get(PIZZA, owned)).containsEntry("shop", kept);
    }

    @Test
    @DisplayName("refuses with a ReferenceViolation while a RESTRICT reference points at the row, changing nothing")
    void restricts() {
        long shop = newShop("ordered");
        long pizza = newPizza("Ordered", shop);
        long order = (Long) insert(ORDER, row("shop", shop, "quantity", 1));

        assertThatThrownBy(() -> write(session -> session.delete(SHOP, shop)))
                .isInstanceOfSatisfying(StorageException.ReferenceViolation.class,
                        violation -> assertThat(violation.model()).isEqualTo(SHOP.name()))
                .hasMessageContaining(SHOP.name());

        assertThat(find(SHOP, shop)).isPresent();
        assertThat(get(PIZZA, pizza)).as("the SET_NULL reference").containsEntry("shop", shop);
        assertThat(find(ORDER, order)).isPresent();

        write(session -> session.delete(ORDER, order));
        assertThat(writeBoolean(session -> session.delete(SHOP, shop))).as("once the order is gone").isTrue();
    }

    @Test
    @DisplayName("removes the link rows of a deleted owner and keeps its targets")
    void unlinksDeletedOwner() {
        long doomed = newPizza("Doomed", null);
        long kept = newPizza("Kept", null);
        int tag = newTag("shared");
        write(session -> session.link(PIZZA_TAGS, doomed, tag) && session.link(PIZZA_TAGS, kept, tag));

        write(session -> session.delete(PIZZA, doomed));

        assertThat(find(TAG, tag)).isPresent();
        assertThat(readRows(session -> session.linked(PIZZA_TAGS, List.of(doomed)))).isEmpty();
        assertThat(keysOf(TAG, read(session -> session.linked(PIZZA_TAGS, List.of(kept))))).containsExactly(tag);
    }

    @Test
    @DisplayName("removes the link rows of a deleted target and keeps its owners")
    void unlinksDeletedTarget() {
        long pizza = newPizza("Tagged", null);
        int doomed = newTag("doomed");
        int kept = newTag("kept");
        write(session -> session.link(PIZZA_TAGS, pizza, doomed) && session.link(PIZZA_TAGS, pizza, kept));

        write(session -> session.delete(TAG, doomed));

        assertThat(find(PIZZA, pizza)).isPresent();
        assertThat(keysOf(TAG, read(session -> session.linked(PIZZA_TAGS, List.of(pizza))))).containsExactly(kept);
        assertThat(keysOf(TAG, read(session -> session.page(TAG, Filter.linked(PIZZA_TAGS, pizza), null, 10))))
                .containsExactly(kept);
    }
}
