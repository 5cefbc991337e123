package org.slumber.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.slumber.spi.tck.StorageKitSchema.PIZZA;
import static org.slumber.spi.tck.StorageKitSchema.PIZZA_TAGS;
import static org.slumber.spi.tck.StorageKitSchema.SHOP;
import static org.slumber.spi.tck.StorageKitSchema.TAG;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.storage.Filter;

/** {@code read} and {@code write}: units of work that commit, roll back and always give back their session. */
abstract class StorageTransactionChecks extends StorageChecks {

    StorageTransactionChecks(StorageCompatibilityKit kit) {
        super(kit);
    }

    /** What a unit of work throws in these tests; its identity shows it came through unchanged. */
    static final class WorkFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WorkFailed(String message) {
            super(message);
        }
    }

    @Test
    @DisplayName("write returns what the work returns and commits it")
    void writeCommits() {
        Object shop = write(session -> session.insert(SHOP, row("slug", "committed", "name", "Committed")));

        assertThat(shop).isInstanceOf(Long.class);
        assertThat(find(SHOP, shop)).isPresent();
    }

    @Test
    @DisplayName("write commits every operation of the unit together")
    void writeCommitsEverything() {
        long kept = newShop("kept");
        long doomed = newShop("doomed");

        Object pizza = write(session -> {
            session.update(SHOP, kept, row("name", "Updated"));
            session.delete(SHOP, doomed);
            Object created = session.insert(PIZZA, row("name", "Created", "shop", kept));
            Object tag = session.insert(TAG, row("label", "created"));
            session.link(PIZZA_TAGS, created, tag);
            return created;
        });

        assertThat(get(SHOP, kept)).containsEntry("name", "Updated");
        assertThat(find(SHOP, doomed)).isEmpty();
        assertThat(get(PIZZA, pizza)).containsEntry("shop", kept);
        assertThat(readRows(session -> session.linked(PIZZA_TAGS, List.of(pizza)))).hasSize(1);
    }

    @Test
    @DisplayName("write sees its own changes before it commits")
    void writeSeesItsOwnChanges() {
        long shop = newShop("own");

        List<Object> seen = write(session -> {
            Object pizza = session.insert(PIZZA, row("name", "Fresh", "shop", shop));
            session.update(SHOP, shop, row("name", "Renamed"));
            return List.of(session.find(PIZZA, pizza).isPresent(), session.find(SHOP, shop).orElseThrow().get("name"),
                    session.page(PIZZA, Filter.equal("shop", shop), null, 10).size());
        });

        assertThat(seen).containsExactly(true, "Renamed", 1);
    }

    @Test
    @DisplayName("write rolls back everything when the work throws, and the exception comes through unchanged")
    void writeRollsBack() {
        long kept = newShop("kept");
        long survivor = newShop("survivor");
        long pizza = newPizza("Untagged", kept);
        int tag = newTag("untouched");
        WorkFailed failure = new WorkFailed("the work gave up");

        assertThatThrownBy(() -> write(session -> {
            session.insert(SHOP, row("slug", "phantom", "name", "Phantom"));
            session.update(SHOP, kept, row("name", "Changed"));
            session.delete(SHOP, survivor);
            session.link(PIZZA_TAGS, pizza, tag);
            throw failure;
        })).isSameAs(failure);

        assertThat(readRows(session -> session.select(SHOP, row("slug", "phantom"), 10))).isEmpty();
        assertThat(get(SHOP, kept)).containsEntry("name", "Shop kept");
        assertThat(find(SHOP, survivor)).isPresent();
        assertThat(readRows(session -> session.linked(PIZZA_TAGS, List.of(pizza)))).isEmpty();
    }

    @Test
    @DisplayName("write passes errors of the work through unchanged")
    void writePassesErrorsThrough() {
        AssertionError failure = new AssertionError("an error, not an exception");

        assertThatThrownBy(() -> write(session -> {
            session.insert(SHOP, row("slug", "phantom", "name", "Phantom"));
            throw failure;
        })).isSameAs(failure);

        assertThat(readRows(session -> session.select(SHOP, row("slug", "phantom"), 10))).isEmpty();
    }

    @Test
    @DisplayName("read returns what the work returns and sees committed data")
    void readSeesCommittedData() {
        long shop = newShop("visible");
        write(session -> session.update(SHOP, shop, row("name", "Visible")));

        String name = read(session -> (String) session.find(SHOP, shop).orElseThrow().get("name"));

        assertThat(name).isEqualTo("Visible");
    }

    @Test
    @DisplayName("read passes exceptions of the work through unchanged")
    void readPassesExceptionsThrough() {
        newShop("present");
        WorkFailed failure = new WorkFailed("the reader gave up");

        assertThatThrownBy(() -> read(session -> {
            session.page(SHOP, Filter.all(), null, 10);
            throw failure;
        })).isSameAs(failure);
    }

    @Test
    @DisplayName("sessions are given back even when the work throws")
    void releasesSessions() {
        int rounds = Math.min(100, 3 * kit().storageSettings().maxConnections() + 5);

        long shop = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < rounds; i++) {
                int round = i;
                assertThatThrownBy(() -> write(session -> {
                    session.insert(TAG, row("label", "round" + round));
                    throw new WorkFailed("write " + round);
                })).isInstanceOf(WorkFailed.class);
                assertThatThrownBy(() -> read(session -> {
                    session.find(SHOP, 1L);
                    throw new WorkFailed("read " + round);
                })).isInstanceOf(WorkFailed.class);
            }
            return newShop("afterwards");
        }, "a unit of work after many failed ones waited for a session: sessions leak when work throws");

        assertThat(find(SHOP, shop)).isPresent();
        assertThat(readRows(session -> session.page(TAG, Filter.all(), null, 10))).isEmpty();
    }
}
