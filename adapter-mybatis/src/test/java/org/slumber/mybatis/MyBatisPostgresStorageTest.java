package org.slumber.mybatis;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.slumber.spi.storage.StorageProvider;
import org.slumber.spi.storage.StorageSettings;
import org.slumber.spi.tck.StorageCompatibilityKit;

/**
 * The storage kit against PostgreSQL, run only when {@code POSTGRES_TEST_URL} names a
 * database to use, such as {@code jdbc:postgresql://127.0.0.1:5432/slumber?user=slumber}
 * (credentials in the URL). Each store is a fresh schema, dropped after the test.
 */
@EnabledIfEnvironmentVariable(named = MyBatisPostgresStorageTest.URL_VARIABLE, matches = ".+")
class MyBatisPostgresStorageTest extends StorageCompatibilityKit {

    static final String URL_VARIABLE = "POSTGRES_TEST_URL";

    private final String url = System.getenv(URL_VARIABLE);
    private final List<String> schemas = new ArrayList<>();

    @Override
    protected StorageProvider provider() {
        return new MyBatisStorageProvider();
    }

    @Override
    protected StorageSettings settings() {
        String schema = "tck_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE SCHEMA " + schema);
        schemas.add(schema);
        return StorageSettings.of(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    /**
     * Drops this test's schemas. JUnit runs this before the kit closes its storages; that is
     * fine, as idle pooled connections hold no locks.
     */
    @AfterEach
    void dropSchemas() {
        for (String schema : schemas) {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        schemas.clear();
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + " on " + URL_VARIABLE + ": " + e.getMessage(), e);
        }
    }
}
