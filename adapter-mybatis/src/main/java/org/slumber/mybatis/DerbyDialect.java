package org.slumber.mybatis;

import static org.slumber.mybatis.SqlIdentifiers.quote;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.ibatis.executor.keygen.Jdbc3KeyGenerator;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.session.SqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slumber.spi.model.FieldDescriptor;
import org.slumber.spi.model.ModelDescriptor;

/** Apache Derby, embedded. */
final class DerbyDialect implements Dialect {

    private static final Logger LOG = LoggerFactory.getLogger(DerbyDialect.class);
    private static final String URL_PREFIX = "jdbc:derby:";
    /** The SQLState of a database that shut down (or was dropped) as asked. */
    private static final String SHUT_DOWN = "08006";
    private static final int MAX_VARCHAR = 32_672;
    private static final int MAX_DECIMAL_DIGITS = 31;

    @Override
    public String name() {
        return "Derby";
    }

    @Override
    public String driverClass() {
        return "org.apache.derby.iapi.jdbc.AutoloadedDriver";
    }

    @Override
    public int maxIdentifierLength() {
        return 128;
    }

    @Override
    public String columnType(ModelDescriptor model, FieldDescriptor field) {
        return switch (field.type()) {
            case LONG -> "BIGINT";
            case INTEGER -> "INTEGER";
            case STRING, REMOTE_REFERENCE -> {
                if (field.maxLength() > MAX_VARCHAR) {
                    throw new IllegalArgumentException(model.name() + "." + field.name() + " holds up to "
                            + field.maxLength() + " characters; Derby's VARCHAR holds at most " + MAX_VARCHAR);
                }
                // Derby counts UTF-16 units, the SPI counts characters: room for n supplementary ones
                yield "VARCHAR(" + Math.min(MAX_VARCHAR, 2L * field.maxLength()) + ")";
            }
            case BOOLEAN -> "BOOLEAN";
            case DECIMAL -> {
                if (field.precision() > MAX_DECIMAL_DIGITS) {
                    throw new IllegalArgumentException(model.name() + "." + field.name() + " has " + field.precision()
                            + " digits; Derby's DECIMAL has at most " + MAX_DECIMAL_DIGITS);
                }
                yield "DECIMAL(" + field.precision() + ", " + field.scale() + ")";
            }
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP";
        };
    }

    /**
     * Turns off Derby's automatic index statistics for this database: their background updates
     * invalidate compiled inserts at random moments, which makes concurrent inserts into tables
     * with generated keys fail (SQLState 40XL1). Slumber's statements use the key and foreign-key
     * indexes directly and need no statistics.
     */
    @Override
    public List<String> databaseSettings() {
        return List.of("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.storage.indexStats.auto', 'false')");
    }

    @Override
    public String fromNoTable() {
        return " FROM SYSIBM.SYSDUMMY1";
    }

    @Override
    public String generatedKeyLabel(String keyColumn) {
        return null;
    }

    @Override
    public String pingQuery() {
        return null;
    }

    @Override
    public String tableExistsSql() {
        return "SELECT 1 FROM SYS.SYSTABLES t JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = t.SCHEMAID"
                + " WHERE s.SCHEMANAME = CURRENT SCHEMA AND t.TABLENAME = #{name,jdbcType=VARCHAR}";
    }

    @Override
    public String constraintExistsSql() {
        return "SELECT 1 FROM SYS.SYSCONSTRAINTS c JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = c.SCHEMAID"
                + " WHERE s.SCHEMANAME = CURRENT SCHEMA AND c.CONSTRAINTNAME = #{name,jdbcType=VARCHAR}";
    }

    @Override
    public String indexExistsSql() {
        return "SELECT 1 FROM SYS.SYSCONGLOMERATES c JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = c.SCHEMAID"
                + " WHERE s.SCHEMANAME = CURRENT SCHEMA AND c.ISINDEX"
                + " AND c.CONGLOMERATENAME = #{name,jdbcType=VARCHAR}";
    }

    /** The value the identity generator of {@code #{table}} hands out next. */
    @Override
    public String identitySql() {
        return "VALUES SYSCS_UTIL.SYSCS_PEEK_AT_IDENTITY(CURRENT SCHEMA, #{table,jdbcType=VARCHAR})";
    }

    /** Peeks at the generator: when it would hand out {@code key} or less, it must restart at {@code key + 1}. */
    @Override
    public Long keepIdentityAhead(SqlSession session, ModelDescriptor model, long key) {
        Long next = session.selectOne(Catalog.IDENTITY, identityParameters(model, key));
        return next == null || next > key || key == Long.MAX_VALUE ? null : key + 1;
    }

    @Override
    public boolean restartsIdentityWithDdl() {
        return true;
    }

    @Override
    public String restartIdentitySql(ModelDescriptor model, long restartWith) {
        return "ALTER TABLE " + quote(model.table()) + " ALTER COLUMN " + quote(model.keyField().column())
                + " RESTART WITH " + restartWith;
    }

    /** Compiles each insert the way MyBatis will prepare it, so later prepares find it in Derby's statement cache. */
    @Override
    public void prepareAhead(ConnectionOpener connections, List<MappedStatement> inserts) throws SQLException {
        if (inserts.isEmpty()) {
            return;
        }
        try (Connection connection = connections.open()) {
            for (MappedStatement insert : inserts) {
                int keys = insert.getKeyGenerator() instanceof Jdbc3KeyGenerator
                        ? Statement.RETURN_GENERATED_KEYS : Statement.NO_GENERATED_KEYS;
                connection.prepareStatement(insert.getBoundSql(Map.of()).getSql(), keys).close();
            }
        }
    }

    /**
     * Shuts the database down, so its files are closed and it can be opened again in this JVM.
     * Derby answers a shutdown with SQLState 08006. A temporary in-memory database is dropped
     * instead, to give its memory back; as Derby takes half a second for that, it is dropped on a
     * daemon thread (nobody else knows its name, so nobody can see it meanwhile).
     */
    @Override
    public void afterClose(String url, Properties credentials, boolean temporary) {
        String database = databaseName(url);
        if (temporary && database.startsWith("memory:")) {
            Thread dropping = new Thread(() -> shutDown(database, ";drop=true", credentials),
                    "slumber-derby-drop-" + database);
            dropping.setDaemon(true);
            dropping.start();
        } else {
            shutDown(database, ";shutdown=true", credentials);
        }
    }

    private static void shutDown(String database, String attribute, Properties credentials) {
        try {
            DriverManager.getConnection(URL_PREFIX + database + attribute, credentials).close();
            LOG.warn("Derby did not confirm {} of database {}", attribute, database);
        } catch (SQLException e) {
            if (SHUT_DOWN.equals(e.getSQLState())) {
                LOG.debug("Derby database {} closed with {}", database, attribute);
            } else {
                LOG.warn("Could not close Derby database {} with {}: {} [SQLState {}]", database, attribute,
                        e.getMessage(), e.getSQLState());
            }
        }
    }

    /** The database part of an embedded Derby URL: what follows {@code jdbc:derby:} up to the attributes. */
    static String databaseName(String url) {
        String rest = url.substring(URL_PREFIX.length());
        int attributes = rest.indexOf(';');
        return attributes < 0 ? rest : rest.substring(0, attributes);
    }
}
