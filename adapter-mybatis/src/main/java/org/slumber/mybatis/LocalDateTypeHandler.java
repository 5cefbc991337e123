package org.slumber.mybatis;

import java.sql.CallableStatement;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Stores {@link LocalDate}s in DATE columns through {@link java.sql.Date}, which every driver
 * supports (Derby does not take {@code LocalDate} in {@code setObject}), and reads back a
 * {@code LocalDate} so no {@code java.sql.Date} leaks out.
 */
final class LocalDateTypeHandler extends BaseTypeHandler<LocalDate> {

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, LocalDate value, JdbcType jdbcType)
            throws SQLException {
        statement.setDate(index, Date.valueOf(value));
    }

    @Override
    public LocalDate getNullableResult(ResultSet rows, String column) throws SQLException {
        return toLocalDate(rows.getDate(column));
    }

    @Override
    public LocalDate getNullableResult(ResultSet rows, int column) throws SQLException {
        return toLocalDate(rows.getDate(column));
    }

    @Override
    public LocalDate getNullableResult(CallableStatement call, int column) throws SQLException {
        return toLocalDate(call.getDate(column));
    }

    private static LocalDate toLocalDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
