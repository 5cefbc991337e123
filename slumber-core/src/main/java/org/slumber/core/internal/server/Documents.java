package org.slumber.core.internal.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.slumber.core.internal.model.DataArray;
import org.slumber.core.internal.model.Field;
import org.slumber.core.internal.model.FieldKind;
import org.slumber.core.internal.model.Model;
import org.slumber.core.internal.model.OperationBinding;
import org.slumber.core.internal.model.Property;

/**
 * Builds the JSON documents of wire-protocol.md from models and instances: model metadata,
 * instance data and page items. Documents are ordered maps of JSON-able values.
 */
final class Documents {

    private final UnaryOperator<String> remoteUrls;
    private final Map<Model, Map<String, Object>> metadata = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param remoteUrls turns a stored remote reference ({@code slumber://...} or absolute) into the
     *                   absolute URL shown on the wire
     */
    Documents(UnaryOperator<String> remoteUrls) {
        this.remoteUrls = remoteUrls;
    }

    /** The model metadata document (without {@code _meta}); computed once per model. */
    Map<String, Object> metadata(Model model) {
        return metadata.computeIfAbsent(model, Documents::buildMetadata);
    }

    private static Map<String, Object> buildMetadata(Model model) {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<Object> puttable = new ArrayList<>();
        for (Field field : model.fields()) {
            if (!field.visible()) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", field.name());
            entry.put("kind", field.kind().wireName());
            entry.put("type", field.wireType());
            entry.put("verbose_name", field.verboseName());
            fields.put(field.name(), Collections.unmodifiableMap(entry));
            if (field.unique()) {
                puttable.add(List.of(field.name()));
            }
        }
        for (Property property : model.properties()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", property.name());
            entry.put("kind", "property");
            entry.put("type", property.wireType());
            entry.put("readonly", Boolean.TRUE);
            fields.put(property.name(), Collections.unmodifiableMap(entry));
        }
        for (List<String> group : model.uniqueTogether()) {
            puttable.add(group);
        }
        List<String> arrays = new ArrayList<>();
        for (DataArray array : model.dataArrays()) {
            arrays.add(array.name());
        }
        Map<String, Object> operations = new LinkedHashMap<>();
        for (OperationBinding binding : model.operations().values()) {
            if (!binding.isInstanceOperation()) {
                operations.put(binding.name(), binding.url());
            }
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", model.name());
        document.put("module", model.app().name());
        document.put("fields", Collections.unmodifiableMap(fields));
        document.put("puttable", List.copyOf(puttable));
        document.put("data_arrays", List.copyOf(arrays));
        document.put("operations", Collections.unmodifiableMap(operations));
        return Collections.unmodifiableMap(document);
    }

    /** The instance data document (without {@code _meta}), into a new ordered map. */
    Map<String, Object> instanceData(RowInstance instance) {
        Model model = instance.model();
        Object key = instance.key();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", model.url());
        String identity = model.identityUrl(key);
        document.put("identity", identity);
        document.put("display", instance.display());
        Map<String, Object> operations = new LinkedHashMap<>();
        for (OperationBinding binding : model.operations().values()) {
            if (binding.isInstanceOperation()) {
                operations.put(binding.name(), model.operationUrl(binding, key));
            }
        }
        document.put("operations", operations);
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Field field : model.fields()) {
            if (field.visible()) {
                Map<String, Object> entry = new LinkedHashMap<>(4);
                entry.put("data", fieldData(instance, field));
                entry.put("kind", field.kind().wireName());
                entry.put("type", field.wireType());
                fields.put(field.name(), entry);
            }
        }
        for (Property property : model.properties()) {
            Map<String, Object> entry = new LinkedHashMap<>(4);
            entry.put("data", property.compute().apply(instance));
            entry.put("kind", "property");
            entry.put("type", property.wireType());
            fields.put(property.name(), entry);
        }
        document.put("fields", fields);
        Map<String, Object> arrays = new LinkedHashMap<>();
        for (DataArray array : model.dataArrays()) {
            arrays.put(array.name(), identity + array.name() + "/");
        }
        document.put("data_arrays", arrays);
        return document;
    }

    /** The wire form of one stored field of an instance. */
    Object fieldData(RowInstance instance, Field field) {
        Object value = instance.row().get(field.name());
        if (value == null) {
            return null;
        }
        if (field.kind() == FieldKind.OBJECT) {
            Model target = field.target();
            RowInstance related = instance.relatedInstance(field);
            Map<String, Object> reference = new LinkedHashMap<>(4);
            reference.put("type", target.url());
            reference.put("display", related == null ? null : related.display());
            reference.put("data", target.dataUrl(value));
            return reference;
        }
        if (field.kind() == FieldKind.REMOTE) {
            return remoteUrls.apply((String) value);
        }
        return field.codec().toJson(value);
    }

    /** An item of an {@code instances} page: pk, display, data. */
    static Map<String, Object> pageItem(RowInstance instance) {
        Model model = instance.model();
        Map<String, Object> item = new LinkedHashMap<>(4);
        item.put("pk", model.key().codec().toJson(instance.key()));
        item.put("display", instance.display());
        item.put("data", model.dataUrl(instance.key()));
        return item;
    }

    /** An item of a data array page: type, pk, display, data. */
    static Map<String, Object> arrayItem(RowInstance instance) {
        Model model = instance.model();
        Map<String, Object> item = new LinkedHashMap<>(5);
        item.put("type", model.url());
        item.put("pk", model.key().codec().toJson(instance.key()));
        item.put("display", instance.display());
        item.put("data", model.dataUrl(instance.key()));
        return item;
    }
}
