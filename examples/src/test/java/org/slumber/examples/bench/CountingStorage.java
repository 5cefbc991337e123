package org.slumber.examples.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slumber.spi.model.LinkDescriptor;
import org.slumber.spi.model.ModelDescriptor;
import org.slumber.spi.model.Schema;
import org.slumber.spi.storage.Filter;
import org.slumber.spi.storage.Storage;
import org.slumber.spi.storage.StorageSession;

/**
 * A storage decorator that records every {@link StorageSession} call ("page slumber_examples.Pizza",
 * "find django.contrib.auth.User", ...) before passing it on. Each call of the SPI is one
 * round trip to the database in the MyBatis adapter (one SQL statement; {@code findAll} one
 * statement for up to a few hundred keys), so the calls a request makes are the statements it
 * costs. Thread-safe; the test reads the record between requests.
 */
final class CountingStorage implements Storage {

    private final Storage delegate;
    private final List<String> calls = new ArrayList<>();

    CountingStorage(Storage delegate) {
        this.delegate = delegate;
    }

    /** The calls recorded since the last reset, in order. */
    synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    /** The recorded calls on models other than the auth app's (the request's own data). */
    synchronized List<String> dataCalls() {
        return calls.stream().filter(call -> !call.contains("django.contrib.auth")).toList();
    }

    /** Calls per kind, for messages. */
    synchronized Map<String, Integer> histogram() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String call : calls) {
            counts.merge(call, 1, Integer::sum);
        }
        return counts;
    }

    synchronized void reset() {
        calls.clear();
    }

    private synchronized void record(String operation, String model) {
        calls.add(operation + " " + model);
    }

    @Override
    public boolean createSchema(Schema schema) {
        return delegate.createSchema(schema);
    }

    @Override
    public <T> T read(Work<T> work) {
        return delegate.read(session -> work.run(new CountingSession(session)));
    }

    @Override
    public <T> T write(Work<T> work) {
        return delegate.write(session -> work.run(new CountingSession(session)));
    }

    @Override
    public void close() {
        delegate.close();
    }

    private final class CountingSession implements StorageSession {

        private final StorageSession session;

        CountingSession(StorageSession session) {
            this.session = session;
        }

        @Override
        public Optional<Map<String, Object>> find(ModelDescriptor model, Object key) {
            record("find", model.name());
            return session.find(model, key);
        }

        @Override
        public List<Map<String, Object>> findAll(ModelDescriptor model, Collection<?> keys) {
            record("findAll", model.name());
            return session.findAll(model, keys);
        }

        @Override
        public List<Map<String, Object>> select(ModelDescriptor model, Map<String, Object> equal, int limit) {
            record("select", model.name());
            return session.select(model, equal, limit);
        }

        @Override
        public List<Map<String, Object>> page(ModelDescriptor model, Filter filter, Object startAfter, int limit) {
            record("page", model.name());
            return session.page(model, filter, startAfter, limit);
        }

        @Override
        public Object insert(ModelDescriptor model, Map<String, Object> values) {
            record("insert", model.name());
            return session.insert(model, values);
        }

        @Override
        public boolean update(ModelDescriptor model, Object key, Map<String, Object> values) {
            record("update", model.name());
            return session.update(model, key, values);
        }

        @Override
        public boolean delete(ModelDescriptor model, Object key) {
            record("delete", model.name());
            return session.delete(model, key);
        }

        @Override
        public boolean link(LinkDescriptor link, Object ownerKey, Object targetKey) {
            record("link", link.name());
            return session.link(link, ownerKey, targetKey);
        }

        @Override
        public boolean unlink(LinkDescriptor link, Object ownerKey, Object targetKey) {
            record("unlink", link.name());
            return session.unlink(link, ownerKey, targetKey);
        }

        @Override
        public List<Map<String, Object>> linked(LinkDescriptor link, Collection<?> ownerKeys) {
            record("linked", link.name());
            return session.linked(link, ownerKeys);
        }
    }
}
