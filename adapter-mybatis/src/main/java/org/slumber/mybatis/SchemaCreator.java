package org.slumber.mybatis;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slumber.mybatis.SchemaPlan.Kind;
import org.slumber.mybatis.SchemaPlan.SchemaObject;
import org.slumber.spi.model.ModelDescriptor;
import org.slumber.spi.model.Schema;
import org.slumber.spi.storage.StorageException;

/**
 * Creates what a {@link SchemaPlan} holds and the database lacks, inside the caller's
 * transaction. Objects of a table created in the same run are known to be missing; for tables
 * that existed, each constraint and index is looked up in the catalog by name first. DDL takes
 * no parameters, so it runs as plain JDBC statements; its text is made of descriptor names only.
 */
final class SchemaCreator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaCreator.class);

    private SchemaCreator() {
    }

    /**
     * @return true when a table of one of the schema's models was created
     * @throws StorageException naming the table and statement that failed
     */
    static boolean create(SqlSession session, Schema schema, Dialect dialect) {
        List<SchemaObject> objects = plan(schema, dialect);
        for (String setting : dialect.databaseSettings()) {
            LOG.debug("createSchema: {}", setting);
            try (Statement statement = session.getConnection().createStatement()) {
                statement.execute(setting);
            } catch (SQLException e) {
                throw StorageFailures.translate(new PersistenceException(e), "the database",
                        "createSchema (setting a database property)", null, setting, List.of());
            }
        }
        Set<String> createdTables = new HashSet<>();
        for (SchemaObject object : objects) {
            boolean missing = object.kind() == Kind.TABLE
                    ? !exists(session, object)
                    : createdTables.contains(object.table()) || !exists(session, object);
            if (missing) {
                execute(session, object);
                if (object.kind() == Kind.TABLE) {
                    createdTables.add(object.table());
                }
            }
        }
        LOG.debug("createSchema created tables {}", createdTables);
        return schema.models().stream().map(ModelDescriptor::table).anyMatch(createdTables::contains);
    }

    private static List<SchemaObject> plan(Schema schema, Dialect dialect) {
        try {
            return SchemaPlan.objects(schema, dialect);
        } catch (IllegalArgumentException e) {
            throw new StorageException("createSchema: " + e.getMessage(), e);
        }
    }

    private static boolean exists(SqlSession session, SchemaObject object) {
        try {
            return switch (object.kind()) {
                case TABLE -> Catalog.tableExists(session, object.name());
                case CONSTRAINT -> Catalog.constraintExists(session, object.name());
                case INDEX -> Catalog.indexExists(session, object.name());
            };
        } catch (PersistenceException e) {
            throw StorageFailures.translate(e, "table " + object.table(), "createSchema (looking up "
                    + object.kind().name().toLowerCase(Locale.ROOT) + " " + object.name() + ")",
                    null, null, List.of());
        }
    }

    private static void execute(SqlSession session, SchemaObject object) {
        LOG.debug("createSchema: {}", object.sql());
        try (Statement statement = session.getConnection().createStatement()) {
            statement.execute(object.sql());
        } catch (SQLException e) {
            throw StorageFailures.translate(new PersistenceException(e), "table " + object.table(),
                    "createSchema (creating " + object.kind().name().toLowerCase(Locale.ROOT) + " "
                            + object.name() + ")", null, object.sql(), List.of());
        }
    }
}
