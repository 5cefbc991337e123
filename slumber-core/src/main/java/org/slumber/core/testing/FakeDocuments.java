package org.slumber.core.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The wire documents the fake server answers with, built from in-memory rows. */
final class FakeDocuments {

    private FakeDocuments() {
    }

    static Map<String, Object> metadata(FakeModel model) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String field : model.fields) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", field);
            FakeModel target = model.foreignKeys.get(field);
            entry.put("kind", target == null ? "value" : "object");
            entry.put("type", target == null ? model.typeName(field) : target.url());
            entry.put("verbose_name", field.replace('_', ' '));
            fields.put(field, entry);
        }
        Map<String, Object> operations = new LinkedHashMap<>();
        for (String operation : List.of("instances", "create", "get")) {
            operations.put(operation, model.operationUrl(operation));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", model.name());
        document.put("module", model.path.app());
        document.put("fields", fields);
        document.put("puttable", List.of(List.of(model.keyField)));
        document.put("data_arrays", model.dataArrays.stream().map(FakeModel.DataArray::name).toList());
        document.put("operations", operations);
        return document;
    }

    static Map<String, Object> instanceData(FakeModel model, Map<String, Object> row) {
        String key = FakeModel.text(row.get(model.keyField));
        Map<String, Object> operations = new LinkedHashMap<>();
        for (String operation : List.of("data", "update", "delete")) {
            operations.put(operation, model.operationUrl(operation) + FakeModel.segment(key) + "/");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String field : model.fields) {
            Object value = row.get(field);
            Map<String, Object> entry = new LinkedHashMap<>();
            FakeModel target = model.foreignKeys.get(field);
            if (target == null) {
                entry.put("data", value);
                entry.put("kind", "value");
                entry.put("type", value == null ? model.typeName(field) : value.getClass().getName());
            } else {
                entry.put("data", value == null ? null : reference(target, value));
                entry.put("kind", "object");
                entry.put("type", target.url());
            }
            fields.put(field, entry);
        }
        Map<String, Object> arrays = new LinkedHashMap<>();
        model.dataArrays.forEach(array -> arrays.put(array.name(), model.dataUrl(key) + array.name() + "/"));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", model.url());
        document.put("identity", model.dataUrl(key));
        document.put("display", model.display(row));
        document.put("operations", operations);
        document.put("fields", fields);
        document.put("data_arrays", arrays);
        return document;
    }

    static Map<String, Object> reference(FakeModel target, Object key) {
        String keyText = FakeModel.text(key);
        Map<String, Object> targetRow = target.rows.get(keyText);
        Map<String, Object> reference = new LinkedHashMap<>();
        reference.put("type", target.url());
        reference.put("display", targetRow == null ? null : target.display(targetRow));
        reference.put("data", target.dataUrl(keyText));
        return reference;
    }

    static Map<String, Object> pageItem(FakeModel model, Map<String, Object> row, boolean typed) {
        String key = FakeModel.text(row.get(model.keyField));
        Map<String, Object> item = new LinkedHashMap<>();
        if (typed) {
            item.put("type", model.url());
        }
        item.put("pk", row.get(model.keyField));
        item.put("display", model.display(row));
        item.put("data", model.dataUrl(key));
        return item;
    }

    static Map<String, Object> meta(int status) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("status", status);
        meta.put("message", switch (status) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            default -> "Error";
        });
        return meta;
    }
}
