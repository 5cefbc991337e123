package org.slumber.mybatis;

import org.slumber.spi.storage.Storage;
import org.slumber.spi.storage.StorageProvider;
import org.slumber.spi.storage.StorageSettings;

/**
 * The storage role on MyBatis, found with {@link java.util.ServiceLoader} under the name
 * {@code mybatis}. Accepts settings without a URL (a fresh in-memory Derby database), embedded
 * Derby URLs ({@code jdbc:derby:<database>}, not the network client's {@code jdbc:derby://})
 * and PostgreSQL URLs ({@code jdbc:postgresql:}); declines every other URL.
 */
public final class MyBatisStorageProvider implements StorageProvider {

    @Override
    public String name() {
        return "mybatis";
    }

    @Override
    public boolean accepts(StorageSettings settings) {
        return DatabaseUrl.accepts(settings.url());
    }

    @Override
    public Storage open(StorageSettings settings) {
        return MyBatisStorage.open(settings);
    }

    @Override
    public String toString() {
        return "MyBatisStorageProvider[mybatis: embedded Derby, PostgreSQL]";
    }
}
