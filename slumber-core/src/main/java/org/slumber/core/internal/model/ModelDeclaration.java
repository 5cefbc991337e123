package org.slumber.core.internal.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.slumber.core.SlumberConfigurationException;
import org.slumber.core.app.Converter;
import org.slumber.core.app.Instance;
import org.slumber.core.app.ModelBuilder;
import org.slumber.core.app.ModelRef;
import org.slumber.core.operation.Operation;
import org.slumber.spi.model.Reference.OnDelete;
import org.slumber.spi.model.ValueType;

/** Collects what an app's model definition declares; compiled later by {@link RegistryCompiler}. */
final class ModelDeclaration implements ModelBuilder {

    /** One declared operation: what answers it and where it is mounted (null: default URL only). */
    record DeclaredOperation(Operation operation, String uri) {
    }

    final String appName;
    final String name;
    final List<FieldDeclaration> fields = new ArrayList<>();
    final List<FieldDeclaration> manyToMany = new ArrayList<>();
    final List<List<String>> uniqueTogether = new ArrayList<>();
    final Map<String, Function<Instance, ?>> properties = new LinkedHashMap<>();
    final Set<String> removedOperations = new LinkedHashSet<>();
    final Map<String, String> mounts = new LinkedHashMap<>();
    final Map<String, DeclaredOperation> operations = new LinkedHashMap<>();
    final Map<ValueType, Converter<?>> converters = new LinkedHashMap<>();
    FieldDeclaration key;
    String table;
    Function<Instance, String> display;
    boolean userProfile;
    private FieldDeclaration last;

    ModelDeclaration(String appName, String name) {
        this.appName = appName;
        this.name = name;
    }

    private String where() {
        return "model " + appName + "." + name;
    }

    // ------------------------------------------------------------------ keys

    @Override
    public ModelBuilder key(String fieldName) {
        FieldDeclaration field = keyField(fieldName, ValueType.LONG);
        field.generatedKey = true;
        return this;
    }

    @Override
    public ModelBuilder stringKey(String fieldName, int maxLength) {
        keyField(fieldName, ValueType.STRING).maxLength = positive(maxLength, "maxLength of " + fieldName);
        return this;
    }

    @Override
    public ModelBuilder suppliedKey(String fieldName) {
        keyField(fieldName, ValueType.LONG);
        return this;
    }

    private FieldDeclaration keyField(String fieldName, ValueType type) {
        if (key != null) {
            throw new SlumberConfigurationException(where() + " declares a second key " + fieldName
                    + "; it already has " + key.name);
        }
        FieldDeclaration field = add(fieldName, FieldKind.VALUE, type);
        field.key = true;
        field.unique = true;
        key = field;
        return field;
    }

    // ------------------------------------------------------------------ fields

    @Override
    public ModelBuilder string(String fieldName, int maxLength) {
        add(fieldName, FieldKind.VALUE, ValueType.STRING).maxLength = positive(maxLength, "maxLength of " + fieldName);
        return this;
    }

    @Override
    public ModelBuilder integer(String fieldName) {
        add(fieldName, FieldKind.VALUE, ValueType.INTEGER);
        return this;
    }

    @Override
    public ModelBuilder bigInteger(String fieldName) {
        add(fieldName, FieldKind.VALUE, ValueType.LONG);
        return this;
    }

    @Override
    public ModelBuilder bool(String fieldName) {
        add(fieldName, FieldKind.VALUE, ValueType.BOOLEAN);
        return this;
    }

    @Override
    public ModelBuilder decimal(String fieldName, int digits, int places) {
        if (digits < 1 || places < 0 || places > digits || digits > 31) {
            throw new SlumberConfigurationException(where() + " field " + fieldName
                    + " needs 1 <= digits <= 31 and 0 <= places <= digits; got " + digits + ", " + places);
        }
        FieldDeclaration field = add(fieldName, FieldKind.VALUE, ValueType.DECIMAL);
        field.precision = digits;
        field.scale = places;
        return this;
    }

    @Override
    public ModelBuilder date(String fieldName) {
        add(fieldName, FieldKind.VALUE, ValueType.DATE);
        return this;
    }

    @Override
    public ModelBuilder timestamp(String fieldName) {
        add(fieldName, FieldKind.VALUE, ValueType.TIMESTAMP);
        return this;
    }

    @Override
    public ModelBuilder password(String fieldName) {
        add(fieldName, FieldKind.PASSWORD, ValueType.STRING).maxLength = 128;
        return this;
    }

    @Override
    public ModelBuilder foreignKey(String fieldName, ModelRef target) {
        FieldDeclaration field = add(fieldName, FieldKind.OBJECT, null);
        field.target = Objects.requireNonNull(target, "target of " + fieldName);
        return this;
    }

    @Override
    public ModelBuilder remoteForeignKey(String fieldName, String targetModelUrl) {
        Objects.requireNonNull(targetModelUrl, "target URL of " + fieldName);
        if (!targetModelUrl.endsWith("/") || !(targetModelUrl.startsWith("slumber://")
                || targetModelUrl.startsWith("http://") || targetModelUrl.startsWith("https://"))) {
            throw new SlumberConfigurationException(where() + " field " + fieldName
                    + " needs the target model's absolute or slumber:// URL ending in '/', got " + targetModelUrl);
        }
        FieldDeclaration field = add(fieldName, FieldKind.REMOTE, ValueType.REMOTE_REFERENCE);
        field.maxLength = 1000;
        field.remoteTarget = targetModelUrl;
        return this;
    }

    @Override
    public ModelBuilder manyToMany(String fieldName, ModelRef target) {
        checkName(fieldName);
        FieldDeclaration field = new FieldDeclaration(fieldName, FieldKind.OBJECT, null);
        field.target = Objects.requireNonNull(target, "target of " + fieldName);
        manyToMany.add(field);
        last = null;
        return this;
    }

    private FieldDeclaration add(String fieldName, FieldKind kind, ValueType type) {
        checkName(fieldName);
        for (FieldDeclaration existing : fields) {
            if (existing.name.equals(fieldName)) {
                throw new SlumberConfigurationException(where() + " declares field " + fieldName
                        + " twice; remove or rename one of the declarations");
            }
        }
        FieldDeclaration field = new FieldDeclaration(fieldName, kind, type);
        fields.add(field);
        last = field;
        return field;
    }

    private void checkName(String fieldName) {
        if (fieldName == null || !fieldName.matches("[A-Za-z][A-Za-z0-9_]{0,62}")) {
            throw new SlumberConfigurationException(where() + " has a field named '" + fieldName
                    + "'; names are an ASCII letter followed by letters, digits or '_'");
        }
        if (fieldName.equals("pk")) {
            throw new SlumberConfigurationException(where() + " has a field named 'pk', which the get operation "
                    + "uses for the primary key; choose another name");
        }
    }

    private static int positive(int value, String what) {
        if (value < 1) {
            throw new SlumberConfigurationException(what + " must be at least 1, got " + value);
        }
        return value;
    }

    // ------------------------------------------------------------------ modifiers

    private FieldDeclaration last(String modifier) {
        if (last == null) {
            throw new SlumberConfigurationException(where() + ": " + modifier
                    + "() must directly follow the declaration of the field it modifies");
        }
        return last;
    }

    @Override
    public ModelBuilder required() {
        FieldDeclaration field = last("required");
        field.required = true;
        field.nullable = false;
        return this;
    }

    @Override
    public ModelBuilder nullable() {
        FieldDeclaration field = last("nullable");
        if (field.key) {
            throw new SlumberConfigurationException(where() + ": the key " + field.name + " cannot be nullable");
        }
        field.nullable = true;
        field.required = false;
        return this;
    }

    @Override
    public ModelBuilder unique() {
        last("unique").unique = true;
        return this;
    }

    @Override
    public ModelBuilder defaultValue(Object value) {
        FieldDeclaration field = last("defaultValue");
        field.hasDefault = true;
        field.defaultValue = value;
        return this;
    }

    @Override
    public ModelBuilder pattern(String regex) {
        FieldDeclaration field = last("pattern");
        if (field.type != ValueType.STRING) {
            throw new SlumberConfigurationException(where() + ": pattern() applies to text fields, not to "
                    + field.name);
        }
        try {
            field.pattern = java.util.regex.Pattern.compile(regex);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new SlumberConfigurationException(where() + " field " + field.name + " has a malformed pattern: "
                    + e.getDescription());
        }
        return this;
    }

    @Override
    public ModelBuilder choices(String... values) {
        FieldDeclaration field = last("choices");
        if (field.type != ValueType.STRING) {
            throw new SlumberConfigurationException(where() + ": choices() applies to text fields, not to "
                    + field.name);
        }
        field.choices = List.copyOf(Arrays.asList(values));
        return this;
    }

    @Override
    public ModelBuilder relatedName(String relatedName) {
        FieldDeclaration field = last("relatedName");
        requireForeignKey(field, "relatedName");
        checkName(relatedName);
        field.relatedName = relatedName;
        return this;
    }

    @Override
    public ModelBuilder onDelete(OnDelete rule) {
        FieldDeclaration field = last("onDelete");
        requireForeignKey(field, "onDelete");
        field.onDelete = Objects.requireNonNull(rule, "rule");
        return this;
    }

    private void requireForeignKey(FieldDeclaration field, String modifier) {
        if (field.kind != FieldKind.OBJECT) {
            throw new SlumberConfigurationException(where() + ": " + modifier + "() applies to foreign keys, not to "
                    + field.name);
        }
    }

    @Override
    public ModelBuilder verboseName(String verboseName) {
        last("verboseName").verboseName = Objects.requireNonNull(verboseName);
        return this;
    }

    @Override
    public ModelBuilder column(String columnName) {
        last("column").column = Objects.requireNonNull(columnName);
        return this;
    }

    @Override
    public ModelBuilder validateRemote() {
        FieldDeclaration field = last("validateRemote");
        if (field.kind != FieldKind.REMOTE) {
            throw new SlumberConfigurationException(where() + ": validateRemote() applies to remote foreign keys, "
                    + "not to " + field.name);
        }
        field.validateRemote = true;
        return this;
    }

    @Override
    public ModelBuilder readOnly() {
        last("readOnly").readOnly = true;
        return this;
    }

    // ------------------------------------------------------------------ model

    @Override
    public ModelBuilder table(String tableName) {
        this.table = Objects.requireNonNull(tableName);
        return this;
    }

    @Override
    public ModelBuilder uniqueTogether(String... fieldNames) {
        if (fieldNames.length < 2) {
            throw new SlumberConfigurationException(where() + ": uniqueTogether() needs two or more fields; use "
                    + "unique() for one");
        }
        uniqueTogether.add(List.of(fieldNames));
        return this;
    }

    @Override
    public ModelBuilder display(Function<Instance, String> displayFunction) {
        this.display = Objects.requireNonNull(displayFunction);
        return this;
    }

    @Override
    public ModelBuilder property(String propertyName, Function<Instance, ?> compute) {
        checkName(propertyName);
        if (properties.put(propertyName, Objects.requireNonNull(compute)) != null) {
            throw new SlumberConfigurationException(where() + " declares property " + propertyName + " twice");
        }
        return this;
    }

    @Override
    public ModelBuilder withoutOperation(String operationName) {
        removedOperations.add(Objects.requireNonNull(operationName));
        return this;
    }

    @Override
    public ModelBuilder mount(String operationName, String uri) {
        mounts.put(Objects.requireNonNull(operationName), Objects.requireNonNull(uri));
        return this;
    }

    @Override
    public ModelBuilder operation(String operationName, Operation operation) {
        return operation(operationName, operation, null);
    }

    @Override
    public ModelBuilder operation(String operationName, Operation operation, String uri) {
        if (operationName == null || !operationName.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new SlumberConfigurationException(where() + " has an operation named '" + operationName
                    + "'; names are letters, digits, '_', '.' and '-'");
        }
        if (operations.put(operationName, new DeclaredOperation(Objects.requireNonNull(operation), uri)) != null) {
            throw new SlumberConfigurationException(where() + " declares operation " + operationName + " twice");
        }
        return this;
    }

    @Override
    public <T> ModelBuilder converter(ValueType type, Converter<T> converter) {
        converters.put(Objects.requireNonNull(type), Objects.requireNonNull(converter));
        return this;
    }

    @Override
    public ModelBuilder userProfile() {
        this.userProfile = true;
        return this;
    }
}
