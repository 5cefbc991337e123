package org.slumber.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.spi.tck.StorageKitSchema.CRUST;
import static org.slumber.spi.tck.StorageKitSchema.PIZZA_TAGS;
import static org.slumber.spi.tck.StorageKitSchema.PRICE;
import static org.slumber.spi.tck.StorageKitSchema.SHOP;
import static org.slumber.spi.tck.StorageKitSchema.TAG;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.model.ModelDescriptor;
import org.slumber.spi.storage.Filter;

/** {@code page}: keyset pages, key descending, of every row, of a reverse relation and of a link. */
abstract class StoragePageChecks extends StorageChecks {

    StoragePageChecks(StorageCompatibilityKit kit) {
        super(kit);
    }

    @Test
    @DisplayName("gives the largest keys first and at most limit rows")
    void givesFirstPage() {
        List<Long> shops = newShops("first", 7);

        List<Map<String, Object>> page = read(session -> session.page(SHOP, Filter.all(), null, 5));

        assertThat(keysOf(SHOP, page)).containsExactlyElementsOf(descending(shops).subList(0, 5));
        assertThat(page.get(0)).containsOnlyKeys("id", "slug", "name", "open", "phone", "visitors");
    }

    @Test
    @DisplayName("after a key gives only smaller keys")
    void continuesAfterAKey() {
        List<Long> shops = newShops("after", 6);
        List<Object> expected = descending(shops);
        Object startAfter = expected.get(2);

        List<Map<String, Object>> page = read(session -> session.page(SHOP, Filter.all(), startAfter, 10));

        assertThat(keysOf(SHOP, page)).containsExactlyElementsOf(expected.subList(3, 6));
    }

    @Test
    @DisplayName("splits 25 rows into pages of 10, 10 and 5 with nothing lost or repeated")
    void splitsAtExactBoundaries() {
        List<Long> shops = newShops("bounds", 25);

        List<List<Object>> pages = pagesOf(SHOP, Filter.all(), 10);

        assertThat(pages).extracting(List::size).containsExactly(10, 10, 5, 0);
        List<Object> all = new ArrayList<>();
        pages.forEach(all::addAll);
        assertThat(all).containsExactlyElementsOf(descending(shops));
    }

    @Test
    @DisplayName("after a key without a row continues below that key")
    void continuesAfterAMissingKey() {
        List<Long> shops = newShops("gone", 5);
        List<Object> expected = descending(shops);
        write(session -> session.delete(SHOP, expected.get(1)));

        List<Map<String, Object>> page = read(session -> session.page(SHOP, Filter.all(), expected.get(1), 10));

        assertThat(keysOf(SHOP, page)).containsExactlyElementsOf(expected.subList(2, 5));
    }

    @Test
    @DisplayName("with an equal filter pages the rows referencing one instance")
    void pagesAReverseRelation() {
        long wanted = newPizza("Wanted", null);
        long other = newPizza("Other", null);
        List<Long> prices = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            prices.add(newPrice(wanted, "w" + i));
            newPrice(other, "o" + i);
        }
        List<Object> expected = descending(prices);

        List<List<Object>> pages = pagesOf(PRICE, Filter.equal("pizza", wanted), 5);

        assertThat(pages).extracting(List::size).containsExactly(5, 5, 2, 0);
        assertThat(pages.get(0)).containsExactlyElementsOf(expected.subList(0, 5));
        assertThat(pages.get(1)).containsExactlyElementsOf(expected.subList(5, 10));
        assertThat(pages.get(2)).containsExactlyElementsOf(expected.subList(10, 12));
    }

    @Test
    @DisplayName("with an equal filter on a plain field pages the rows holding that value")
    void pagesByAPlainField() {
        long pizza = newPizza("Sizes", null);
        long other = newPizza("More sizes", null);
        long large = newPrice(pizza, "large");
        newPrice(pizza, "small");
        long otherLarge = newPrice(other, "large");

        List<Map<String, Object>> page = read(session -> session.page(PRICE, Filter.equal("size", "large"), null, 10));

        assertThat(keysOf(PRICE, page)).containsExactly(otherLarge, large);
    }

    @Test
    @DisplayName("with a linked filter pages the targets linked to one owner")
    void pagesALink() {
        long pizza = newPizza("Tagged", null);
        long other = newPizza("Other", null);
        List<Integer> tags = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            int tag = newTag("tag" + i);
            tags.add(tag);
            write(session -> session.link(PIZZA_TAGS, pizza, tag));
        }
        int unlinked = newTag("unlinked");
        write(session -> session.link(PIZZA_TAGS, other, unlinked));
        List<Object> expected = descending(tags);

        List<List<Object>> pages = pagesOf(TAG, Filter.linked(PIZZA_TAGS, pizza), 3);

        assertThat(pages).extracting(List::size).containsExactly(3, 3, 1, 0);
        List<Object> all = new ArrayList<>();
        pages.forEach(all::addAll);
        assertThat(all).containsExactlyElementsOf(expected);
        assertThat(readRows(session -> session.page(TAG, Filter.linked(PIZZA_TAGS, pizza), null, 1)).get(0))
                .containsOnlyKeys("id", "label")
                .containsEntry("label", "tag" + tags.indexOf((Integer) expected.get(0)));
    }

    @Test
    @DisplayName("with a linked filter gives nothing for an owner without links")
    void pagesAnEmptyLink() {
        long pizza = newPizza("Bare", null);
        long tagged = newPizza("Tagged", null);
        int tag = newTag("lonely");
        write(session -> session.link(PIZZA_TAGS, tagged, tag));

        assertThat(readRows(session -> session.page(TAG, Filter.linked(PIZZA_TAGS, pizza), null, 10))).isEmpty();
    }

    @Test
    @DisplayName("orders caller-given string keys descending too")
    void pagesStringKeys() {
        for (String code : List.of("b", "d", "a", "e", "c")) {
            insert(CRUST, row("code", code));
        }

        assertThat(keysOf(CRUST, read(session -> session.page(CRUST, Filter.all(), null, 3))))
                .containsExactly("e", "d", "c");
        assertThat(keysOf(CRUST, read(session -> session.page(CRUST, Filter.all(), "c", 3))))
                .containsExactly("b", "a");
    }

    /** Every page of the listing, following each page's last key, ending with the first empty page. */
    private List<List<Object>> pagesOf(ModelDescriptor model, Filter filter, int limit) {
        List<List<Object>> pages = new ArrayList<>();
        Object startAfter = null;
        while (pages.size() < 100) {
            Object after = startAfter;
            List<Object> keys = keysOf(model, read(session -> session.page(model, filter, after, limit)));
            pages.add(keys);
            if (keys.isEmpty()) {
                return pages;
            }
            startAfter = keys.get(keys.size() - 1);
        }
        throw new AssertionError("paging " + model.name() + " did not end after 100 pages: " + pages.get(99));
    }
}
