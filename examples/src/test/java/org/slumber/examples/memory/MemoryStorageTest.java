package org.slumber.examples.memory;

import java.util.UUID;
import org.slumber.spi.storage.StorageProvider;
import org.slumber.spi.storage.StorageSettings;
import org.slumber.spi.tck.StorageCompatibilityKit;

/** The memory storage passes the storage role's whole compatibility kit. */
class MemoryStorageTest extends StorageCompatibilityKit {

    @Override
    protected StorageProvider provider() {
        return new MemoryStorageProvider();
    }

    @Override
    protected StorageSettings settings() {
        return StorageSettings.of("memory:tck-" + UUID.randomUUID());
    }
}
