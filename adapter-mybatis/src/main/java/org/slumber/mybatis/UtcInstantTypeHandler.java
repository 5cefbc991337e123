package org.slumber.mybatis;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Stores {@link Instant}s in TIMESTAMP columns as UTC wall-clock time and reads them back the
 * same way, so values neither depend on the JVM's time zone nor shift across its daylight-saving
 * changes. Sub-microsecond digits are kept where the column keeps them (Derby keeps nanoseconds,
 * PostgreSQL microseconds).
 */
final class UtcInstantTypeHandler extends BaseTypeHandler<Instant> {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, Instant value, JdbcType jdbcType)
            throws SQLException {
        statement.setTimestamp(index, Timestamp.from(value), utc());
    }

    @Override
    public Instant getNullableResult(ResultSet rows, String column) throws SQLException {
        return toInstant(rows.getTimestamp(column, utc()));
    }

    @Override
    public Instant getNullableResult(ResultSet rows, int column) throws SQLException {
        return toInstant(rows.getTimestamp(column, utc()));
    }

    @Override
    public Instant getNullableResult(CallableStatement call, int column) throws SQLException {
        return toInstant(call.getTimestamp(column, utc()));
    }

    /** A new calendar per call: drivers may change the calendar they are given. */
    private static Calendar utc() {
        return Calendar.getInstance(UTC);
    }

    private static Instant toInstant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
