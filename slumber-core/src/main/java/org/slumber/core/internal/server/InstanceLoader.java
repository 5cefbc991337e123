package org.slumber.core.internal.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slumber.core.internal.model.Field;
import org.slumber.core.internal.model.Model;
import org.slumber.spi.storage.StorageSession;

/**
 * Reads instances for one unit of storage work and keeps each (model, key) to one object.
 * Foreign keys are followed per batch: the first access to a foreign key of any instance of
 * a batch loads the targets of all instances of that batch with one
 * {@link StorageSession#findAll} call, so a page costs a bounded number of statements
 * whatever it holds. Not thread-safe; lives as long as its session.
 */
final class InstanceLoader {

    /** Instances read together, whose foreign keys are loaded together. */
    static final class Batch {
        final List<RowInstance> members = new ArrayList<>();
    }

    private final StorageSession session;
    private final RemoteReferences remote;
    private final RemoteReferences.Memo remoteMemo;
    private final Map<Model, Map<Object, RowInstance>> identity = new HashMap<>();

    InstanceLoader(StorageSession session, RemoteReferences remote, RemoteReferences.Memo remoteMemo) {
        this.session = session;
        this.remote = remote;
        this.remoteMemo = remoteMemo;
    }

    /** The remote references this request already checked (before its storage unit opened). */
    RemoteReferences.Memo remoteMemo() {
        return remoteMemo;
    }

    RemoteReferences remote() {
        return remote;
    }

    StorageSession session() {
        return session;
    }

    /** The instance of a model with this key, or empty. */
    Optional<RowInstance> find(Model model, Object key) {
        RowInstance known = identity.getOrDefault(model, Map.of()).get(key);
        if (known != null) {
            return Optional.of(known);
        }
        return session.find(model.descriptor(), key).map(row -> single(model, row));
    }

    /** Wraps rows read together into instances of one batch. */
    List<RowInstance> batch(Model model, List<Map<String, Object>> rows) {
        Batch batch = new Batch();
        List<RowInstance> instances = new ArrayList<>(rows.size());
        Map<Object, RowInstance> known = identity.computeIfAbsent(model, m -> new HashMap<>());
        for (Map<String, Object> row : rows) {
            Object key = row.get(model.key().name());
            RowInstance instance = known.get(key);
            if (instance == null) {
                instance = new RowInstance(model, row, this);
                instance.joinBatch(batch);
                known.put(key, instance);
            }
            batch.members.add(instance);
            instances.add(instance);
        }
        return instances;
    }

    /** Wraps one row into an instance of its own batch. */
    RowInstance single(Model model, Map<String, Object> row) {
        return batch(model, List.of(row)).get(0);
    }

    /** Forgets a cached instance after it was written. */
    void forget(Model model, Object key) {
        Map<Object, RowInstance> known = identity.get(model);
        if (known != null) {
            known.remove(key);
        }
    }

    /** Loads the targets of {@code field} for every member of {@code batch} that lacks them. */
    void loadRelated(Batch batch, Field field) {
        Model target = field.target();
        Map<Object, RowInstance> known = identity.computeIfAbsent(target, m -> new HashMap<>());
        Set<Object> missing = new LinkedHashSet<>();
        for (RowInstance member : batch.members) {
            if (member.model().field(field.name()) != field) {
                continue;
            }
            Object key = member.row().get(field.name());
            if (key != null && !known.containsKey(key)) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            batch(target, session.findAll(target.descriptor(), new ArrayList<>(missing)));
        }
        for (RowInstance member : batch.members) {
            if (member.model().field(field.name()) != field) {
                continue;
            }
            Object key = member.row().get(field.name());
            RowInstance found = key == null ? null : known.get(key);
            if (found != null) {
                member.setRelated(field, found);
            }
        }
    }
}
