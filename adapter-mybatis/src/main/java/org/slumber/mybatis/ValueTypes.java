package org.slumber.mybatis;

import java.time.Instant;
import java.time.LocalDate;
import org.apache.ibatis.type.BigDecimalTypeHandler;
import org.apache.ibatis.type.BooleanTypeHandler;
import org.apache.ibatis.type.IntegerTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.LongTypeHandler;
import org.apache.ibatis.type.StringTypeHandler;
import org.apache.ibatis.type.TypeHandler;
import org.apache.ibatis.type.TypeHandlerRegistry;
import org.slumber.spi.model.ValueType;

/**
 * How each {@link ValueType} crosses JDBC: its JDBC type, the MyBatis {@code #{}} parameter
 * that binds it, and the type handler that reads it back as exactly its Java type.
 */
final class ValueTypes {

    private static final TypeHandler<Instant> INSTANTS = new UtcInstantTypeHandler();
    private static final TypeHandler<LocalDate> DATES = new LocalDateTypeHandler();

    private ValueTypes() {
    }

    /** Makes {@code #{}} parameters of DATE and TIMESTAMP values use this adapter's handlers. */
    static void registerHandlers(TypeHandlerRegistry registry) {
        registry.register(Instant.class, INSTANTS);
        registry.register(LocalDate.class, DATES);
    }

    /** The JDBC type values of this type are bound as, also when they are null. */
    static JdbcType jdbcType(ValueType type) {
        return switch (type) {
            case LONG -> JdbcType.BIGINT;
            case INTEGER -> JdbcType.INTEGER;
            case STRING, REMOTE_REFERENCE -> JdbcType.VARCHAR;
            case BOOLEAN -> JdbcType.BOOLEAN;
            case DECIMAL -> JdbcType.DECIMAL;
            case DATE -> JdbcType.DATE;
            case TIMESTAMP -> JdbcType.TIMESTAMP;
        };
    }

    /** A MyBatis parameter reference binding the named parameter as a value of this type. */
    static String parameter(String name, ValueType type) {
        return "#{" + name + ",javaType=" + type.javaType().getName() + ",jdbcType=" + jdbcType(type) + "}";
    }

    /** The handler that reads a column of this type as exactly {@link ValueType#javaType()}, or null. */
    static TypeHandler<?> resultHandler(ValueType type) {
        return switch (type) {
            case LONG -> new LongTypeHandler();
            case INTEGER -> new IntegerTypeHandler();
            case STRING, REMOTE_REFERENCE -> new StringTypeHandler();
            case BOOLEAN -> new BooleanTypeHandler();
            case DECIMAL -> new BigDecimalTypeHandler();
            case DATE -> DATES;
            case TIMESTAMP -> INSTANTS;
        };
    }
}
