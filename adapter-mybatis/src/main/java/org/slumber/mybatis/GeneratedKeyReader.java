package org.slumber.mybatis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.executor.ExecutorException;
import org.apache.ibatis.executor.keygen.Jdbc3KeyGenerator;
import org.apache.ibatis.mapping.MappedStatement;

/**
 * Reads the key the database generated for a single-row insert and puts it into the parameter
 * map under {@link #PARAMETER}, as the driver returned it (a {@code BigDecimal} from Derby, a
 * {@code Long} or {@code Integer} from PostgreSQL). Extends {@link Jdbc3KeyGenerator} because
 * MyBatis asks the driver for generated keys only for statements with such a generator.
 */
final class GeneratedKeyReader extends Jdbc3KeyGenerator {

    /** The parameter the generated key is put under. */
    static final String PARAMETER = "generatedKey";

    private final String keyColumnLabel;

    /**
     * @param keyColumnLabel the label of the key column among the generated keys, or null when
     *                       the driver returns only the key (Derby)
     */
    GeneratedKeyReader(String keyColumnLabel) {
        this.keyColumnLabel = keyColumnLabel;
    }

    @Override
    public void processBefore(Executor executor, MappedStatement statement, Statement jdbc, Object parameter) {
        // keys are read after the insert
    }

    @Override
    public void processAfter(Executor executor, MappedStatement statement, Statement jdbc, Object parameter) {
        try (ResultSet keys = jdbc.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new ExecutorException("The driver returned no generated key for " + statement.getId());
            }
            Object key = keyColumnLabel == null ? keys.getObject(1) : keys.getObject(keyColumnLabel);
            @SuppressWarnings("unchecked")
            Map<String, Object> parameters = (Map<String, Object>) parameter;
            parameters.put(PARAMETER, key);
        } catch (SQLException e) {
            throw new ExecutorException("Could not read the generated key of " + statement.getId(), e);
        }
    }
}
