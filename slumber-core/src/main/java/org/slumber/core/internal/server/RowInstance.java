package org.slumber.core.internal.server;

import java.util.Map;
import org.slumber.core.app.Instance;
import org.slumber.core.internal.model.Field;
import org.slumber.core.internal.model.FieldKind;
import org.slumber.core.internal.model.Model;

/**
 * An {@link Instance} over a row read in this request. Instances read together (one page)
 * share a {@link InstanceLoader.Batch}, so following a foreign key loads the targets of the
 * whole batch in one storage call.
 */
final class RowInstance implements Instance {

    /** Marks a foreign key whose target row is missing. */
    private static final RowInstance MISSING = new RowInstance(null, Map.of(), null);

    private final Model model;
    private final Map<String, Object> row;
    private final InstanceLoader loader;
    private InstanceLoader.Batch batch;
    private RowInstance[] related;
    private String display;

    RowInstance(Model model, Map<String, Object> row, InstanceLoader loader) {
        this.model = model;
        this.row = row;
        this.loader = loader;
    }

    void joinBatch(InstanceLoader.Batch value) {
        this.batch = value;
    }

    InstanceLoader.Batch batch() {
        return batch;
    }

    Model model() {
        return model;
    }

    Map<String, Object> row() {
        return row;
    }

    @Override
    public Object key() {
        return row.get(model.key().name());
    }

    @Override
    public String modelName() {
        return model.name();
    }

    @Override
    public Object get(String fieldName) {
        Field field = model.field(fieldName);
        if (field == null) {
            throw new IllegalArgumentException("Model " + model + " has no field " + fieldName + "; its fields are "
                    + model.fields());
        }
        return row.get(fieldName);
    }

    @Override
    public Instance related(String foreignKey) {
        Field field = model.field(foreignKey);
        if (field == null || field.kind() != FieldKind.OBJECT) {
            throw new IllegalArgumentException("Model " + model + " has no foreign key " + foreignKey
                    + "; its fields are " + model.fields());
        }
        return relatedInstance(field);
    }

    @Override
    public org.slumber.core.client.RemoteInstance remote(String remoteForeignKey) {
        Field field = model.field(remoteForeignKey);
        if (field == null || field.kind() != FieldKind.REMOTE) {
            throw new IllegalArgumentException("Model " + model + " has no remote foreign key " + remoteForeignKey
                    + "; its fields are " + model.fields());
        }
        Object stored = row.get(remoteForeignKey);
        return stored == null ? null : loader.remote().instance((String) stored);
    }

    /**
     * The target of a foreign key field of this model, loading the batch's targets when needed;
     * null when the key is null or names no row (a miss is remembered, not looked up again).
     */
    RowInstance relatedInstance(Field field) {
        if (row.get(field.name()) == null) {
            return null;
        }
        int index = field.position();
        if (related == null || related[index] == null) {
            loader.loadRelated(batch, field);
            if (related == null) {
                related = new RowInstance[model.fields().size()];
            }
            if (related[index] == null) {
                related[index] = MISSING;
            }
        }
        return related[index] == MISSING ? null : related[index];
    }

    void setRelated(Field field, RowInstance target) {
        if (related == null) {
            related = new RowInstance[model.fields().size()];
        }
        related[field.position()] = target;
    }

    @Override
    public String display() {
        if (display == null) {
            display = model.display(this);
        }
        return display;
    }

    @Override
    public String url() {
        return model.dataUrl(key());
    }

    @Override
    public String toString() {
        return model.name() + "[" + key() + "]";
    }
}
