package org.slumber.mybatis;

import java.util.List;
import java.util.Map;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.scripting.defaults.RawSqlSource;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;

/**
 * The dialect's catalog queries, registered as MyBatis statements: does a table, constraint or
 * index of this name exist in the current schema, and the identity query of
 * {@link Dialect#keepIdentityAhead}.
 */
final class Catalog {

    static final String TABLE_EXISTS = "catalog.tableExists";
    static final String CONSTRAINT_EXISTS = "catalog.constraintExists";
    static final String INDEX_EXISTS = "catalog.indexExists";
    static final String IDENTITY = "catalog.identity";

    private Catalog() {
    }

    /** Registers the catalog statements of this dialect. Call once, before any session opens. */
    static void register(Configuration configuration, Dialect dialect) {
        add(configuration, TABLE_EXISTS, dialect.tableExistsSql(), Integer.class);
        add(configuration, CONSTRAINT_EXISTS, dialect.constraintExistsSql(), Integer.class);
        add(configuration, INDEX_EXISTS, dialect.indexExistsSql(), Integer.class);
        add(configuration, IDENTITY, dialect.identitySql(), Long.class);
    }

    static boolean tableExists(SqlSession session, String table) {
        return exists(session, TABLE_EXISTS, table);
    }

    static boolean constraintExists(SqlSession session, String constraint) {
        return exists(session, CONSTRAINT_EXISTS, constraint);
    }

    static boolean indexExists(SqlSession session, String index) {
        return exists(session, INDEX_EXISTS, index);
    }

    private static boolean exists(SqlSession session, String statement, String name) {
        return !session.selectList(statement, Map.of("name", name)).isEmpty();
    }

    private static void add(Configuration configuration, String id, String sql, Class<?> resultType) {
        ResultMap result = new ResultMap.Builder(configuration, id + "-result", resultType, List.of()).build();
        Statements.select(configuration, id, new RawSqlSource(configuration, sql, Map.class), result);
    }
}
