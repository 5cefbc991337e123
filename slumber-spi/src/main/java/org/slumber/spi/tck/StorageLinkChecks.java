package org.slumber.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.spi.tck.StorageKitSchema.PIZZA_TAGS;
import static org.slumber.spi.tck.StorageKitSchema.TAG;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code link}, {@code unlink} and {@code linked}: the pairs of a many-to-many link. */
abstract class StorageLinkChecks extends StorageChecks {

    StorageLinkChecks(StorageCompatibilityKit kit) {
        super(kit);
    }

    @Test
    @DisplayName("link returns true for a new pair and false for a pair already linked")
    void linksOnce() {
        long pizza = newPizza("Linked", null);
        int tag = newTag("once");

        assertThat(writeBoolean(session -> session.link(PIZZA_TAGS, pizza, tag))).isTrue();
        assertThat(writeBoolean(session -> session.link(PIZZA_TAGS, pizza, tag))).isFalse();
        assertThat(readRows(session -> session.linked(PIZZA_TAGS, List.of(pizza)))).hasSize(1);
    }

    @Test
    @DisplayName("link returns false for a pair linked earlier in the same unit")
    void linksOnceInOneUnit() {
        long pizza = newPizza("Linked", null);
        int tag = newTag("twice");

        List<Boolean> results = write(session -> List.of(session.link(PIZZA_TAGS, pizza, tag),
                session.link(PIZZA_TAGS, pizza, tag)));

        assertThat(results).containsExactly(true, false);
    }

    @Test
    @DisplayName("unlink returns true for a linked pair and false for a pair not linked")
    void unlinks() {
        long pizza = newPizza("Unlinked", null);
        int tag = newTag("gone");
        int other = newTag("other");
        write(session -> session.link(PIZZA_TAGS, pizza, tag) && session.link(PIZZA_TAGS, pizza, other));

        assertThat(writeBoolean(session -> session.unlink(PIZZA_TAGS, pizza, tag))).isTrue();
        assertThat(writeBoolean(session -> session.unlink(PIZZA_TAGS, pizza, tag))).isFalse();
        assertThat(writeBoolean(session -> session.unlink(PIZZA_TAGS, pizza + 1000, other))).isFalse();
        assertThat(keysOf(TAG, read(session -> session.linked(PIZZA_TAGS, List.of(pizza))))).containsExactly(other);
        assertThat(find(TAG, tag)).as("the unlinked target itself").isPresent();
    }

    @Test
    @DisplayName("linked gives each target once across several owners")
    void givesDistinctTargets() {
        long first = newPizza("First", null);
        long second = newPizza("Second", null);
        long third = newPizza("Third", null);
        int a = newTag("a");
        int b = newTag("b");
        int c = newTag("c");
        int notAsked = newTag("d");
        write(session -> session.link(PIZZA_TAGS, first, a) && session.link(PIZZA_TAGS, first, b)
                && session.link(PIZZA_TAGS, second, b) && session.link(PIZZA_TAGS, second, c)
                && session.link(PIZZA_TAGS, third, notAsked));

        List<Map<String, Object>> rows = read(session -> session.linked(PIZZA_TAGS, List.of(first, second)));

        assertThat(keysOf(TAG, rows)).containsExactlyInAnyOrder(a, b, c);
        assertThat(rows).allSatisfy(row -> assertThat(row).containsOnlyKeys("id", "label"));
        assertThat(rows).extracting(row -> row.get("label")).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    @DisplayName("linked gives nothing for no owners or owners without links")
    void givesNothingWithoutLinks() {
        long tagged = newPizza("Tagged", null);
        long bare = newPizza("Bare", null);
        int tag = newTag("lonely");
        write(session -> session.link(PIZZA_TAGS, tagged, tag));

        assertThat(readRows(session -> session.linked(PIZZA_TAGS, List.of()))).isEmpty();
        assertThat(readRows(session -> session.linked(PIZZA_TAGS, List.of(bare, bare + 1000)))).isEmpty();
    }

    @Test
    @DisplayName("linked takes a thousand owners in one call")
    void takesManyOwners() {
        long first = newPizza("First", null);
        long second = newPizza("Second", null);
        int a = newTag("a");
        int b = newTag("b");
        write(session -> session.link(PIZZA_TAGS, first, a) && session.link(PIZZA_TAGS, second, b));
        List<Object> owners = new ArrayList<>();
        for (long key = second + 1; owners.size() < 1100; key++) {
            owners.add(key);
        }
        owners.add(550, first);
        owners.add(second);

        assertThat(keysOf(TAG, read(session -> session.linked(PIZZA_TAGS, owners)))).containsExactlyInAnyOrder(a, b);
    }

    @Test
    @DisplayName("links made in a unit of work are visible to later units")
    void keepsLinksAcrossUnits() {
        long pizza = newPizza("Durable", null);
        int a = newTag("a");
        int b = newTag("b");

        write(session -> session.link(PIZZA_TAGS, pizza, a));
        write(session -> session.link(PIZZA_TAGS, pizza, b));

        assertThat(keysOf(TAG, read(session -> session.linked(PIZZA_TAGS, List.of(pizza)))))
                .containsExactlyInAnyOrder(a, b);
    }
}
