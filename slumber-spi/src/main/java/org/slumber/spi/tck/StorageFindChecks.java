package org.slumber.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.spi.tck.StorageKitSchema.CRUST;
import static org.slumber.spi.tck.StorageKitSchema.PIZZA;
import static org.slumber.spi.tck.StorageKitSchema.SHOP;
import static org.slumber.spi.tck.StorageKitSchema.TAG;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code find}, {@code findAll} and {@code select}: rows by key and by field equality. */
abstract class StorageFindChecks extends StorageChecks {

    StorageFindChecks(StorageCompatibilityKit kit) {
        super(kit);
    }

    @Test
    @DisplayName("find gives the row with the key")
    void findsByKey() {
        long first = newShop("first");
        long second = newShop("second");

        assertThat(find(SHOP, first)).hasValueSatisfying(row -> assertThat(row)
                .containsEntry("id", first).containsEntry("slug", "first").containsEntry("name", "Shop first"));
        assertThat(find(SHOP, second)).hasValueSatisfying(row -> assertThat(row).containsEntry("slug", "second"));
    }

    @Test
    @DisplayName("find gives nothing for a key without a row")
    void findsNothingForMissingKey() {
        long shop = newShop("only");

        assertThat(find(SHOP, shop + 1000)).isEmpty();
        assertThat(find(CRUST, "missing")).isEmpty();
    }

    @Test
    @DisplayName("find works with keys given by the caller")
    void findsByStringKey() {
        insert(CRUST, row("code", "deep", "name", "Deep dish"));
        insert(CRUST, row("code", "Deep", "name", "Other case"));

        assertThat(find(CRUST, "deep")).hasValueSatisfying(row -> assertThat(row)
                .containsEntry("code", "deep").containsEntry("name", "Deep dish"));
        assertThat(find(CRUST, "Deep")).hasValueSatisfying(row -> assertThat(row).containsEntry("name", "Other case"));
    }

    @Test
    @DisplayName("findAll gives the rows of the keys and skips keys without a row")
    void findsAllByKeys() {
        List<Long> shops = newShops("all", 4);

        List<Map<String, Object>> rows = read(session -> session.findAll(SHOP,
                List.of(shops.get(0), shops.get(2), shops.get(3) + 1000)));

        assertThat(keysOf(SHOP, rows)).containsExactlyInAnyOrder(shops.get(0), shops.get(2));
        assertThat(rows).allSatisfy(row -> assertThat(row).containsOnlyKeys("id", "slug", "name", "open", "phone",
                "visitors"));
    }

    @Test
    @DisplayName("findAll gives nothing for no keys")
    void findsAllOfNoKeys() {
        newShop("unasked");

        assertThat(readRows(session -> session.findAll(SHOP, List.of()))).isEmpty();
    }

    @Test
    @DisplayName("findAll gives each row once when a key is repeated")
    void findsAllOncePerRow() {
        long shop = newShop("repeated");

        assertThat(readRows(session -> session.findAll(SHOP, List.of(shop, shop, shop)))).hasSize(1);
    }

    @Test
    @DisplayName("findAll takes a thousand keys in one call")
    void findsAllOfManyKeys() {
        List<Long> shops = newShops("many", 3);
        List<Object> keys = new ArrayList<>();
        LongStream.rangeClosed(1, 1200).forEach(keys::add);
        keys.addAll(shops);
        Collections.shuffle(keys, new Random(7));

        List<Map<String, Object>> rows = read(session -> session.findAll(SHOP, keys));

        assertThat(Set.copyOf(keysOf(SHOP, rows))).containsAll(shops);
        assertThat(rows).hasSize((int) rows.stream().map(row -> row.get("id")).distinct().count());
    }

    @Test
    @DisplayName("findAll works with INTEGER and caller-given keys")
    void findsAllOfOtherKeyTypes() {
        int tag = newTag("one");
        newTag("two");
        insert(CRUST, row("code", "thin"));
        insert(CRUST, row("code", "thick"));

        assertThat(keysOf(TAG, read(session -> session.findAll(TAG, List.of(tag, tag + 99))))).containsExactly(tag);
        assertThat(keysOf(CRUST, read(session -> session.findAll(CRUST, List.of("thick", "none")))))
                .containsExactly("thick");
    }

    @Test
    @DisplayName("select matches several fields at once")
    void selectsBySeveralFields() {
        long shop = newShop("several");
        long other = newShop("other");
        long wanted = newPizza("Napoli", shop);
        newPizza("Napoli", other);
        newPizza("Marinara", shop);

        List<Map<String, Object>> rows =
                readRows(session -> session.select(PIZZA, row("name", "Napoli", "shop", shop), 10));

        assertThat(keysOf(PIZZA, rows)).containsExactly(wanted);
    }

    @Test
    @DisplayName("select matches null with null")
    void selectsNulls() {
        long shop = newShop("owner");
        long orphan = newPizza("Orphan", null);
        newPizza("Owned", shop);
        long noPhone = (Long) insert(SHOP, row("slug", "nophone", "name", "No phone", "phone", null));

        assertThat(keysOf(PIZZA, read(session -> session.select(PIZZA, row("shop", null), 10))))
                .containsExactly(orphan);
        assertThat(keysOf(SHOP, read(session -> session.select(SHOP, row("phone", null, "slug", "nophone"), 10))))
                .containsExactly(noPhone);
    }

    @Test
    @DisplayName("select gives keys descending and at most limit rows")
    void selectsNewestFirstUpToLimit() {
        long shop = newShop("limit");
        List<Long> pizzas = new ArrayList<>();
        IntStream.range(0, 6).forEach(i -> pizzas.add(newPizza("Same", shop)));

        List<Map<String, Object>> rows = read(session -> session.select(PIZZA, row("name", "Same"), 4));

        assertThat(keysOf(PIZZA, rows)).containsExactlyElementsOf(descending(pizzas).subList(0, 4));
    }

    @Test
    @DisplayName("select with no fields gives every row, keys descending, up to limit")
    void selectsEverything() {
        List<Long> shops = newShops("every", 5);

        assertThat(keysOf(SHOP, read(session -> session.select(SHOP, Map.of(), 3))))
                .containsExactlyElementsOf(descending(shops).subList(0, 3));
        assertThat(readRows(session -> session.select(SHOP, Map.of(), 100))).hasSize(5);
    }

    @Test
    @DisplayName("select gives nothing when no row matches")
    void selectsNothing() {
        newShop("present");

        assertThat(readRows(session -> session.select(SHOP, row("slug", "absent"), 10))).isEmpty();
        assertThat(readRows(session -> session.select(SHOP, row("slug", "present", "open", true), 10))).isEmpty();
    }
}
