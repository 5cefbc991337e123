package org.slumber.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slumber.mybatis.TestSchema.SCHEMA;
import static org.slumber.mybatis.TestSchema.SHOP;
import static org.slumber.mybatis.TestSchema.row;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.storage.Filter;
import org.slumber.spi.storage.Storage;
import org.slumber.spi.storage.StorageException;
import org.slumber.spi.storage.StorageSession;
import org.slumber.spi.storage.StorageSettings;

/** What a session allows: writes only in write units, use only inside its unit and on its thread. */
class SessionRulesTest {

    private Storage storage;

    @BeforeEach
    void open() {
        storage = MyBatisStorage.open(StorageSettings.of(null));
        storage.createSchema(SCHEMA);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    @DisplayName("a read unit refuses to write and leaves nothing behind")
    void readRefusesWrites() {
        assertThatThrownBy(() -> storage.read(session -> session.insert(SHOP, row("slug", "sneaky"))))
                .isInstanceOf(StorageException.class)
                .hasMessage("test.Shop: insert: this session is read-only; run writes inside Storage.write");

        List<Map<String, Object>> shops = storage.read(session -> session.page(SHOP, Filter.all(), null, 10));
        assertThat(shops).isEmpty();
    }

    @Test
    @DisplayName("a session kept past its unit of work refuses to be used")
    void sessionEndsWithItsUnit() {
        AtomicReference<StorageSession> leaked = new AtomicReference<>();
        storage.write(session -> {
            leaked.set(session);
            return session.insert(SHOP, row("slug", "inside"));
        });

        assertThatThrownBy(() -> leaked.get().find(SHOP, 1L))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("unit of work has ended");
    }

    @Test
    @DisplayName("a session refuses to be used on another thread")
    void sessionStaysOnItsThread() {
        Throwable failure = storage.read(session -> CompletableFuture.supplyAsync(() -> session.find(SHOP, 1L))
                .handle((result, thrown) -> thrown).orTimeout(10, TimeUnit.SECONDS).join());

        assertThat(failure).hasCauseInstanceOf(StorageException.class)
                .hasMessageContaining("this session belongs to thread");
    }

    @Test
    @DisplayName("a closed storage refuses new units of work")
    void closedStorageRefusesWork() {
        storage.close();

        assertThatThrownBy(() -> storage.read(session -> session.find(SHOP, 1L)))
                .isInstanceOf(StorageException.class).hasMessageContaining("is closed");
        assertThatThrownBy(() -> storage.createSchema(SCHEMA))
                .isInstanceOf(StorageException.class).hasMessageContaining("is closed");
    }

    @Test
    @DisplayName("select and page with a limit of zero give nothing")
    void zeroLimitGivesNothing() {
        storage.write(session -> session.insert(SHOP, row("slug", "present")));

        List<Map<String, Object>> none = storage.read(session -> session.select(SHOP, row(), 0));
        List<Map<String, Object>> noPage = storage.read(session -> session.page(SHOP, Filter.all(), null, 0));
        List<Map<String, Object>> onePage = storage.read(session -> session.page(SHOP, Filter.all(), null, 1));
        assertThat(none).isEmpty();
        assertThat(noPage).isEmpty();
        assertThat(onePage).hasSize(1);
    }

    @Test
    @DisplayName("a model first met in a session gets its statements then")
    void registersModelsOnFirstUse() {
        String url = "jdbc:derby:memory:lazy-" + UUID.randomUUID() + ";create=true";
        try (Storage creator = MyBatisStorage.open(StorageSettings.of(url))) {
            creator.createSchema(SCHEMA);
        }

        try (Storage user = MyBatisStorage.open(StorageSettings.of(url))) {
            Object key = user.write(session -> session.insert(SHOP, row("slug", "lazy")));
            Optional<Map<String, Object>> found = user.read(session -> session.find(SHOP, key));
            assertThat(found).hasValueSatisfying(row -> assertThat(row).containsEntry("slug", "lazy"));
        }
    }
}
