package org.slumber.mybatis;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.slumber.mybatis.SchemaPlan.UniqueConstraint;
import org.slumber.spi.model.LinkDescriptor;
import org.slumber.spi.model.ModelDescriptor;
import org.slumber.spi.storage.Filter;
import org.slumber.spi.storage.SessionRules;
import org.slumber.spi.storage.StorageException;
import org.slumber.spi.storage.StorageSession;

/**
 * The operations of one unit of work over one MyBatis {@link SqlSession}. Each operation checks
 * that the session is still open and used on its own thread, turns its arguments into a
 * {@link Call} of a registered statement, runs it, and turns failures into
 * {@link StorageException}s naming model, operation and statement. A read-only session refuses
 * the operations that write.
 */
final class MyBatisSession implements StorageSession {

    private final SqlSession session;
    private final StatementRegistry statements;
    private final StatementCache prepared;
    private final IdentityKeeper identities;
    private final SessionRules rules;
    private final Set<ModelStatements> alteredTables = new LinkedHashSet<>();
    private boolean hasWritten;

    /**
     * @param identities keeps key generators ahead of explicit keys; null for a read-only session
     */
    MyBatisSession(SqlSession session, StatementRegistry statements, StatementCache prepared,
                   IdentityKeeper identities, boolean writable) {
        this.session = session;
        this.statements = statements;
        this.prepared = prepared;
        this.identities = identities;
        this.rules = new SessionRules(writable);
    }

    /** The models whose table this session altered (to move a key generator); their inserts want preparing again. */
    Set<ModelStatements> alteredTables() {
        return alteredTables;
    }

    /** Makes every later call fail: the unit of work that handed out this session is over. */
    void end() {
        rules.end();
    }

    @Override
    public Optional<Map<String, Object>> find(ModelDescriptor model, Object key) {
        ModelStatements modelStatements = usable(model, "find", false);
        List<Map<String, Object>> rows = select(modelStatements, "find", modelStatements.find("find", key));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    @Override
    public List<Map<String, Object>> findAll(ModelDescriptor model, Collection<?> keys) {
        ModelStatements modelStatements = usable(model, "findAll", false);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Call call : modelStatements.findAll("findAll", keys)) {
            rows.addAll(select(modelStatements, "findAll", call));
        }
        return rows;
    }

    @Override
    public List<Map<String, Object>> select(ModelDescriptor model, Map<String, Object> equal, int limit) {
        ModelStatements modelStatements = usable(model, "select", false);
        Call call = modelStatements.select("select", equal, limit);
        return limit <= 0 ? new ArrayList<>() : select(modelStatements, "select", call);
    }

    @Override
    public List<Map<String, Object>> page(ModelDescriptor model, Filter filter, Object startAfter, int limit) {
        ModelStatements modelStatements = usable(model, "page", false);
        Call call;
        if (filter instanceof Filter.Linked linked) {
            if (!linked.link().target().equals(model)) {
                throw new StorageException(model.name() + ": page: link " + linked.link().name() + " leads to "
                        + linked.link().target().name() + ", not to this model");
            }
            LinkStatements link = statements.link(linked.link());
            call = link.page("page", linked.ownerKey(), startAfter, limit);
        } else if (filter instanceof Filter.Equal equal) {
            call = modelStatements.page("page", equal.field(), equal.value(), startAfter, limit);
        } else {
            call = modelStatements.page("page", null, null, startAfter, limit);
        }
        return limit <= 0 ? new ArrayList<>() : select(modelStatements, "page", call);
    }

    @Override
    public Object insert(ModelDescriptor model, Map<String, Object> values) {
        ModelStatements modelStatements = usable(model, "insert", true);
        Object key = values.get(model.key());
        if (key == null && !model.generatedKey()) {
            throw new StorageException(model.name() + ": insert: the key " + model.key()
                    + " is not generated, so the values must hold it");
        }
        boolean generated = key == null;
        Call call = modelStatements.insert("insert", values, generated);
        if (!generated && model.generatedKey()) {
            // before the insert: on Derby this alters the table, and the unit should hold no row
            // locks of it yet while it waits for the table to itself
            keepGeneratorAhead(modelStatements, ((Number) key).longValue());
        }
        identities.inserting(modelStatements,
                () -> change(model.name(), "insert", call, modelStatements.uniqueConstraints()));
        return generated ? modelStatements.generatedKey(call) : key;
    }

    @Override
    public boolean update(ModelDescriptor model, Object key, Map<String, Object> values) {
        ModelStatements modelStatements = usable(model, "update", true);
        Call call = modelStatements.update("update", key, values);
        if (call == null) {
            return !select(modelStatements, "update", modelStatements.find("update", key)).isEmpty();
        }
        return change(model.name(), "update", call, modelStatements.uniqueConstraints()) > 0;
    }

    @Override
    public boolean delete(ModelDescriptor model, Object key) {
        ModelStatements modelStatements = usable(model, "delete", true);
        Call call = modelStatements.delete("delete", key);
        return change(model.name(), "delete", call, modelStatements.uniqueConstraints()) > 0;
    }

    @Override
    public boolean link(LinkDescriptor link, Object ownerKey, Object targetKey) {
        LinkStatements linkStatements = usable(link, "link", true);
        Call call = linkStatements.link("link", ownerKey, targetKey);
        return change(link.name(), "link", call, List.of(linkStatements.key())) > 0;
    }

    @Override
    public boolean unlink(LinkDescriptor link, Object ownerKey, Object targetKey) {
        LinkStatements linkStatements = usable(link, "unlink", true);
        Call call = linkStatements.unlink("unlink", ownerKey, targetKey);
        return change(link.name(), "unlink", call, List.of(linkStatements.key())) > 0;
    }

    @Override
    public List<Map<String, Object>> linked(LinkDescriptor link, Collection<?> ownerKeys) {
        LinkStatements linkStatements = usable(link, "linked", false);
        List<Call> calls = linkStatements.linked("linked", ownerKeys);
        // each call gives distinct targets; targets linked to owners of different calls are merged here
        Map<Object, Map<String, Object>> distinct = new LinkedHashMap<>();
        String key = link.target().key();
        RowReader targets = statements.model(link.target()).rowReader();
        for (Call call : calls) {
            List<Map<String, Object>> rows = query(link.name(), "linked", call, List.of(), targets);
            for (Map<String, Object> row : rows) {
                distinct.putIfAbsent(row.get(key), row);
            }
        }
        return new ArrayList<>(distinct.values());
    }

    private void keepGeneratorAhead(ModelStatements model, long key) {
        String operation = "insert (moving the key generator past an explicit key)";
        try {
            if (identities.keepAhead(session, model, key, hasWritten)) {
                alteredTables.add(model);
            }
        } catch (SQLException e) {
            throw StorageFailures.translate(new PersistenceException(e), model.model().name(), operation, null, null,
                    List.of());
        } catch (PersistenceException e) {
            throw StorageFailures.translate(e, model.model().name(), operation, Catalog.IDENTITY, null, List.of());
        }
    }

    private List<Map<String, Object>> select(ModelStatements model, String operation, Call call) {
        return query(model.model().name(), operation, call, model.uniqueConstraints(), model.rowReader());
    }

    /**
     * Runs a registered select: MyBatis binds its parameters, the statement is one kept open on
     * this connection, and the rows are read by column position.
     */
    private List<Map<String, Object>> query(String subject, String operation, Call call,
                                            List<UniqueConstraint> uniques, RowReader reader) {
        java.sql.Connection connection = null;
        try {
            org.apache.ibatis.mapping.MappedStatement statement =
                    session.getConfiguration().getMappedStatement(call.statement());
            org.apache.ibatis.mapping.BoundSql bound = statement.getBoundSql(call.parameters());
            connection = session.getConnection();
            java.sql.PreparedStatement prepared = this.prepared.prepare(connection, bound.getSql());
            new org.apache.ibatis.scripting.defaults.DefaultParameterHandler(statement, call.parameters(), bound)
                    .setParameters(prepared);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (java.sql.ResultSet results = prepared.executeQuery()) {
                while (results.next()) {
                    rows.add(reader.read(results));
                }
            }
            return rows;
        } catch (SQLException | RuntimeException e) {
            if (connection != null) {
                this.prepared.forget(connection);
            }
            PersistenceException failure = e instanceof PersistenceException persistence ? persistence
                    : new PersistenceException(e);
            throw StorageFailures.translate(failure, subject, operation, call.statement(), sqlOf(call), uniques);
        }
    }

    private int change(String subject, String operation, Call call, List<UniqueConstraint> uniques) {
        hasWritten = true;
        return run(subject, operation, call, uniques, SqlSession::update);
    }

    /** Runs a call, turning MyBatis's failures into storage exceptions. */
    private <R> R run(String subject, String operation, Call call, List<UniqueConstraint> uniques,
                      StatementRun<R> statement) {
        try {
            return statement.run(session, call.statement(), call.parameters());
        } catch (PersistenceException e) {
            throw StorageFailures.translate(e, subject, operation, call.statement(), sqlOf(call), uniques);
        }
    }

    /** The SQL text a call ran, for messages. */
    private String sqlOf(Call call) {
        try {
            return session.getConfiguration().getMappedStatement(call.statement()).getBoundSql(call.parameters())
                    .getSql();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private ModelStatements usable(ModelDescriptor model, String operation, boolean writes) {
        rules.check(model.name(), operation, writes);
        return statements.model(model);
    }

    private LinkStatements usable(LinkDescriptor link, String operation, boolean writes) {
        rules.check(link.name(), operation, writes);
        return statements.link(link);
    }

    /** One way of running a statement on a MyBatis session: selectList or update. */
    @FunctionalInterface
    private interface StatementRun<R> {
        R run(SqlSession session, String statement, Object parameters);
    }
}
