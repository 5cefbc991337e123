package org.slumber.spi.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The stored type of a column. The storage role accepts and returns values of exactly the
 * {@linkplain #javaType() Java type} named here (or {@code null} for a nullable column).
 */
public enum ValueType {
    /** 64-bit integer; the usual type of a generated key. */
    LONG(Long.class),
    /** 32-bit integer. */
    INTEGER(Integer.class),
    /** Text of at most {@link FieldDescriptor#maxLength()} characters. */
    STRING(String.class),
    /** True or false. */
    BOOLEAN(Boolean.class),
    /** Exact decimal with {@link FieldDescriptor#precision()} digits, {@link FieldDescriptor#scale()} after the point. */
    DECIMAL(BigDecimal.class),
    /** A calendar date. */
    DATE(LocalDate.class),
    /** An instant in time, stored at microsecond precision or better. */
    TIMESTAMP(Instant.class),
    /**
     * A reference to an instance on another service, stored as text: an absolute URL, or a
     * {@code slumber://<service>/...} URL when a known service matches. At most
     * {@link FieldDescriptor#maxLength()} characters.
     */
    REMOTE_REFERENCE(String.class);

    private final Class<?> javaType;

    ValueType(Class<?> javaType) {
        this.javaType = javaType;
    }

    /** The Java class of the values of this type, as the storage role takes and returns them. */
    public Class<?> javaType() {
        return javaType;
    }
}
