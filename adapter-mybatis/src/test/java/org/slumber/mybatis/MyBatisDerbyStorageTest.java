package org.slumber.mybatis;

import java.util.UUID;
import org.slumber.spi.storage.StorageProvider;
import org.slumber.spi.storage.StorageSettings;
import org.slumber.spi.tck.StorageCompatibilityKit;

/** The storage kit against in-memory Derby databases, a fresh one per store. */
class MyBatisDerbyStorageTest extends StorageCompatibilityKit {

    @Override
    protected StorageProvider provider() {
        return new MyBatisStorageProvider();
    }

    @Override
    protected StorageSettings settings() {
        return StorageSettings.of("jdbc:derby:memory:tck-" + UUID.randomUUID() + ";create=true");
    }
}
