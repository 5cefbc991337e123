package org.slumber.mybatis;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps identity generators ahead of explicitly inserted keys, and prepares the inserts of
 * identity tables ahead of concurrent use (see {@link Dialect#prepareAhead}).
 *
 * <p>Where the dialect must restart a generator with DDL (Derby), the generator is looked at and
 * restarted before the insert, and preferably on a connection of its own that commits at once:
 * looking at it or restarting it inside the unit of work would hold it until the unit commits,
 * and every concurrent insert into the table that needs a new range of keys would fail
 * meanwhile. A unit that has already written holds locks the separate connection could wait
 * for, so there the restart runs inside the unit.
 *
 * <p>While such a restart and the preparing after it run, inserts into the same table wait (a
 * compilation of the insert or a first use of the restarted generator would fail with 40XL1);
 * the wait is bounded, so a unit that holds locks the restart needs is not stuck behind it.
 */
final class IdentityKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityKeeper.class);

    /** How long an insert waits for a restart of its table's generator, and a restart for inserts in flight. */
    private static final long GUARD_WAIT_MILLIS = 2_000;

    private final Dialect dialect;
    private final SqlSessionFactory sessions;
    private final ConnectionOpener separate;
    private final Map<String, ReadWriteLock> guards = new ConcurrentHashMap<>();

    IdentityKeeper(Dialect dialect, SqlSessionFactory sessions, ConnectionOpener separate) {
        this.dialect = dialect;
        this.sessions = sessions;
        this.separate = separate;
    }

    /** Runs one insert into the model's table, not while its generator is being restarted. */
    <T> T inserting(ModelStatements model, Supplier<T> insert) {
        if (!dialect.restartsIdentityWithDdl() || !model.model().generatedKey()) {
            return insert.get();
        }
        Lock lock = guard(model).readLock();
        boolean locked = tryLock(lock);
        try {
            return insert.get();
        } finally {
            if (locked) {
                lock.unlock();
            }
        }
    }

    /**
     * Moves the generator of the model's key past {@code key}.
     *
     * @param unit           the unit of work about to insert the key
     * @param unitHasWritten whether the unit has written anything yet
     * @return whether the unit's own transaction altered the table (its inserts then want
     *         {@linkplain #prepareAhead preparing} once the unit has ended)
     */
    boolean keepAhead(SqlSession unit, ModelStatements model, long key, boolean unitHasWritten) throws SQLException {
        if (!dialect.restartsIdentityWithDdl()) {
            dialect.keepIdentityAhead(unit, model.model(), key);
            return false;
        }
        // Derby: even looking at the generator inside the unit would hold it until the unit commits
        Lock lock = guard(model).writeLock();
        boolean locked = tryLock(lock);
        try (Connection connection = separate.open();
             SqlSession side = sessions.openSession(connection)) {
            connection.setAutoCommit(true);
            Long restartWith = dialect.keepIdentityAhead(side, model.model(), key);
            if (restartWith == null) {
                return false;
            }
            String restart = dialect.restartIdentitySql(model.model(), restartWith);
            if (unitHasWritten) {
                LOG.debug("{}: restarting the key generator inside the unit: {}", model.model().name(), restart);
                execute(unit.getConnection(), restart);
                return true;
            }
            LOG.debug("{}: restarting the key generator: {}", model.model().name(), restart);
            execute(connection, restart);
            dialect.prepareAhead(separate, inserts(List.of(model)));
            return false;
        } finally {
            if (locked) {
                lock.unlock();
            }
        }
    }

    /** Prepares the inserts of these models' identity tables; a failure is only logged. */
    void prepareAhead(Collection<ModelStatements> models) {
        try {
            dialect.prepareAhead(separate, inserts(models));
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not prepare the inserts of {} ahead: {}",
                    models.stream().map(model -> model.model().name()).toList(), e.toString());
        }
    }

    private List<MappedStatement> inserts(Collection<ModelStatements> models) {
        List<MappedStatement> inserts = new ArrayList<>();
        for (ModelStatements model : models) {
            if (model.model().generatedKey()) {
                model.inserts().forEach(id -> inserts.add(sessions.getConfiguration().getMappedStatement(id)));
            }
        }
        return inserts;
    }

    private ReadWriteLock guard(ModelStatements model) {
        return guards.computeIfAbsent(model.model().table(), table -> new ReentrantReadWriteLock(true));
    }

    /** Takes the lock unless that takes too long; says whether it did. */
    private static boolean tryLock(Lock lock) {
        try {
            return lock.tryLock(GUARD_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void execute(Connection connection, String ddl) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        }
    }
}
