package org.slumber.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.slumber.spi.tck.StorageKitSchema.PIZZA;
import static org.slumber.spi.tck.StorageKitSchema.SCHEMA;
import static org.slumber.spi.tck.StorageKitSchema.SHOP;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.storage.Filter;
import org.slumber.spi.storage.Storage;

/** A storage shared by many threads, and closing it. */
abstract class StorageLifecycleChecks extends StorageChecks {

    private static final int THREADS = 4;
    private static final int INSERTS_PER_THREAD = 50;

    StorageLifecycleChecks(StorageCompatibilityKit kit) {
        super(kit);
    }

    @Test
    @DisplayName("takes writes from several threads at once, each with its own distinct key")
    void takesConcurrentWrites() throws Exception {
        long shop = newShop("busy");
        List<Long> keys = runOnThreads(thread -> {
            List<Long> mine = new ArrayList<>();
            for (int i = 0; i < INSERTS_PER_THREAD; i++) {
                String name = "t" + thread + "-" + i;
                mine.add((Long) write(session -> session.insert(PIZZA, row("name", name, "shop", shop))));
            }
            return mine;
        });

        assertThat(keys).hasSize(THREADS * INSERTS_PER_THREAD).doesNotHaveDuplicates();
        List<Object> stored = keysOf(PIZZA, read(session -> session.page(PIZZA, Filter.equal("shop", shop), null,
                THREADS * INSERTS_PER_THREAD + 10)));
        assertThat(stored).containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    @DisplayName("takes reads and writes from several threads at once")
    void takesConcurrentReadsAndWrites() throws Exception {
        long shop = newShop("shared");
        List<Long> seen = runOnThreads(thread -> {
            List<Long> counts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String name = "t" + thread + "-" + i;
                write(session -> session.insert(PIZZA, row("name", name, "shop", shop)));
                counts.add((long) read(session -> session.select(PIZZA, row("name", name), 10)).size());
                write(session -> session.update(SHOP, shop, row("visitors", (long) thread)));
            }
            return counts;
        });

        assertThat(seen).hasSize(THREADS * 20).containsOnly(1L);
        assertThat(get(SHOP, shop).get("visitors")).isIn(0L, 1L, 2L, 3L);
    }

    @Test
    @DisplayName("close can be called again and again")
    void closesIdempotently() {
        Storage fresh = kit().openFresh();
        fresh.createSchema(SCHEMA);
        fresh.write(session -> session.insert(SHOP, row("slug", "closing", "name", "Closing")));

        assertThatCode(fresh::close).doesNotThrowAnyException();
        assertThatCode(fresh::close).as("second close").doesNotThrowAnyException();
        assertThatCode(fresh::close).as("third close").doesNotThrowAnyException();
    }

    @Test
    @DisplayName("close works on a store that was never used")
    void closesUnused() {
        Storage fresh = kit().openFresh();

        assertThatCode(fresh::close).doesNotThrowAnyException();
        assertThatCode(fresh::close).doesNotThrowAnyException();
    }

    /** What each thread does; {@code thread} is 0 to {@link #THREADS} - 1. */
    @FunctionalInterface
    private interface ThreadWork {
        List<Long> run(int thread) throws Exception;
    }

    /** Runs the work on {@link #THREADS} threads started together; returns everything they returned. */
    private static List<Long> runOnThreads(ThreadWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<List<Long>> task = () -> {
                    start.await();
                    return work.run(thread);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> future : futures) {
                all.addAll(future.get(60, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
