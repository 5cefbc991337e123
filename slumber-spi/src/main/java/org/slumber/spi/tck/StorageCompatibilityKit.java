package org.slumber.spi.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Timeout;
import org.slumber.spi.storage.Storage;
import org.slumber.spi.storage.StorageProvider;
import org.slumber.spi.storage.StorageSettings;

/**
 * The compatibility kit of the storage role: every method and every contract sentence of
 * {@link Storage}, {@link org.slumber.spi.storage.StorageSession},
 * {@link org.slumber.spi.storage.Filter} and {@link org.slumber.spi.storage.StorageException},
 * checked against a small schema of shops, pizzas, prices, crusts, tags and orders.
 *
 * <p>Extend it in a test class of the adapter and say how to open a fresh store:
 *
 * <pre>{@code
 * class MyStorageTest extends StorageCompatibilityKit {
 *     @Override
 *     protected StorageProvider provider() {
 *         return new MyProvider();
 *     }
 *
 *     @Override
 *     protected StorageSettings settings() {
 *         return StorageSettings.of("jdbc:derby:memory:tck" + UUID.randomUUID() + ";create=true");
 *     }
 * }
 * }</pre>
 *
 * <p>Each test opens its own store (one or more calls of {@link #settings()}), creates the kit's
 * schema in it and closes it afterwards, so tests never see each other's rows. The tests are
 * grouped by concern in {@link Nested} classes; the kit needs JUnit 5 and AssertJ on the test
 * class path (both are optional dependencies of {@code slumber-spi}). On an in-memory database
 * the whole kit runs in seconds.
 *
 * <p>What is checked, group by group:
 * <ul>
 *   <li>createSchema: true on a new store, false afterwards; repeating it keeps rows, links and
 *       generators; a larger schema adds its missing tables;</li>
 *   <li>values: every value type comes back equal and of exactly its Java type (full integer
 *       ranges, non-ASCII and maximum-length text, decimals with the column's scale, dates,
 *       instants to the microsecond, null); rows hold every field and are the caller's;</li>
 *   <li>find, findAll and select: by key, by many keys in one call (missing keys skipped, each
 *       row once), by several equalities with null matching null, key descending, limited;</li>
 *   <li>page: key descending, {@code startAfter}, exact page boundaries, reverse relations
 *       ({@link org.slumber.spi.storage.Filter#equal}) and links
 *       ({@link org.slumber.spi.storage.Filter#linked});</li>
 *   <li>insert: generated keys of the key's Java type, explicit keys, a generator kept ahead of
 *       explicit keys, caller-given string keys;</li>
 *   <li>update and delete: only the given fields, never the key, false for missing rows; ON
 *       DELETE CASCADE, SET_NULL and RESTRICT; link rows removed with either end;</li>
 *   <li>link, unlink and linked: their return values, distinct targets over many owners;</li>
 *   <li>constraint violations: {@link org.slumber.spi.storage.StorageException.UniqueViolation}
 *       for keys, unique fields and unique-together groups, carrying the model and the fields
 *       when known; {@link org.slumber.spi.storage.StorageException.ReferenceViolation} for
 *       dangling references and restricted deletes; nothing of the failed unit stays;</li>
 *   <li>read and write: commit on return, rollback when the work throws (the exception comes
 *       through unchanged), sessions given back after failures;</li>
 *   <li>concurrency and close: writes and reads from several threads, close is idempotent.</li>
 * </ul>
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class StorageCompatibilityKit {

    private final List<Storage> opened = new ArrayList<>();
    private Storage storage;
    private StorageSettings storageSettings;

    /** The provider under test. Called once per store the kit opens. */
    protected abstract StorageProvider provider();

    /**
     * Settings that open a fresh, empty store: every call must name a store no earlier call
     * named (an in-memory database with a random name, a new directory, a new schema).
     */
    protected abstract StorageSettings settings();

    /** The store of the current test, opened on first use with the kit's schema created. */
    protected final Storage storage() {
        if (storage == null) {
            storageSettings = settings();
            storage = open(storageSettings);
            storage.createSchema(StorageKitSchema.SCHEMA);
        }
        return storage;
    }

    /** The settings {@link #storage()} was opened with; opens it when it is not yet open. */
    final StorageSettings storageSettings() {
        storage();
        return storageSettings;
    }

    /** A fresh, empty store without any schema, closed after the test. */
    final Storage openFresh() {
        return open(settings());
    }

    private Storage open(StorageSettings settings) {
        Storage opening = provider().open(settings);
        opened.add(opening);
        return opening;
    }

    @AfterEach
    final void closeStorages() {
        RuntimeException failure = null;
        for (Storage each : opened) {
            try {
                each.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        opened.clear();
        storage = null;
        if (failure != null) {
            throw failure;
        }
    }

    @Nested
    @DisplayName("createSchema")
    class CreatingTheSchema extends StorageSchemaChecks {
        CreatingTheSchema() {
            super(StorageCompatibilityKit.this);
        }
    }

    @Nested
    @DisplayName("values")
    class StoringValues extends StorageValueChecks {
        StoringValues() {
            super(StorageCompatibilityKit.this);
        }
    }

    @Nested
    @DisplayName("find, findAll and select")
    class FindingRows extends StorageFindChecks {
        FindingRows() {
            super(StorageCompatibilityKit.this);
        }
    }

    @Nested
    @DisplayName("page")
    class PagingRows extends StoragePageChecks {
        PagingRows() {
            super(StorageCompatibilityKit.this);
        }
    }

    @Nested
    @DisplayName("insert")
    class InsertingRows extends StorageInsertChecks {
        InsertingRows() {
            super(StorageCompatibilityKit.this);
        }
    }

    @Nested
    @DisplayName("update")
    class UpdatingRows extends StorageUpdateChecks {
        UpdatingRows() {
            super(StorageCompatibilityKit.this);
        }
    }

    @Nested
    @DisplayName("delete")
    class DeletingRows extends StorageDeleteChecks {
        DeletingRows() {
            super(StorageCompatibilityKit.this);
        }
    }

    @Nested
    @DisplayName("link, unlink and linked")
    class LinkingRows extends StorageLinkChecks {
        LinkingRows() {
            super(StorageCompatibilityKit.this);
        }
    }

    @Nested
    @DisplayName("constraint violations")
    class BreakingConstraints extends StorageConstraintChecks {
        BreakingConstraints() {
            super(StorageCompatibilityKit.this);
        }
    }

    @Nested
    @DisplayName("read and write")
    class RunningUnitsOfWork extends StorageTransactionChecks {
        RunningUnitsOfWork() {
            super(StorageCompatibilityKit.this);
        }
    }

    @Nested
    @DisplayName("concurrency and close")
    class SharingAndClosing extends StorageLifecycleChecks {
        SharingAndClosing() {
            super(StorageCompatibilityKit.this);
        }
    }
}
