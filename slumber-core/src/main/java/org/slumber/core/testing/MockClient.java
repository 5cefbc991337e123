package org.slumber.core.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.slumber.core.client.ClientConfigurer;
import org.slumber.core.client.RemoteInstance;
import org.slumber.core.client.SlumberClient;

/**
 * A {@link SlumberClient} for tests, backed by in-memory models instead of a server
 * (client.md, "Testing support"). Declare each model by its path (service, app path, model
 * name) and its rows; the client then sees exactly those services, apps and models, and
 * supports navigation, {@code get}, {@code create}, {@code update}, {@code delete},
 * {@code instances()}, foreign keys and their reverse data arrays.
 *
 * <pre>{@code
 * SlumberClient client = MockClient.builder()
 *     .model("pizzas/slumber_examples/Shop", List.of(Map.of("id", 1, "name", "Home")))
 *     .model("pizzas/slumber_examples/Pizza", List.of(Map.of("id", 1, "name", "S1", "exclusive_to", 1)))
 *     .foreignKey("pizzas/slumber_examples/Pizza", "exclusive_to", "pizzas/slumber_examples/Shop")
 *     .display("pizzas/slumber_examples/Pizza", "name")
 *     .build();
 * RemoteModel pizzas = client.service("pizzas").app("slumber_examples").model("Pizza");
 * assertThat(pizzas.get(Map.of("pk", 1)).instance("exclusive_to").string("name")).isEqualTo("Home");
 * }</pre>
 *
 * <p>How the fake server behaves:
 * <ul>
 *   <li>A model's fields are the key field, {@code id} unless {@link Builder#key} says
 *       otherwise, then in alphabetical order the keys of its rows (a row that lacks one has
 *       null there) and the fields named by {@link Builder#fields} and {@link Builder#foreignKey}. Values are single values: strings,
 *       numbers, booleans, dates; a written value is converted to the Java type of the field's
 *       declared values (a JSON number to an Integer, a date string to a LocalDate) or refused
 *       with status 400, as are unknown fields.</li>
 *   <li>Rows without a key, and creates without one, get the next whole number.</li>
 *   <li>An instance's display text is {@code "<Model> object"}, or its {@link Builder#display}
 *       field's value.</li>
 *   <li>{@code get} compares values as text; {@code pk} names the key. None matching is 404,
 *       several 400.</li>
 *   <li>A foreign key holds the target's key in the rows, and is served as a reference that
 *       {@link RemoteInstance#instance(String)} follows; writes accept the key or the target's
 *       data URL (a {@link RemoteInstance} is sent as its URL). The target gets a data array
 *       named after the referring model in lower case ({@code pizza}). Deleting the target sets
 *       the foreign keys that pointed at it to null.</li>
 *   <li>Pages hold 10 instances, key descending.</li>
 * </ul>
 *
 * <p>Requests are not signed and no permissions are checked. Services live at made-up URLs
 * ({@code http://mock.slumber/slumber/<service>/}); each built client has its own copy of the
 * rows, so writes in one test do not leak into another.
 */
public final class MockClient {

    private MockClient() {
    }

    /** A builder with no models yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** Declares the models of a mock client. Not thread-safe; may build several clients. */
    public static final class Builder {

        private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

        private record Declared(ModelPath path, List<Map<String, Object>> rows) {
        }

        private record Link(ModelPath source, String field, ModelPath target) {
        }

        private final Map<ModelPath, Declared> models = new LinkedHashMap<>();
        private final Map<ModelPath, String> keys = new LinkedHashMap<>();
        private final Map<ModelPath, String> displays = new LinkedHashMap<>();
        private final Map<ModelPath, Set<String>> extraFields = new LinkedHashMap<>();
        private final List<Link> links = new ArrayList<>();
        private final List<ClientConfigurer> configurers = new ArrayList<>();

        private Builder() {
        }

        /**
         * Declares a model and its rows, each a map of field name to value.
         *
         * @param path {@code service/app path/Model}, such as {@code "pizzas/slumber_examples/Pizza"}
         *             or {@code "auth/django/contrib/auth/User"} for the app django.contrib.auth
         * @param rows the instances; may be empty
         * @throws IllegalArgumentException for a malformed path, a model declared twice, or a row
         *                                  holding something other than single values
         */
        public Builder model(String path, List<? extends Map<String, ?>> rows) {
            ModelPath model = ModelPath.parse(path, "the model path");
            Objects.requireNonNull(rows, "rows of " + model);
            if (models.containsKey(model)) {
                throw new IllegalArgumentException("Model " + model + " is declared twice; give all its rows in one "
                        + "model(...) call");
            }
            List<Map<String, Object>> copies = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                copies.add(checkedRow(model, i + 1, rows.get(i)));
            }
            models.put(model, new Declared(model, copies));
            return this;
        }

        /** Declares fields a model has besides those its rows give values to (for a model with no rows, say). */
        public Builder fields(String path, String... names) {
            ModelPath model = ModelPath.parse(path, "the model path of fields(...)");
            for (String name : names) {
                extraFields.computeIfAbsent(model, m -> new LinkedHashSet<>()).add(checkedField(name, "fields(...)"));
            }
            return this;
        }

        /** Names a model's key field (default {@code id}). */
        public Builder key(String path, String field) {
            ModelPath model = ModelPath.parse(path, "the model path of key(...)");
            String name = checkedField(field, "key(...)");
            String earlier = keys.putIfAbsent(model, name);
            if (earlier != null) {
                throw new IllegalArgumentException("The key of " + model + " is already " + earlier
                        + "; call key(...) once per model");
            }
            return this;
        }

        /** Names the field whose value is an instance's display text (default {@code "<Model> object"}). */
        public Builder display(String path, String field) {
            ModelPath model = ModelPath.parse(path, "the model path of display(...)");
            String name = checkedField(field, "display(...)");
            String earlier = displays.putIfAbsent(model, name);
            if (earlier != null) {
                throw new IllegalArgumentException("The display field of " + model + " is already " + earlier
                        + "; call display(...) once per model");
            }
            return this;
        }

        /**
         * Makes a field a foreign key to another declared model: in the rows it holds the target's
         * key (or nothing, for null).
         */
        public Builder foreignKey(String path, String field, String targetPath) {
            ModelPath source = ModelPath.parse(path, "the model path of foreignKey(...)");
            String name = checkedField(field, "foreignKey(...)");
            ModelPath target = ModelPath.parse(targetPath, "the target model path of foreignKey(...)");
            for (Link link : links) {
                if (link.source.equals(source) && link.field.equals(name)) {
                    throw new IllegalArgumentException("Field " + name + " of " + source + " is already a foreign key "
                            + "to " + link.target + "; call foreignKey(...) once per field");
                }
            }
            links.add(new Link(source, name, target));
            return this;
        }

        /** Registers proxies and cache times, as {@link SlumberClient.Builder#configure} does. */
        public Builder configure(ClientConfigurer configurer) {
            configurers.add(Objects.requireNonNull(configurer, "configurer"));
            return this;
        }

        /**
         * Builds a client over a fresh copy of the declared rows.
         *
         * @throws IllegalStateException when no model is declared
         * @throws IllegalArgumentException when a declaration names an undeclared model or field,
         *                                  two rows have the same key, a field's values have
         *                                  different types, or a foreign key names a missing row
         */
        public SlumberClient build() {
            if (models.isEmpty()) {
                throw new IllegalStateException("The mock client has no models; declare them with "
                        + "model(\"service/app/Model\", rows)");
            }
            checkDeclared(keys.keySet(), "key(...)");
            checkDeclared(displays.keySet(), "display(...)");
            checkDeclared(extraFields.keySet(), "fields(...)");
            for (Link link : links) {
                checkDeclared(List.of(link.source), "foreignKey(...)");
                checkDeclared(List.of(link.target), "the target of foreignKey(\"" + link.source + "\", \""
                        + link.field + "\", ...)");
            }
            Map<ModelPath, FakeModel> built = new LinkedHashMap<>();
            for (Declared declared : models.values()) {
                built.put(declared.path, define(declared));
            }
            for (Link link : links) {
                FakeModel source = built.get(link.source);
                FakeModel target = built.get(link.target);
                if (link.field.equals(source.keyField)) {
                    throw new IllegalArgumentException("Field " + link.field + " is the key of " + link.source
                            + "; a key cannot be a foreign key in the mock client");
                }
                source.foreignKeys.put(link.field, target);
            }
            for (Declared declared : models.values()) {
                checkDisplay(built.get(declared.path));
                fillTypes(built.get(declared.path), declared.rows);
            }
            for (Declared declared : models.values()) {
                fillRows(built.get(declared.path), declared.rows);
            }
            for (Link link : links) {
                resolve(built.get(link.source), link.field, built.get(link.target));
            }
            FakeServer server = new FakeServer(new ArrayList<>(built.values()));
            SlumberClient.Builder client = SlumberClient.builder().services(server.serviceUrls()).transport(server)
                    .unsigned();
            configurers.forEach(client::configure);
            return client.build();
        }

        private FakeModel define(Declared declared) {
            FakeModel model = new FakeModel(declared.path, keys.getOrDefault(declared.path, "id"),
                    displays.get(declared.path));
            Set<String> others = new TreeSet<>(extraFields.getOrDefault(declared.path, Set.of()));
            for (Map<String, Object> row : declared.rows) {
                others.addAll(row.keySet());
            }
            for (Link link : links) {
                if (link.source.equals(declared.path)) {
                    others.add(link.field);
                }
            }
            model.fields.addAll(others);
            return model;
        }

        private void checkDisplay(FakeModel model) {
            if (model.displayField != null && !model.fields.contains(model.displayField)) {
                throw new IllegalArgumentException("display(\"" + model.path + "\", \"" + model.displayField
                        + "\") names a field the model does not have; its fields are " + model.fieldList());
            }
        }

        /** The type of each value field: the class of its values, which must agree. */
        private static void fillTypes(FakeModel model, List<Map<String, Object>> rows) {
            Map<String, Integer> firstRow = new LinkedHashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                for (Map.Entry<String, Object> entry : rows.get(i).entrySet()) {
                    String field = entry.getKey();
                    if (entry.getValue() == null || model.foreignKeys.containsKey(field)) {
                        continue;
                    }
                    Class<?> type = entry.getValue().getClass();
                    Class<?> known = model.types.putIfAbsent(field, type);
                    firstRow.putIfAbsent(field, i + 1);
                    if (known != null && known != type) {
                        throw new IllegalArgumentException("Field " + field + " of " + model.path + " holds a "
                                + known.getName() + " in row " + firstRow.get(field) + " but a " + type.getName()
                                + " in row " + (i + 1) + "; give all values of a field the same type");
                    }
                }
            }
        }

        /** Stores the rows: keys unique, missing keys generated after the given ones. */
        private static void fillRows(FakeModel model, List<Map<String, Object>> rows) {
            Map<String, Integer> seen = new LinkedHashMap<>();
            List<Map<String, Object>> keyless = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (String field : model.fields) {
                    row.put(field, rows.get(i).get(field));
                }
                Object key = row.get(model.keyField);
                if (key == null) {
                    keyless.add(row);
                    continue;
                }
                Integer earlier = seen.putIfAbsent(FakeModel.text(key), i + 1);
                if (earlier != null) {
                    throw new IllegalArgumentException("Rows " + earlier + " and " + (i + 1) + " of " + model.path
                            + " both have " + model.keyField + " " + FakeModel.text(key)
                            + "; keys must be unique (or leave the key out to have one generated)");
                }
                model.put(row);
            }
            for (Map<String, Object> row : keyless) {
                Object key = model.generateKey();
                if (key == null) {
                    throw new IllegalArgumentException("A row of " + model.path + " has no " + model.keyField
                            + ", and only whole-number keys can be generated; give every row its "
                            + model.keyField);
                }
                row.put(model.keyField, key);
                model.put(row);
            }
        }

        /** Replaces each foreign key value by the target row's key, and gives the target its data array. */
        private static void resolve(FakeModel source, String field, FakeModel target) {
            for (Map<String, Object> row : source.rows.values()) {
                Object value = row.get(field);
                if (value == null) {
                    continue;
                }
                Map<String, Object> targetRow = target.rows.get(FakeModel.text(value));
                if (targetRow == null) {
                    throw new IllegalArgumentException("The row of " + source.path + " with " + source.keyField + " "
                            + FakeModel.text(row.get(source.keyField)) + " has " + field + " " + FakeModel.text(value)
                            + ", but " + target.path + " has no row with that key; its keys are "
                            + sortedKeys(target));
                }
                row.put(field, targetRow.get(target.keyField));
            }
            String name = source.name().toLowerCase(Locale.ROOT);
            for (FakeModel.DataArray array : target.dataArrays) {
                if (array.name().equals(name)) {
                    throw new IllegalArgumentException("Fields " + array.field() + " and " + field + " of "
                            + source.path + " are both foreign keys to " + target.path + "; the mock client names "
                            + "the reverse data array after the model (" + name + "), so it allows only one");
                }
            }
            target.dataArrays.add(new FakeModel.DataArray(name, source, field));
        }

        private static Set<String> sortedKeys(FakeModel model) {
            Set<String> sorted = new TreeSet<>(FakeModel.KEY_ORDER);
            sorted.addAll(model.rows.keySet());
            return sorted;
        }

        private void checkDeclared(Collection<ModelPath> paths, String what) {
            for (ModelPath path : paths) {
                if (!models.containsKey(path)) {
                    throw new IllegalArgumentException(what + " names the model " + path + ", which no model(...) "
                            + "declares; declared: " + models.keySet());
                }
            }
        }

        private static Map<String, Object> checkedRow(ModelPath model, int number, Map<String, ?> row) {
            if (row == null) {
                throw new IllegalArgumentException("Row " + number + " of " + model + " is null");
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<String, ?> entry : row.entrySet()) {
                Object name = entry.getKey();
                if (!(name instanceof String field) || !FIELD.matcher(field).matches()) {
                    throw new IllegalArgumentException("Row " + number + " of " + model + " has the field name "
                            + (name == null ? "null" : "\"" + name + "\"")
                            + "; field names are letters, digits and '_', not starting with a digit");
                }
                Object value = entry.getValue();
                if (value instanceof Map || value instanceof Collection || value instanceof Object[]
                        || value instanceof RemoteInstance) {
                    throw new IllegalArgumentException("Row " + number + " of " + model + " has a "
                            + value.getClass().getName() + " in field " + field + "; a row holds single values "
                            + "(strings, numbers, booleans, dates); for a foreign key give the target's key and "
                            + "declare it with foreignKey(...)");
                }
                copy.put(field, value);
            }
            return copy;
        }

        private static String checkedField(String name, String what) {
            Objects.requireNonNull(name, "the field name of " + what);
            if (!FIELD.matcher(name).matches()) {
                throw new IllegalArgumentException(what + " names the field \"" + name + "\"; field names are "
                        + "letters, digits and '_', not starting with a digit");
            }
            return name;
        }
    }
}
