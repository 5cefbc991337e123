package org.slumber.examples.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.model.FieldDescriptor;
import org.slumber.spi.model.ModelDescriptor;
import org.slumber.spi.model.Reference;
import org.slumber.spi.model.Reference.OnDelete;
import org.slumber.spi.model.Schema;
import org.slumber.spi.model.ValueType;
import org.slumber.spi.storage.Filter;
import org.slumber.spi.storage.Storage;
import org.slumber.spi.storage.StorageException;
import org.slumber.spi.storage.StorageSession;
import org.slumber.spi.storage.StorageSettings;

/**
 * What the compatibility kit leaves to each adapter: the provider's choices, session misuse,
 * close, nesting, snapshots, schema checks, column checks and transitive ON DELETE rules.
 */
class MemoryStorageRulesTest {

    /** Parent (id, name unique, amount DECIMAL(5,2)); Child -> Parent CASCADE; Note -> Child RESTRICT, -> Parent CASCADE. */
    private static final ModelDescriptor PARENT = new ModelDescriptor("t.Parent", "parent", "id", true, List.of(
            FieldDescriptor.of("id", ValueType.LONG).withNullable(false),
            FieldDescriptor.of("name", ValueType.STRING).withMaxLength(5).withNullable(false).withUnique(true),
            FieldDescriptor.of("amount", ValueType.DECIMAL).withDigits(5, 2)), List.of());
    private static final ModelDescriptor CHILD = new ModelDescriptor("t.Child", "child", "id", true, List.of(
            FieldDescriptor.of("id", ValueType.LONG).withNullable(false),
            reference("parent", "parent", OnDelete.CASCADE).withNullable(false)), List.of());
    private static final ModelDescriptor NOTE = new ModelDescriptor("t.Note", "note", "id", true, List.of(
            FieldDescriptor.of("id", ValueType.LONG).withNullable(false),
            reference("child", "child", OnDelete.RESTRICT),
            reference("parent", "parent", OnDelete.CASCADE)), List.of());
    private static final Schema SCHEMA = new Schema(List.of(PARENT, CHILD, NOTE), List.of());

    private final MemoryStorageProvider provider = new MemoryStorageProvider();
    private Storage storage;

    @BeforeEach
    void open() {
        storage = provider.open(StorageSettings.of("memory:rules"));
        storage.createSchema(SCHEMA);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    @DisplayName("the provider accepts no URL or memory: URLs, and when chosen anyway opens an unnamed store for another URL")
    void providerChoosesItsUrls() {
        assertThat(provider.name()).isEqualTo("memory");
        assertThat(provider.accepts(StorageSettings.of(null))).isTrue();
        assertThat(provider.accepts(StorageSettings.of("MEMORY:Shouting"))).isTrue();
        assertThat(provider.accepts(StorageSettings.of("jdbc:derby:memory:x;create=true"))).isFalse();
        try (Storage named = provider.open(StorageSettings.of("memory:named"));
             Storage ignoring = provider.open(StorageSettings.of("jdbc:postgresql://ann:secret@db/pizzas"))) {
            assertThat(named).hasToString("MemoryStorage[memory:named]");
            assertThat(ignoring).hasToString("MemoryStorage[memory (unnamed)]");
            assertThat(ignoring.createSchema(SCHEMA)).isTrue();
            assertThat(rows(ignoring, session -> session.page(PARENT, Filter.all(), null, 10))).isEmpty();
        }
    }

    @Test
    @DisplayName("every open gives a new, empty store, whatever its name")
    void opensNewStores() {
        insertParent("kept");
        try (Storage other = provider.open(StorageSettings.of("memory:rules"))) {
            assertThat(other.createSchema(SCHEMA)).isTrue();
            assertThat(rows(other, session -> session.page(PARENT, Filter.all(), null, 10))).isEmpty();
        }
    }

    @Test
    @DisplayName("sessions refuse writes in read units, use after their unit and use on another thread")
    void sessionsKeepTheirRules() {
        assertThatThrownBy(() -> storage.read(session -> session.insert(PARENT, row("name", "x"))))
                .hasMessage("t.Parent: insert: this session is read-only; run writes inside Storage.write");

        AtomicReference<StorageSession> leaked = new AtomicReference<>();
        storage.write(session -> {
            leaked.set(session);
            return null;
        });
        assertThatThrownBy(() -> leaked.get().find(PARENT, 1L)).isInstanceOf(StorageException.class)
                .hasMessageContaining("unit of work has ended");

        Throwable elsewhere = storage.read(session -> CompletableFuture.supplyAsync(() -> session.find(PARENT, 1L))
                .handle((result, thrown) -> thrown).orTimeout(10, TimeUnit.SECONDS).join());
        assertThat(elsewhere).hasCauseInstanceOf(StorageException.class)
                .hasMessageContaining("this session belongs to thread");
    }

    @Test
    @DisplayName("a closed store refuses every unit of work, and closing again is harmless")
    void refusesWorkAfterClose() {
        storage.close();

        assertThatThrownBy(() -> storage.read(session -> null)).hasMessage("read: the memory storage memory:rules is closed");
        assertThatThrownBy(() -> storage.write(session -> null)).hasMessageContaining("is closed");
        assertThatThrownBy(() -> storage.createSchema(SCHEMA)).hasMessageContaining("is closed");
        assertThatCode(storage::close).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a write inside a write is refused; a read inside a write sees the last commit")
    void unitsDoNotNest() {
        long before = insertParent("early");

        List<Object> seen = storage.write(session -> {
            session.update(PARENT, before, row("name", "late"));
            Object inner = storage.read(reader -> reader.find(PARENT, before).orElseThrow().get("name"));
            Throwable nested = catchThrowable(() -> storage.write(writer -> writer.delete(PARENT, before)));
            return List.of(inner, nested.getMessage());
        });

        assertThat(seen.get(0)).isEqualTo("early");
        assertThat((String) seen.get(1)).contains("already running on this thread; units of work do not nest");
        assertThat(found(PARENT, before)).hasValueSatisfying(
                row -> assertThat(row).containsEntry("name", "late"));
    }

    @Test
    @DisplayName("readers keep their snapshot and never wait for a running writer")
    void readersDoNotWait() throws Exception {
        long parent = insertParent("old");
        CountDownLatch changed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> writer = CompletableFuture.supplyAsync(() -> storage.write(session -> {
            session.update(PARENT, parent, row("name", "new"));
            changed.countDown();
            await(release);
            return null;
        }));
        assertThat(changed.await(10, TimeUnit.SECONDS)).isTrue();

        Object duringWrite = storage.read(session -> session.find(PARENT, parent).orElseThrow().get("name"));
        Object inOldSnapshot = storage.read(session -> {
            release.countDown();
            writer.orTimeout(10, TimeUnit.SECONDS).join();
            return session.find(PARENT, parent).orElseThrow().get("name");
        });

        assertThat(duringWrite).isEqualTo("old");
        assertThat(inOldSnapshot).isEqualTo("old");
        assertThat(value(PARENT, parent, "name")).isEqualTo("new");
    }

    @Test
    @DisplayName("a failed operation changes nothing, and the unit may go on and commit")
    void failedOperationsChangeNothing() {
        Object kept = storage.write(session -> {
            Object key = session.insert(PARENT, row("name", "one"));
            assertThatThrownBy(() -> session.insert(PARENT, row("name", "one")))
                    .isInstanceOf(StorageException.UniqueViolation.class);
            assertThatThrownBy(() -> session.insert(CHILD, row("parent", 999L)))
                    .isInstanceOf(StorageException.ReferenceViolation.class);
            return key;
        });

        assertThat(rows(storage, session -> session.page(PARENT, Filter.all(), null, 10)))
                .extracting(row -> row.get("id")).containsExactly(kept);
        assertThat(rows(storage, session -> session.page(CHILD, Filter.all(), null, 10))).isEmpty();
    }

    @Test
    @DisplayName("createSchema refuses a reference to a missing table and changes nothing")
    void checksTheSchema() {
        try (Storage fresh = provider.open(StorageSettings.of(null))) {
            assertThatThrownBy(() -> fresh.createSchema(new Schema(List.of(CHILD), List.of())))
                    .isInstanceOf(StorageException.class)
                    .hasMessage("createSchema failed: field parent of model t.Child references table parent, "
                            + "which neither the schema nor the store holds");
            assertThat(fresh.createSchema(SCHEMA)).isTrue();
            assertThat(fresh.createSchema(new Schema(List.of(PARENT), List.of()))).isFalse();
            ModelDescriptor changed = new ModelDescriptor("t.Parent", "parent", "id", true,
                    List.of(FieldDescriptor.of("id", ValueType.LONG).withNullable(false)), List.of());
            assertThatThrownBy(() -> fresh.createSchema(new Schema(List.of(changed), List.of())))
                    .hasMessageContaining("exists for another shape of model t.Parent");
        }
    }

    @Test
    @DisplayName("values must fit their columns, as in SQL")
    void checksValues() {
        long parent = insertParent("fits");

        assertThatThrownBy(() -> storage.write(session -> session.insert(PARENT, row("name", "toolong"))))
                .hasMessage("t.Parent: insert failed: field name holds at most 5 characters");
        assertThatThrownBy(() -> storage.write(session -> session.insert(PARENT, row("name", null))))
                .hasMessage("t.Parent: insert failed: field name takes no null");
        assertThatThrownBy(() -> storage.write(session -> session.insert(CHILD, row("parent", (int) parent))))
                .hasMessage("t.Child: insert: field parent takes java.lang.Long values, not java.lang.Integer");
        assertThatThrownBy(() -> storage.write(session -> session.update(PARENT, parent, row("colour", "red"))))
                .hasMessageStartingWith("t.Parent: update: there is no field colour");
        assertThatThrownBy(() -> storage.write(session -> session.update(PARENT, parent,
                row("amount", new BigDecimal("1000.00"))))).hasMessageContaining("at most 3 digits before the point");
        storage.write(session -> session.update(PARENT, parent, row("amount", new BigDecimal("2.345"))));
        assertThat(value(PARENT, parent, "amount"))
                .hasToString("2.35");
        assertThat(rows(storage, session -> session.select(PARENT, row("amount", new BigDecimal("2.350")), 10)))
                .as("decimals compare by value").hasSize(1);
        assertThat(rows(storage, session -> session.select(PARENT, row("amount", new BigDecimal("2.345")), 10)))
                .as("a value the column cannot hold matches nothing").isEmpty();
    }

    @Test
    @DisplayName("ON DELETE rules apply transitively; RESTRICT refuses unless the restricting row goes too")
    void appliesDeleteRulesTransitively() {
        long cascaded = insertParent("a");
        long child = (Long) storage.write(session -> session.insert(CHILD, row("parent", cascaded)));
        long note = (Long) storage.write(session -> session.insert(NOTE, row("child", child, "parent", cascaded)));
        long restricted = insertParent("b");
        long otherChild = (Long) storage.write(session -> session.insert(CHILD, row("parent", restricted)));
        storage.write(session -> session.insert(NOTE, row("child", otherChild)));

        boolean deleted = storage.write(session -> session.delete(PARENT, cascaded));
        assertThat(deleted).isTrue();
        assertThat(found(CHILD, child)).isEmpty();
        assertThat(found(NOTE, note)).as("restricting, but deleted too").isEmpty();

        assertThatThrownBy(() -> storage.write(session -> session.delete(PARENT, restricted)))
                .isInstanceOfSatisfying(StorageException.ReferenceViolation.class,
                        violation -> assertThat(violation.model()).isEqualTo("t.Parent"))
                .hasMessage("t.Parent: delete failed: a row of t.Note references a row of t.Child that would be "
                        + "deleted with it through field child, which is ON DELETE RESTRICT");
        assertThat(found(CHILD, otherChild)).isPresent();
    }

    private long insertParent(String name) {
        return (Long) storage.write(session -> session.insert(PARENT, row("name", name)));
    }

    private Optional<Map<String, Object>> found(ModelDescriptor model, Object key) {
        return storage.read(session -> session.find(model, key));
    }

    private Object value(ModelDescriptor model, Object key, String field) {
        return found(model, key).orElseThrow().get(field);
    }

    private static List<Map<String, Object>> rows(Storage store, Storage.Work<List<Map<String, Object>>> work) {
        return store.read(work);
    }

    private static FieldDescriptor reference(String name, String table, OnDelete onDelete) {
        return FieldDescriptor.of(name, ValueType.LONG).withReference(new Reference(table, "id", onDelete));
    }

    private static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }

    private static Throwable catchThrowable(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
