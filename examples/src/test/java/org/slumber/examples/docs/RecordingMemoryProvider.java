package org.slumber.examples.docs;

import java.util.concurrent.atomic.AtomicInteger;
import org.slumber.examples.memory.MemoryStorageProvider;
import org.slumber.spi.storage.Storage;
import org.slumber.spi.storage.StorageProvider;
import org.slumber.spi.storage.StorageSettings;

/**
 * The memory store under its name {@code memory}, counting the stores it opens, so a test can
 * tell that discovery chose it. Public with a public constructor because
 * {@link java.util.ServiceLoader} instantiates it from a services file.
 */
public final class RecordingMemoryProvider implements StorageProvider {

    /** Stores opened by any instance since the class was loaded. */
    static final AtomicInteger OPENED = new AtomicInteger();

    private final MemoryStorageProvider memory = new MemoryStorageProvider();

    /** A provider; the no-argument constructor that {@link java.util.ServiceLoader} needs. */
    public RecordingMemoryProvider() {
    }

    @Override
    public String name() {
        return memory.name();
    }

    @Override
    public boolean accepts(StorageSettings settings) {
        return memory.accepts(settings);
    }

    @Override
    public Storage open(StorageSettings settings) {
        OPENED.incrementAndGet();
        return memory.open(settings);
    }
}
