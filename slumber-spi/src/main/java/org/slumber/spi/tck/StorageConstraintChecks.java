package org.slumber.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slumber.spi.tck.StorageKitSchema.CRUST;
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

/**
 * {@link StorageException.UniqueViolation} and {@link StorageException.ReferenceViolation}: which
 * writes raise them, what they carry, and that the unit raising them leaves nothing behind.
 */
abstract class StorageConstraintChecks extends StorageChecks {

    StorageConstraintChecks(StorageCompatibilityKit kit) {
        super(kit);
    }

    @Test
    @DisplayName("a taken caller-given key raises a UniqueViolation naming the model")
    void refusesDuplicateKey() {
        insert(CRUST, row("code", "thin", "name", "Thin"));

        assertThatThrownBy(() -> insert(CRUST, row("code", "thin", "name", "Again")))
                .isInstanceOfSatisfying(StorageException.UniqueViolation.class, violation -> {
                    assertThat(violation.model()).isEqualTo(CRUST.name());
                    assertThat(violation.fields()).as("fields, when known").isIn(List.of(), List.of("code"));
                })
                .hasMessageContaining(CRUST.name());
        assertThat(get(CRUST, "thin")).containsEntry("name", "Thin");
    }

    @Test
    @DisplayName("a taken explicit key of a generated-key model raises a UniqueViolation")
    void refusesDuplicateExplicitKey() {
        long shop = newShop("taken");

        assertThatThrownBy(() -> insert(SHOP, row("id", shop, "slug", "other", "name", "Other")))
                .isInstanceOfSatisfying(StorageException.UniqueViolation.class,
                        violation -> assertThat(violation.model()).isEqualTo(SHOP.name()));
        assertThat(get(SHOP, shop)).containsEntry("slug", "taken");
    }

    @Test
    @DisplayName("a taken unique field raises a UniqueViolation naming the model and, when known, the field")
    void refusesDuplicateUniqueField() {
        newShop("slug");

        assertThatThrownBy(() -> newShop("slug"))
                .isInstanceOfSatisfying(StorageException.UniqueViolation.class, violation -> {
                    assertThat(violation.model()).isEqualTo(SHOP.name());
                    assertThat(violation.fields()).as("fields, when known").isIn(List.of(), List.of("slug"));
                })
                .hasMessageContaining(SHOP.name());
        assertThat(readRows(session -> session.select(SHOP, row("slug", "slug"), 10))).hasSize(1);
    }

    @Test
    @DisplayName("a taken unique-together group raises a UniqueViolation; its parts alone may repeat")
    void refusesDuplicateUniqueTogether() {
        long pizza = newPizza("Sized", null);
        long other = newPizza("Also sized", null);
        newPrice(pizza, "large");
        newPrice(pizza, "small");
        newPrice(other, "large");

        assertThatThrownBy(() -> newPrice(pizza, "large"))
                .isInstanceOfSatisfying(StorageException.UniqueViolation.class, violation -> {
                    assertThat(violation.model()).isEqualTo(PRICE.name());
                    assertThat(violation.fields()).as("fields, when known")
                            .isIn(List.of(), List.of("pizza", "size"), List.of("size", "pizza"));
                });
        assertThat(readRows(session -> session.page(PRICE, Filter.equal("pizza", pizza), null, 10))).hasSize(2);
    }

    @Test
    @DisplayName("a unique field may hold null in many rows")
    void allowsManyNulls() {
        newShop("first");
        newShop("second");
        insert(SHOP, row("slug", "third", "name", "Third", "phone", "555-0100"));

        assertThat(readRows(session -> session.select(SHOP, row("phone", null), 10))).hasSize(2);
        assertThatThrownBy(() -> insert(SHOP, row("slug", "fourth", "name", "Fourth", "phone", "555-0100")))
                .isInstanceOf(StorageException.UniqueViolation.class);
    }

    @Test
    @DisplayName("an update to a taken unique value raises a UniqueViolation and changes nothing")
    void refusesDuplicateOnUpdate() {
        newShop("taken");
        long shop = newShop("free");

        assertThatThrownBy(() -> write(session -> session.update(SHOP, shop, row("slug", "taken"))))
                .isInstanceOfSatisfying(StorageException.UniqueViolation.class,
                        violation -> assertThat(violation.model()).isEqualTo(SHOP.name()));
        assertThat(get(SHOP, shop)).containsEntry("slug", "free");
    }

    @Test
    @DisplayName("a reference to a missing row raises a ReferenceViolation naming the model")
    void refusesDanglingReference() {
        long shop = newShop("real");

        assertThatThrownBy(() -> insert(PIZZA, row("name", "Dangling", "shop", shop + 1000)))
                .isInstanceOfSatisfying(StorageException.ReferenceViolation.class,
                        violation -> assertThat(violation.model()).isEqualTo(PIZZA.name()))
                .hasMessageContaining(PIZZA.name());
        assertThat(readRows(session -> session.select(PIZZA, row("name", "Dangling"), 10))).isEmpty();
    }

    @Test
    @DisplayName("linking a missing row raises a ReferenceViolation")
    void refusesDanglingLink() {
        long pizza = newPizza("Real", null);
        int tag = newTag("real");

        assertThatThrownBy(() -> write(session -> session.link(PIZZA_TAGS, pizza, tag + 1000)))
                .isInstanceOf(StorageException.ReferenceViolation.class);
        assertThatThrownBy(() -> write(session -> session.link(PIZZA_TAGS, pizza + 1000, tag)))
                .isInstanceOf(StorageException.ReferenceViolation.class);
        assertThat(readRows(session -> session.linked(PIZZA_TAGS, List.of(pizza)))).isEmpty();
    }

    @Test
    @DisplayName("a violation leaves nothing of its unit behind")
    void rollsBackTheWholeUnit() {
        long shop = newShop("taken");

        assertThatThrownBy(() -> write(session -> {
            session.insert(TAG, row("label", "early"));
            session.update(SHOP, shop, row("name", "Changed"));
            return session.insert(SHOP, row("slug", "taken", "name", "Duplicate"));
        })).isInstanceOf(StorageException.UniqueViolation.class);

        assertThat(readRows(session -> session.select(TAG, row("label", "early"), 10))).isEmpty();
        assertThat(get(SHOP, shop)).containsEntry("name", "Shop taken");
    }
}
