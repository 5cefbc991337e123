package org.slumber.core.internal.server;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slumber.core.auth.PasswordHasher;
import org.slumber.core.internal.model.Field;
import org.slumber.core.internal.model.FieldKind;
import org.slumber.core.internal.model.Model;
import org.slumber.core.internal.model.Property;
import org.slumber.core.operation.OperationException;
import org.slumber.spi.model.ValueType;

/**
 * Turns the body of a create, PUT or update into values to store (wire-protocol.md, "Writing
 * values"): refuses unknown names, read-only properties and fields, values of the wrong type,
 * too long or not among the choices, missing required fields and foreign keys to instances
 * that do not exist, each with 400 and a message naming the field.
 */
final class InputReader {

    private final PasswordHasher hasher;
    private final RemoteReferences remoteReferences;

    /**
     * @param hasher           hashes written passwords
     * @param remoteReferences checks remote references and turns them into their stored form
     */
    InputReader(PasswordHasher hasher, RemoteReferences remoteReferences) {
        this.hasher = hasher;
        this.remoteReferences = remoteReferences;
    }

    /**
     * Every field's value for a new or replaced instance: given values, else defaults.
     *
     * @param pathKey for PUT, the key in the URL (the body may repeat it, not contradict it); else null
     */
    Map<String, Object> forCreate(Model model, Map<String, Object> body, boolean form, InstanceLoader loader,
                                  Object pathKey) {
        Map<String, Object> given = read(model, body, form, loader);
        Field key = model.key();
        if (pathKey != null) {
            try {
                checked(model, key, pathKey);
            } catch (IllegalArgumentException e) {
                throw new OperationException.BadRequest("The key in the URL " + e.getMessage());
            }
            Object bodyKey = given.get(key.name());
            if (bodyKey != null && !bodyKey.equals(pathKey)) {
                throw new OperationException.BadRequest("The body's " + key.name() + " (" + bodyKey
                        + ") differs from the key in the URL (" + pathKey + ")");
            }
            given.put(key.name(), pathKey);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : model.fields()) {
            if (given.containsKey(field.name())) {
                values.put(field.name(), given.get(field.name()));
            } else if (field == key) {
                if (!model.descriptor().generatedKey()) {
                    throw new OperationException.BadRequest("Field " + field.name() + " of " + model.name()
                            + " is the key and must be given");
                }
            } else if (field.hasDefault()) {
                values.put(field.name(), field.defaultValue());
            } else if (field.nullable()) {
                values.put(field.name(), null);
            } else {
                throw new OperationException.BadRequest("Field " + field.name() + " of " + model.name()
                        + " is required");
            }
        }
        return values;
    }

    /** The values an update changes. The key may be repeated but not changed. */
    Map<String, Object> forUpdate(Model model, Map<String, Object> body, boolean form, InstanceLoader loader,
                                  Object key) {
        Map<String, Object> values = read(model, body, form, loader);
        Object newKey = values.remove(model.key().name());
        if (newKey != null && !newKey.equals(key)) {
            throw new OperationException.BadRequest("Field " + model.key().name() + " is the key of " + model.name()
                    + " and cannot be changed");
        }
        return values;
    }

    private Map<String, Object> read(Model model, Map<String, Object> body, boolean form, InstanceLoader loader) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : body.entrySet()) {
            String name = entry.getKey();
            Field field = model.field(name);
            if (field == null || !field.visible() && field.kind() != FieldKind.PASSWORD) {
                throw unknown(model, name);
            }
            if (field.readOnly()) {
                throw new OperationException.BadRequest("Field " + name + " of " + model.name() + " is read-only");
            }
            values.put(name, value(model, field, entry.getValue(), form, loader));
        }
        return values;
    }

    private static OperationException unknown(Model model, String name) {
        for (Property property : model.properties()) {
            if (property.name().equals(name)) {
                return new OperationException.BadRequest(name + " is a read-only property of " + model.name());
            }
        }
        StringBuilder names = new StringBuilder();
        for (Field field : model.fields()) {
            if (field.visible() || field.kind() == FieldKind.PASSWORD) {
                names.append(names.length() == 0 ? "" : ", ").append(field.name());
            }
        }
        return new OperationException.BadRequest(model.name() + " has no field " + name + "; its fields are " + names);
    }

    /** The value to store for one field, from its wire form. */
    Object value(Model model, Field field, Object json, boolean form, InstanceLoader loader) {
        if (form && "".equals(json) && field.nullable() && field.type() != ValueType.STRING) {
            json = null;
        }
        if (json == null) {
            if (!field.nullable()) {
                throw new OperationException.BadRequest("Field " + field.name() + " of " + model.name()
                        + " may not be null");
            }
            return null;
        }
        try {
            return switch (field.kind()) {
                case OBJECT -> reference(model, field, json, loader);
                case REMOTE -> remote(field, json, loader.remoteMemo());
                case PASSWORD -> hasher.hash(text(json));
                case VALUE -> checked(model, field, field.codec().fromJson(json));
            };
        } catch (IllegalArgumentException | ClassCastException | ArithmeticException e) {
            throw new OperationException.BadRequest("Field " + field.name() + " of " + model.name() + " "
                    + reason(e) + ", got " + shown(json));
        }
    }

    private static String reason(RuntimeException e) {
        return e instanceof ClassCastException || e.getMessage() == null ? "has a value of the wrong type"
                : e.getMessage();
    }

    private Object remote(Field field, Object json, RemoteReferences.Memo memo) {
        if (!(json instanceof String url)) {
            throw new IllegalArgumentException("expects an absolute or slumber:// URL");
        }
        return remoteReferences.store(field, url, memo);
    }

    private static Object checked(Model model, Field field, Object value) {
        if (value instanceof String text && !storable(text)) {
            throw new IllegalArgumentException("holds a character no store keeps (NUL or an unpaired surrogate)");
        }
        if (field == model.key()) {
            if (value instanceof String text && text.isEmpty()) {
                throw new IllegalArgumentException("may not be empty: no URL could name such an instance");
            }
            if (model.descriptor().generatedKey() && value instanceof Long number && number == Long.MAX_VALUE) {
                throw new IllegalArgumentException("must be below " + Long.MAX_VALUE
                        + ", so that the key generator can move past it");
            }
        }
        if (value instanceof String text) {
            if (field.maxLength() > 0 && text.codePointCount(0, text.length()) > field.maxLength()) {
                throw new IllegalArgumentException("allows at most " + field.maxLength() + " characters");
            }
            if (!field.choices().isEmpty() && !field.choices().contains(text)) {
                throw new IllegalArgumentException("must be one of " + field.choices());
            }
            if (field.pattern() != null && !field.pattern().matcher(text).matches()) {
                throw new IllegalArgumentException("must match " + field.pattern().pattern());
            }
        }
        return value;
    }

    private static Object reference(Model model, Field field, Object json, InstanceLoader loader) {
        Model target = field.target();
        Object key;
        if (json instanceof String text && (text.startsWith("/") || text.startsWith("http://")
                || text.startsWith("https://"))) {
            String path;
            try {
                path = text.startsWith("/") ? text : URI.create(text).getRawPath();
            } catch (IllegalArgumentException e) {
                path = null;
            }
            String keyText = path == null ? null : target.keyTextOf(path);
            if (keyText == null) {
                throw new IllegalArgumentException("expects a key or a data URL of a " + target.name());
            }
            key = target.key().codec().fromText(keyText);
        } else {
            key = target.key().codec().fromJson(json);
        }
        if (loader.find(target, key).isEmpty()) {
            throw new OperationException.BadRequest("Field " + field.name() + " of " + model.name() + " refers to "
                    + target.name() + " " + key + ", which does not exist");
        }
        return key;
    }

    /** Whether every character of a text can be stored: no NUL, no unpaired surrogate. */
    private static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String shown(Object json) {
        String text = json instanceof String ? '"' + (String) json + '"' : String.valueOf(json);
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private static String text(Object json) {
        if (!(json instanceof String text)) {
            throw new IllegalArgumentException("expects a string");
        }
        return text;
    }
}
