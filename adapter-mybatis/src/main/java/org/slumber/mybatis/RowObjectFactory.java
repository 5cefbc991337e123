package org.slumber.mybatis;

import java.util.LinkedHashMap;
import org.apache.ibatis.reflection.factory.DefaultObjectFactory;

/**
 * Creates the maps rows are read into with {@code new} rather than by reflection, as MyBatis's
 * default factory would for every row; everything else is left to the default.
 */
final class RowObjectFactory extends DefaultObjectFactory {

    private static final long serialVersionUID = 1L;

    @Override
    public <T> T create(Class<T> type) {
        if (type == LinkedHashMap.class) {
            return type.cast(new LinkedHashMap<String, Object>());
        }
        return super.create(type);
    }
}
