package org.slumber.mybatis;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.AutoMappingBehavior;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.apache.ibatis.type.JdbcType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slumber.spi.model.Schema;
import org.slumber.spi.storage.Storage;
import org.slumber.spi.storage.StorageException;
import org.slumber.spi.storage.StorageSettings;

/**
 * The storage role on MyBatis: a MyBatis configuration built in code (no XML), statements
 * written from the model descriptors, and MyBatis's own pooled data source holding up to
 * {@link StorageSettings#maxConnections()} connections. Embedded Derby is the default database;
 * PostgreSQL works too when its driver is on the class path.
 *
 * <p>Compose it in code with {@link #open(StorageSettings)} or {@link #embeddedDerby(String)};
 * the core finds it through {@link MyBatisStorageProvider}.
 *
 * <p>{@link #read} and {@link #write} each run their unit of work in one transaction: a read
 * unit's statements share one connection and one commit, a write unit commits or rolls back
 * as a whole. Statements are logged by MyBatis at DEBUG (with their parameters) under
 * {@code org.slumber.mybatis.sql.<statement>}; opening and closing are logged at INFO.
 *
 * <p>On Derby, an insert into a table with a generated key can fail with SQLState 40XL1 (too
 * much contention on the identity generator) when the generator needs a new range of keys just
 * while another connection compiles an insert into the same table: after Derby's automatic
 * index statistics made the compiled insert stale, or after an explicit key restarted the
 * generator. The adapter prepares inserts ahead and restarts generators outside units of work
 * to keep this rare, and createSchema turns the database property
 * {@code derby.storage.indexStats.auto} off, which removes the remaining cause. Should it happen
 * anyway, it surfaces as {@link org.slumber.spi.storage.StorageException.Transient}: nothing was
 * committed and the unit of work can run again.
 */
public final class MyBatisStorage implements Storage {

    private static final Logger LOG = LoggerFactory.getLogger(MyBatisStorage.class);
    private static final int PING_AFTER_IDLE_MILLIS = 30_000;

    private final DatabaseUrl database;
    private final Properties credentials;
    private final PooledDataSource pool;
    private final SqlSessionFactory sessions;
    private final StatementRegistry statements;
    private final IdentityKeeper identities;
    private final StatementCache prepared = new StatementCache();
    private final AtomicBoolean closed = new AtomicBoolean();

    private MyBatisStorage(DatabaseUrl database, StorageSettings settings) {
        this.database = database;
        this.credentials = credentials(settings);
        Dialect dialect = database.dialect();
        this.pool = new PooledDataSource(dialect.driverClass(), database.url(), credentials);
        pool.setPoolMaximumActiveConnections(settings.maxConnections());
        pool.setPoolMaximumIdleConnections(settings.maxConnections());
        // a unit of work may run long: never take a connection away from it
        pool.setPoolMaximumCheckoutTime(Integer.MAX_VALUE);
        if (dialect.pingQuery() != null) {
            pool.setPoolPingEnabled(true);
            pool.setPoolPingQuery(dialect.pingQuery());
            pool.setPoolPingConnectionsNotUsedFor(PING_AFTER_IDLE_MILLIS);
        }
        Configuration configuration = new Configuration(
                new Environment("slumber", new JdbcTransactionFactory(), pool));
        configuration.setLogPrefix("org.slumber.mybatis.sql.");
        configuration.setCacheEnabled(false);
        // rows are handed to the caller to keep and change: never serve one twice from a cache
        configuration.setLocalCacheScope(LocalCacheScope.STATEMENT);
        configuration.setCallSettersOnNulls(true);
        configuration.setReturnInstanceForEmptyRow(true);
        configuration.setAutoMappingBehavior(AutoMappingBehavior.NONE);
        configuration.setJdbcTypeForNull(JdbcType.NULL);
        configuration.setDefaultExecutorType(ExecutorType.REUSE);
        configuration.setObjectFactory(new RowObjectFactory());
        ValueTypes.registerHandlers(configuration.getTypeHandlerRegistry());
        Catalog.register(configuration, dialect);
        this.statements = new StatementRegistry(configuration, dialect);
        this.sessions = new DefaultSqlSessionFactory(configuration);
        this.identities = new IdentityKeeper(dialect, sessions,
                () -> DriverManager.getConnection(database.url(), credentials));
    }

    /**
     * Opens storage for these settings: a null URL gives a fresh in-memory Derby database.
     *
     * @throws StorageException when the URL is not one this adapter opens or the database cannot
     *                          be reached; the message names the URL without its password
     */
    public static Storage open(StorageSettings settings) {
        Objects.requireNonNull(settings, "settings");
        DatabaseUrl database = DatabaseUrl.of(settings.url());
        requireDriver(database);
        MyBatisStorage storage = new MyBatisStorage(database, settings);
        storage.checkConnection();
        LOG.info("Opened {} storage at {} with up to {} connections", database.dialect().name(), database.masked(),
                settings.maxConnections());
        return storage;
    }

    /**
     * Opens an embedded Derby database in a directory, creating it when it does not exist. Close
     * the storage to shut the database down; it can then be opened again in this JVM.
     */
    public static Storage embeddedDerby(String directory) {
        Objects.requireNonNull(directory, "directory");
        if (directory.isBlank() || directory.indexOf(';') >= 0) {
            throw new IllegalArgumentException("a Derby database directory must be non-blank and hold no ';', got \""
                    + directory + "\"");
        }
        return open(StorageSettings.of("jdbc:derby:" + directory + ";create=true"));
    }

    @Override
    public boolean createSchema(Schema schema) {
        Objects.requireNonNull(schema, "schema");
        requireOpen("createSchema");
        statements.register(schema);
        boolean created = inTransaction(session -> SchemaCreator.create(session, schema, database.dialect()),
                "createSchema");
        identities.prepareAhead(schema.models().stream().map(statements::model).toList());
        return created;
    }

    @Override
    public <T> T read(Work<T> work) {
        Objects.requireNonNull(work, "work");
        requireOpen("read");
        // one transaction for the whole unit: a single commit, not one per statement
        try (SqlSession session = sessions.openSession(ExecutorType.REUSE, false)) {
            MyBatisSession storageSession = new MyBatisSession(session, statements, prepared, null, false);
            try {
                T result = work.run(storageSession);
                commit(session, "read");
                return result;
            } catch (Throwable failure) {
                rollBack(session, failure);
                throw failure;
            } finally {
                storageSession.end();
            }
        }
    }

    @Override
    public <T> T write(Work<T> work) {
        Objects.requireNonNull(work, "work");
        requireOpen("write");
        Set<ModelStatements> alteredTables = new LinkedHashSet<>();
        try {
            return inTransaction(session -> {
                MyBatisSession storageSession = new MyBatisSession(session, statements, prepared, identities, true);
                try {
                    return work.run(storageSession);
                } finally {
                    storageSession.end();
                    alteredTables.addAll(storageSession.alteredTables());
                }
            }, "write");
        } finally {
            if (!alteredTables.isEmpty()) {
                identities.prepareAhead(alteredTables);
            }
        }
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    private <T> T inTransaction(Function<SqlSession, T> work, String operation) {
        try (SqlSession session = sessions.openSession(ExecutorType.REUSE, false)) {
            T result;
            try {
                result = work.apply(session);
                commit(session, operation);
            } catch (Throwable failure) {
                rollBack(session, failure);
                throw failure;
            }
            return result;
        }
    }

    private void commit(SqlSession session, String operation) {
        try {
            session.commit(true);
        } catch (PersistenceException e) {
            throw StorageFailures.translate(e, database.masked(), operation + " (commit)", null, null, List.of());
        }
    }

    private static void rollBack(SqlSession session, Throwable failure) {
        try {
            session.rollback(true);
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    /** Closes the pool and shuts an embedded database down. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        prepared.clear();
        pool.forceCloseAll();
        database.dialect().afterClose(database.url(), credentials, database.temporary());
        LOG.info("Closed {} storage at {}", database.dialect().name(), database.masked());
    }

    @Override
    public String toString() {
        return "MyBatisStorage[" + database.masked() + (closed.get() ? ", closed]" : "]");
    }

    private void requireOpen(String operation) {
        if (closed.get()) {
            throw new StorageException(operation + ": the storage at " + database.masked() + " is closed");
        }
    }

    /** Borrows one connection, so a database that cannot be reached fails at open. */
    private void checkConnection() {
        try (Connection connection = pool.getConnection()) {
            LOG.debug("Connected to {} {}", connection.getMetaData().getDatabaseProductName(),
                    connection.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            pool.forceCloseAll();
            throw new StorageException("Cannot open storage at " + database.masked() + ": "
                    + firstLine(e.getMessage()) + " [SQLState " + e.getSQLState() + "]", e);
        }
    }

    private static void requireDriver(DatabaseUrl database) {
        String driver = database.dialect().driverClass();
        try {
            Class.forName(driver, false, MyBatisStorage.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new StorageException("Cannot open storage at " + database.masked() + ": the "
                    + database.dialect().name() + " JDBC driver " + driver + " is not on the class path", e);
        }
    }

    private static Properties credentials(StorageSettings settings) {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        return properties;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
