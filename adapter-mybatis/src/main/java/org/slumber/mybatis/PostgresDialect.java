package org.slumber.mybatis;

import static org.slumber.mybatis.SqlIdentifiers.quote;

import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import org.slumber.spi.model.FieldDescriptor;
import org.slumber.spi.model.ModelDescriptor;

/** PostgreSQL 10 or later (identity columns). */
final class PostgresDialect implements Dialect {

    private static final int MAX_NUMERIC_DIGITS = 1000;

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public String driverClass() {
        return "org.postgresql.Driver";
    }

    @Override
    public int maxIdentifierLength() {
        return 63;
    }

    @Override
    public String columnType(ModelDescriptor model, FieldDescriptor field) {
        return switch (field.type()) {
            case LONG -> "BIGINT";
            case INTEGER -> "INTEGER";
            case STRING, REMOTE_REFERENCE -> "VARCHAR(" + field.maxLength() + ")";
            case BOOLEAN -> "BOOLEAN";
            case DECIMAL -> {
                if (field.precision() > MAX_NUMERIC_DIGITS) {
                    throw new IllegalArgumentException(model.name() + "." + field.name() + " has " + field.precision()
                            + " digits; PostgreSQL's NUMERIC has at most " + MAX_NUMERIC_DIGITS);
                }
                yield "NUMERIC(" + field.precision() + ", " + field.scale() + ")";
            }
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP WITH TIME ZONE";
        };
    }

    @Override
    public String fromNoTable() {
        return "";
    }

    /** The driver answers {@code RETURN_GENERATED_KEYS} with the whole row ({@code RETURNING *}). */
    @Override
    public String generatedKeyLabel(String keyColumn) {
        return keyColumn;
    }

    @Override
    public String pingQuery() {
        return "SELECT 1";
    }

    @Override
    public String tableExistsSql() {
        return "SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = current_schema() AND c.relname = #{name,jdbcType=VARCHAR}"
                + " AND c.relkind IN ('r', 'p')";
    }

    @Override
    public String constraintExistsSql() {
        return "SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace"
                + " WHERE n.nspname = current_schema() AND c.conname = #{name,jdbcType=VARCHAR}";
    }

    @Override
    public String indexExistsSql() {
        return "SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = current_schema() AND c.relname = #{name,jdbcType=VARCHAR} AND c.relkind = 'i'";
    }

    /**
     * Sets the sequence behind the identity column to {@code #{key}} unless it is past it
     * already; the next value it hands out is then {@code key + 1}.
     */
    @Override
    public String identitySql() {
        return "SELECT setval(s.seq, #{key,jdbcType=BIGINT})"
                + " FROM (SELECT CAST(pg_get_serial_sequence(#{table,jdbcType=VARCHAR}, #{column,jdbcType=VARCHAR})"
                + " AS regclass) AS seq) s"
                + " WHERE #{key,jdbcType=BIGINT} >= COALESCE(pg_sequence_last_value(s.seq), 0)";
    }

    @Override
    public Map<String, Object> identityParameters(ModelDescriptor model, long key) {
        // pg_get_serial_sequence parses its first argument as a (possibly qualified) name
        return Map.of("table", quote(model.table()), "column", model.keyField().column(), "key", key);
    }

    /** Moves the sequence itself; no DDL is needed. */
    @Override
    public Long keepIdentityAhead(SqlSession session, ModelDescriptor model, long key) {
        session.selectList(Catalog.IDENTITY, identityParameters(model, key));
        return null;
    }

    @Override
    public String restartIdentitySql(ModelDescriptor model, long restartWith) {
        throw new UnsupportedOperationException("PostgreSQL moves its sequences with setval");
    }
}
