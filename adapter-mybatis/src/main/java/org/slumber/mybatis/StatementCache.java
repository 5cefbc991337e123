package org.slumber.mybatis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.datasource.pooled.PooledDataSource;

/**
 * Prepared statements kept open per pooled connection, so a read prepares each SQL text once per
 * connection rather than once per unit of work (MyBatis's REUSE executor only reuses within one
 * session). A pooled connection serves one unit of work at a time, so each connection's
 * statements are only touched by the thread holding it; the map of connections is concurrent.
 * Each connection keeps at most {@value #PER_CONNECTION} statements, closing the least recently
 * used.
 */
final class StatementCache {

    private static final int PER_CONNECTION = 128;

    private final Map<Connection, Map<String, PreparedStatement>> byConnection = new ConcurrentHashMap<>();

    /** The prepared statement of {@code sql} on this connection, prepared now if it is not kept yet. */
    PreparedStatement prepare(Connection pooled, String sql) throws SQLException {
        Connection real = PooledDataSource.unwrapConnection(pooled);
        Map<String, PreparedStatement> statements = byConnection.computeIfAbsent(real, c -> lru());
        PreparedStatement statement = statements.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = real.prepareStatement(sql);
            statements.put(sql, statement);
        } else {
            statement.clearParameters();
        }
        return statement;
    }

    /** Forgets a connection's statements (it failed, or is being closed). */
    void forget(Connection pooled) {
        Map<String, PreparedStatement> statements = byConnection.remove(PooledDataSource.unwrapConnection(pooled));
        if (statements != null) {
            statements.values().forEach(StatementCache::closeQuietly);
        }
    }

    /** Closes every kept statement. */
    void clear() {
        byConnection.values().forEach(statements -> statements.values().forEach(StatementCache::closeQuietly));
        byConnection.clear();
    }

    private static Map<String, PreparedStatement> lru() {
        return new LinkedHashMap<>(32, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                if (size() > PER_CONNECTION) {
                    closeQuietly(eldest.getValue());
                    return true;
                }
                return false;
            }
        };
    }

    private static void closeQuietly(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            // the connection is gone or going; nothing to keep
        }
    }
}
