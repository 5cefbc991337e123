package org.slumber.mybatis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.apache.ibatis.builder.SqlSourceBuilder;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.session.Configuration;

/**
 * The SQL of one statement whose text depends on the shape of its parameters (which fields are
 * compared, how many keys an IN list holds). The parameter map carries its shape under
 * {@link #SHAPE}; the text of each shape is written once, parsed for its {@code #{}} parameters
 * once, and kept. Thread-safe, so the statement is registered in the MyBatis configuration once
 * and shared by every session.
 *
 * @param <S> the shape: a value with equals and hashCode
 */
final class ShapedSqlSource<S> implements SqlSource {

    /** The parameter that holds the shape. */
    static final String SHAPE = "shape";

    private final Configuration configuration;
    private final Class<S> shapeType;
    private final Function<S, String> textOfShape;
    private final ConcurrentMap<S, SqlSource> parsed = new ConcurrentHashMap<>();

    /**
     * @param textOfShape writes the SQL text, with {@code #{}} parameters, of one shape
     */
    ShapedSqlSource(Configuration configuration, Class<S> shapeType, Function<S, String> textOfShape) {
        this.configuration = configuration;
        this.shapeType = shapeType;
        this.textOfShape = textOfShape;
    }

    @Override
    public BoundSql getBoundSql(Object parameter) {
        S shape = shapeType.cast(((Map<?, ?>) parameter).get(SHAPE));
        return parsed.computeIfAbsent(shape, this::parse).getBoundSql(parameter);
    }

    private SqlSource parse(S shape) {
        return new SqlSourceBuilder(configuration).parse(textOfShape.apply(shape), Map.class, Map.of());
    }
}
