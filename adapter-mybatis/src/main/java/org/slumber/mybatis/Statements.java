package org.slumber.mybatis;

import java.util.List;
import org.apache.ibatis.executor.keygen.KeyGenerator;
import org.apache.ibatis.executor.keygen.NoKeyGenerator;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.session.Configuration;

/** Registers mapped statements built in code, the way a mapper XML file would declare them. */
final class Statements {

    private Statements() {
    }

    /** A query whose rows are mapped by {@code rows}. */
    static String select(Configuration configuration, String id, SqlSource sql, ResultMap rows) {
        return add(new MappedStatement.Builder(configuration, id, sql, SqlCommandType.SELECT)
                .resultMaps(List.of(rows)));
    }

    /** An INSERT, UPDATE or DELETE; {@code keys} reads generated keys, or is null. */
    static String change(Configuration configuration, String id, SqlSource sql, SqlCommandType command,
                         KeyGenerator keys) {
        return add(new MappedStatement.Builder(configuration, id, sql, command)
                .keyGenerator(keys == null ? NoKeyGenerator.INSTANCE : keys)
                .flushCacheRequired(true));
    }

    private static String add(MappedStatement.Builder builder) {
        MappedStatement statement = builder.build();
        statement.getConfiguration().addMappedStatement(statement);
        return statement.getId();
    }
}
