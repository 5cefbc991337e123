package org.slumber.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.spi.tck.StorageKitSchema.CRUST;
import static org.slumber.spi.tck.StorageKitSchema.PIZZA;
import static org.slumber.spi.tck.StorageKitSchema.SHOP;
import static org.slumber.spi.tck.StorageKitSchema.TAG;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code insert}: generated keys, explicit keys, and a generator that stays ahead of explicit keys. */
abstract class StorageInsertChecks extends StorageChecks {

    StorageInsertChecks(StorageCompatibilityKit kit) {
        super(kit);
    }

    @Test
    @DisplayName("assigns distinct generated keys of the key field's Java type")
    void generatesKeys() {
        Object first = insert(SHOP, row("slug", "one", "name", "One"));
        Object second = insert(SHOP, row("slug", "two", "name", "Two"));
        Object tag = insert(TAG, row("label", "hot"));

        assertThat(first).isExactlyInstanceOf(Long.class).isNotEqualTo(second);
        assertThat(second).isExactlyInstanceOf(Long.class);
        assertThat(tag).isExactlyInstanceOf(Integer.class);
        assertThat(get(SHOP, first)).containsEntry("id", first).containsEntry("slug", "one");
        assertThat(get(TAG, tag)).containsEntry("id", tag).containsEntry("label", "hot");
    }

    @Test
    @DisplayName("stores the fields left out as null")
    void storesMissingFieldsAsNull() {
        long shop = (Long) insert(SHOP, row("slug", "sparse", "name", "Sparse"));

        assertThat(get(SHOP, shop)).containsEntry("open", null).containsEntry("phone", null)
                .containsEntry("visitors", null);
    }

    @Test
    @DisplayName("generates a key when the values hold a null key")
    void generatesForNullKey() {
        Object shop = insert(SHOP, row("id", null, "slug", "nullkey", "name", "Null key"));

        assertThat(shop).isExactlyInstanceOf(Long.class);
        assertThat(get(SHOP, shop)).containsEntry("slug", "nullkey");
    }

    @Test
    @DisplayName("uses an explicit key and returns it")
    void usesExplicitKey() {
        Object shop = insert(SHOP, row("id", 42L, "slug", "explicit", "name", "Explicit"));

        assertThat(shop).isEqualTo(42L);
        assertThat(get(SHOP, 42L)).containsEntry("slug", "explicit");
    }

    @Test
    @DisplayName("keeps the generator ahead of an explicit key just above it")
    void keepsGeneratorAheadOfExplicitKey() {
        long generated = newShop("generated");
        long explicit = generated + 3;
        insert(SHOP, row("id", explicit, "slug", "explicit", "name", "Explicit"));

        List<Long> later = newShops("later", 5);

        assertThat(later).allSatisfy(key -> assertThat(key).isGreaterThan(explicit)).doesNotHaveDuplicates();
        assertThat(get(SHOP, explicit)).containsEntry("slug", "explicit");
    }

    @Test
    @DisplayName("keeps the generator ahead of an explicit key far ahead")
    void keepsGeneratorAheadOfFarKey() {
        newShop("before");
        insert(SHOP, row("id", 1_000_000L, "slug", "far", "name", "Far"));
        int tag = (Integer) insert(TAG, row("id", 50_000, "label", "far"));

        long nextShop = newShop("next");
        int nextTag = newTag("next");

        assertThat(nextShop).isGreaterThan(1_000_000L);
        assertThat(nextTag).isGreaterThan(tag);
    }

    @Test
    @DisplayName("takes an explicit key below the generator without disturbing later keys")
    void takesExplicitKeyBelowGenerator() {
        List<Long> shops = newShops("below", 3);
        long reused = shops.get(1);
        write(session -> session.delete(SHOP, reused));
        insert(SHOP, row("id", reused, "slug", "reused", "name", "Reused"));

        long next = newShop("next");

        assertThat(next).isNotIn(shops);
        assertThat(get(SHOP, reused)).containsEntry("slug", "reused");
        assertThat(get(SHOP, next)).containsEntry("slug", "next");
    }

    @Test
    @DisplayName("uses keys given by the caller for models without a generator")
    void usesCallerKeys() {
        Object thin = insert(CRUST, row("code", "thin", "name", "Thin"));
        Object thick = insert(CRUST, row("code", "thick"));

        assertThat(thin).isEqualTo("thin");
        assertThat(thick).isEqualTo("thick");
        assertThat(get(CRUST, "thick")).containsEntry("name", null);
    }

    @Test
    @DisplayName("stores a reference to another row")
    void storesReferences() {
        long shop = newShop("referenced");

        long pizza = (Long) insert(PIZZA, row("name", "Referencing", "shop", shop));

        assertThat(get(PIZZA, pizza)).containsEntry("shop", shop);
    }
}
