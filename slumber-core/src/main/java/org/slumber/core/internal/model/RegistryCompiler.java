package org.slumber.core.internal.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slumber.core.SlumberConfigurationException;
import org.slumber.core.app.Instance;
import org.slumber.core.app.ModelRef;
import org.slumber.core.operation.Operation;
import org.slumber.spi.model.FieldDescriptor;
import org.slumber.spi.model.LinkDescriptor;
import org.slumber.spi.model.ModelDescriptor;
import org.slumber.spi.model.Reference;
import org.slumber.spi.model.Reference.OnDelete;
import org.slumber.spi.model.Schema;
import org.slumber.spi.model.ValueType;

/**
 * Compiles app declarations into a {@link Registry}: resolves model references, computes
 * URLs, storage descriptors, data arrays and operation bindings, and rejects impossible
 * declarations with a message that names the app, model and field.
 */
public final class RegistryCompiler {

    /** The wire type name of remote foreign keys. */
    public static final String REMOTE_FOREIGN_KEY_TYPE = "org.slumber.RemoteForeignKey";

    private final String mountPoint;
    private final String rootUrl;
    private final String authAppName;
    private final Map<String, Operation> builtIns;

    /**
     * @param mountPoint  where Slumber is mounted ({@code /slumber/})
     * @param rootUrl     the service root ({@code /slumber/pizzas/})
     * @param authAppName the name of the built-in auth app
     * @param builtIns    the built-in operations every model gets, by name, in the order listed
     */
    public RegistryCompiler(String mountPoint, String rootUrl, String authAppName, Map<String, Operation> builtIns) {
        this.mountPoint = mountPoint;
        this.rootUrl = rootUrl;
        this.authAppName = authAppName;
        this.builtIns = new LinkedHashMap<>(builtIns);
    }

    /** Compiles these apps. */
    public Registry compile(List<AppDeclaration> declarations) {
        Map<String, App> apps = new LinkedHashMap<>();
        Map<String, AppDeclaration> sources = new HashMap<>();
        for (AppDeclaration declaration : declarations) {
            AppDeclaration clash = sources.put(declaration.name, declaration);
            if (clash != null) {
                throw new SlumberConfigurationException("Two apps are named " + declaration.name + ": "
                        + clash.source() + " and " + declaration.source() + "; app names must be unique");
            }
            apps.put(declaration.name, new App(declaration.name, rootUrl, declaration.configuration));
        }
        App authApp = apps.get(authAppName);
        if (authApp == null) {
            throw new SlumberConfigurationException("No app is named " + authAppName
                    + " (setting slumber.auth.app); the built-in auth app must be installed");
        }
        // pass 1: find every model's declaration, so foreign keys can see their targets' keys
        Map<ModelRef, ModelDeclaration> byRef = new LinkedHashMap<>();
        for (AppDeclaration app : declarations) {
            for (ModelDeclaration model : app.models.values()) {
                byRef.put(ModelRef.of(app.name, model.name), model);
            }
        }
        // pass 2: compile each model's fields and descriptor
        Map<ModelDeclaration, Model> compiled = new LinkedHashMap<>();
        Map<String, ModelDeclaration> tables = new HashMap<>();
        for (AppDeclaration appDeclaration : declarations) {
            App app = apps.get(appDeclaration.name);
            for (ModelDeclaration declaration : appDeclaration.models.values()) {
                Model model = compileModel(app, declaration, byRef);
                ModelDeclaration other = tables.put(model.descriptor().table().toLowerCase(java.util.Locale.ROOT),
                        declaration);
                if (other != null) {
                    throw new SlumberConfigurationException("Models " + other.appName + "." + other.name + " and "
                            + model.qualifiedName() + " both use table " + model.descriptor().table()
                            + "; give one another table with .table(\"...\")");
                }
                app.addModel(model);
                compiled.put(declaration, model);
            }
        }
        // pass 3: link foreign keys, build data arrays, links and operations
        List<LinkDescriptor> links = new ArrayList<>();
        Model profileModel = null;
        for (Map.Entry<ModelDeclaration, Model> entry : compiled.entrySet()) {
            ModelDeclaration declaration = entry.getKey();
            Model model = entry.getValue();
            for (Field field : model.fields()) {
                if (field.kind() == FieldKind.OBJECT) {
                    FieldDeclaration fieldDeclaration = declaration.fields.stream()
                            .filter(f -> f.name.equals(field.name())).findFirst().orElseThrow();
                    Model target = compiled.get(byRef.get(resolve(fieldDeclaration.target)));
                    field.linkTarget(target);
                }
            }
            if (declaration.userProfile) {
                if (profileModel != null) {
                    throw new SlumberConfigurationException("Both " + profileModel + " and " + model
                            + " are declared userProfile(); the auth app has one profile model");
                }
                profileModel = model;
            }
        }
        for (Map.Entry<ModelDeclaration, Model> entry : compiled.entrySet()) {
            Model model = entry.getValue();
            for (Field field : model.fields()) {
                if (field.kind() == FieldKind.OBJECT) {
                    FieldDeclaration fieldDeclaration = entry.getKey().fields.stream()
                            .filter(f -> f.name.equals(field.name())).findFirst().orElseThrow();
                    String arrayName = fieldDeclaration.relatedName != null ? fieldDeclaration.relatedName
                            : model.lowerName();
                    addDataArray(field.target(), new DataArray(arrayName, model, field, null));
                }
            }
            for (FieldDeclaration m2m : entry.getKey().manyToMany) {
                ModelDeclaration targetDeclaration = byRef.get(resolve(m2m.target));
                if (targetDeclaration == null) {
                    throw new SlumberConfigurationException("Model " + model + " links " + m2m.name + " to "
                            + m2m.target + ", which no installed app declares; declare that model or install its app");
                }
                Model target = compiled.get(targetDeclaration);
                LinkDescriptor link = link(model, m2m.name, target);
                links.add(link);
                addDataArray(model, new DataArray(m2m.name, target, null, link));
            }
        }
        if (profileModel != null) {
            Model user = compiled.get(byRef.get(resolve(ModelRef.AUTH_USER)));
            boolean pointsAtUser = profileModel.fields().stream()
                    .anyMatch(f -> f.kind() == FieldKind.OBJECT && f.target() == user);
            if (user == null || !pointsAtUser) {
                throw new SlumberConfigurationException("Profile model " + profileModel
                        + " needs a foreign key to ModelRef.AUTH_USER to find a user's profile");
            }
        }
        List<OperationBinding> mounted = new ArrayList<>();
        Map<String, OperationBinding> mountUris = new HashMap<>();
        for (Map.Entry<ModelDeclaration, Model> entry : compiled.entrySet()) {
            for (OperationBinding binding : bindOperations(entry.getKey(), entry.getValue())) {
                entry.getValue().addOperation(binding);
                if (binding.mountUri() != null) {
                    OperationBinding clash = mountUris.put(binding.mountUri(), binding);
                    if (clash != null) {
                        throw new SlumberConfigurationException("Operations " + clash.model() + "." + clash.name()
                                + " and " + binding.model() + "." + binding.name() + " are both mounted at "
                                + binding.mountUri() + "; mount one of them at another URI");
                    }
                    mounted.add(binding);
                }
            }
        }
        for (LinkDescriptor link : links) {
            ModelDeclaration owner = tables.get(link.table().toLowerCase(java.util.Locale.ROOT));
            if (owner != null) {
                throw new SlumberConfigurationException("Model " + owner.appName + "." + owner.name + " uses table "
                        + link.table() + ", which the many-to-many link " + link.name() + " needs; give the model "
                        + "another table with .table(\"...\")");
            }
        }
        Schema schema;
        try {
            schema = new Schema(SchemaOrder.sort(new ArrayList<>(compiled.values())), links);
        } catch (IllegalArgumentException e) {
            throw new SlumberConfigurationException("The models' tables clash: " + e.getMessage()
                    + "; give the model another table with .table(\"...\")", e);
        }
        return new Registry(mountPoint, rootUrl, new ArrayList<>(apps.values()), mounted, schema, authApp,
                profileModel);
    }

    private ModelRef resolve(ModelRef ref) {
        return ref.isAuthApp() ? ModelRef.of(authAppName, ref.model()) : ref;
    }

    private static void addDataArray(Model owner, DataArray array) {
        if (owner.dataArray(array.name()) != null) {
            throw new SlumberConfigurationException("Model " + owner + " would get two data arrays named "
                    + array.name() + "; give one of the foreign keys pointing at it a relatedName(\"...\")");
        }
        if (owner.field(array.name()) != null) {
            throw new SlumberConfigurationException("Model " + owner + " has a field and a data array named "
                    + array.name() + "; give the foreign key from " + array.itemModel() + " a relatedName(\"...\")");
        }
        owner.addDataArray(array);
    }

    private static LinkDescriptor link(Model owner, String fieldName, Model target) {
        String ownerColumn = owner.lowerName() + "_id";
        String targetColumn = target.lowerName() + "_id";
        if (ownerColumn.equals(targetColumn)) {
            ownerColumn = "from_" + ownerColumn;
            targetColumn = "to_" + targetColumn;
        }
        return new LinkDescriptor(owner.qualifiedName() + "." + fieldName,
                owner.descriptor().table() + "_" + fieldName, owner.descriptor(), ownerColumn, target.descriptor(),
                targetColumn);
    }

    private Model compileModel(App app, ModelDeclaration declaration, Map<ModelRef, ModelDeclaration> byRef) {
        String where = "model " + app.name() + "." + declaration.name;
        List<Field> fields = new ArrayList<>();
        List<FieldDescriptor> descriptors = new ArrayList<>();
        Field key = null;
        List<FieldDeclaration> ordered = new ArrayList<>();
        ordered.add(declaration.key);
        for (FieldDeclaration field : declaration.fields) {
            if (field != declaration.key) {
                ordered.add(field);
            }
        }
        for (FieldDeclaration field : ordered) {
            Field compiled = compileField(where, declaration, field, byRef);
            fields.add(compiled);
            descriptors.add(compiled.descriptor());
            if (field == declaration.key) {
                key = compiled;
            }
        }
        Set<String> names = new LinkedHashSet<>();
        fields.forEach(f -> names.add(f.name()));
        for (List<String> group : declaration.uniqueTogether) {
            if (!names.containsAll(group)) {
                throw new SlumberConfigurationException(where + " declares uniqueTogether" + group
                        + " with unknown fields; its fields are " + names);
            }
        }
        for (String property : declaration.properties.keySet()) {
            if (names.contains(property)) {
                throw new SlumberConfigurationException(where + " has a field and a property named " + property
                        + "; rename one of them");
            }
        }
        String table = declaration.table != null ? declaration.table
                : app.label().toLowerCase(java.util.Locale.ROOT) + "_"
                        + declaration.name.toLowerCase(java.util.Locale.ROOT);
        ModelDescriptor descriptor;
        try {
            descriptor = new ModelDescriptor(app.name() + "." + declaration.name, table, key.name(),
                    declaration.key.generatedKey, descriptors, declaration.uniqueTogether);
        } catch (IllegalArgumentException e) {
            throw new SlumberConfigurationException(where + ": " + e.getMessage(), e);
        }
        List<Property> properties = new ArrayList<>();
        for (Map.Entry<String, Function<Instance, ?>> property : declaration.properties.entrySet()) {
            properties.add(new Property(property.getKey(), property.getValue(),
                    app.name() + "." + declaration.name + "." + property.getKey()));
        }
        return new Model(app, declaration.name, fields, key, properties, declaration.display,
                List.copyOf(declaration.uniqueTogether), descriptor, declaration.userProfile);
    }

    private Field compileField(String where, ModelDeclaration model, FieldDeclaration field,
                               Map<ModelRef, ModelDeclaration> byRef) {
        ValueType type = field.type;
        int maxLength = field.maxLength;
        Reference reference = null;
        if (field.kind == FieldKind.OBJECT) {
            ModelDeclaration target = byRef.get(resolve(field.target));
            if (target == null) {
                throw new SlumberConfigurationException(where + " field " + field.name + " points at "
                        + field.target + ", which no installed app declares; declare that model, install its app, "
                        + "or fix the reference");
            }
            type = target.key.type;
            maxLength = target.key.maxLength;
            OnDelete rule = field.onDelete != null ? field.onDelete
                    : field.nullable ? OnDelete.SET_NULL : OnDelete.CASCADE;
            if (rule == OnDelete.SET_NULL && !field.nullable) {
                throw new SlumberConfigurationException(where + " field " + field.name
                        + " is onDelete(SET_NULL) but not nullable(); make it nullable or choose CASCADE/RESTRICT");
            }
            String targetTable = target.table != null ? target.table : targetTable(field.target, target);
            reference = new Reference(targetTable, target.key.column != null ? target.key.column : target.key.name,
                    rule);
        }
        ValueCodec codec = model.converters.containsKey(type) ? Codecs.of(model.converters.get(type))
                : Codecs.of(type, field.precision, field.scale);
        Object defaultValue = null;
        if (field.defaultValue instanceof java.util.function.Supplier<?>) {
            defaultValue = field.defaultValue;
        } else if (field.hasDefault && field.defaultValue != null) {
            try {
                defaultValue = codec.fromJson(field.defaultValue instanceof Boolean || field.defaultValue instanceof String
                        || field.defaultValue instanceof Number ? field.defaultValue : field.defaultValue.toString());
            } catch (IllegalArgumentException e) {
                throw new SlumberConfigurationException(where + " field " + field.name + " has default "
                        + field.defaultValue + ", which " + e.getMessage());
            }
        }
        FieldDescriptor descriptor;
        try {
            descriptor = new FieldDescriptor(field.name, field.column != null ? field.column : field.name, type,
                    maxLength, field.precision, field.scale, field.nullable, field.unique && !field.key, reference);
        } catch (IllegalArgumentException e) {
            throw new SlumberConfigurationException(where + " field " + field.name + ": " + e.getMessage(), e);
        }
        String wireType = field.kind == FieldKind.REMOTE ? REMOTE_FOREIGN_KEY_TYPE : type.javaType().getName();
        String verbose = field.verboseName != null ? field.verboseName : field.name.replace('_', ' ');
        return new Field(field.name, verbose, field.kind, type, codec, wireType, field.nullable, field.hasDefault,
                defaultValue, field.unique || field.key, field.readOnly, field.choices, field.pattern, maxLength,
                field.remoteTarget, field.validateRemote,
                descriptor);
    }

    private String targetTable(ModelRef ref, ModelDeclaration target) {
        String appName = resolve(ref).app();
        int dot = appName.lastIndexOf('.');
        String label = dot < 0 ? appName : appName.substring(dot + 1);
        return label.toLowerCase(java.util.Locale.ROOT) + "_" + target.name.toLowerCase(java.util.Locale.ROOT);
    }

    private List<OperationBinding> bindOperations(ModelDeclaration declaration, Model model) {
        String where = "model " + model.qualifiedName();
        Map<String, Operation> operations = new LinkedHashMap<>();
        Map<String, String> uris = new HashMap<>();
        builtIns.forEach(operations::put);
        for (Map.Entry<String, ModelDeclaration.DeclaredOperation> entry : declaration.operations.entrySet()) {
            operations.put(entry.getKey(), entry.getValue().operation());
            if (entry.getValue().uri() != null) {
                uris.put(entry.getKey(), entry.getValue().uri());
            }
        }
        for (String removed : declaration.removedOperations) {
            if (operations.remove(removed) == null) {
                throw new SlumberConfigurationException(where + " removes operation " + removed
                        + ", which it does not have; it has " + operations.keySet());
            }
        }
        for (Map.Entry<String, String> mount : declaration.mounts.entrySet()) {
            if (!operations.containsKey(mount.getKey())) {
                throw new SlumberConfigurationException(where + " mounts operation " + mount.getKey()
                        + ", which it does not have; it has " + operations.keySet());
            }
            uris.put(mount.getKey(), mount.getValue());
        }
        List<OperationBinding> bindings = new ArrayList<>();
        for (Map.Entry<String, Operation> entry : operations.entrySet()) {
            String uri = uris.get(entry.getKey());
            String mountedUrl = null;
            if (uri != null) {
                uri = normalizeUri(where, entry.getKey(), uri);
                mountedUrl = mountPoint + uri + "/";
            }
            bindings.add(new OperationBinding(entry.getKey(), entry.getValue(), model.url() + entry.getKey() + "/",
                    uri, mountedUrl, model));
        }
        return bindings;
    }

    private static String normalizeUri(String where, String operation, String uri) {
        String trimmed = uri;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        boolean dotSegment = ("/" + trimmed + "/").contains("/./") || ("/" + trimmed + "/").contains("/../");
        if (trimmed.isEmpty() || dotSegment || !trimmed.matches("[A-Za-z0-9_.~-]+(/[A-Za-z0-9_.~-]+)*")) {
            throw new SlumberConfigurationException(where + " mounts operation " + operation + " at '" + uri
                    + "'; a mount URI is one or more path segments of letters, digits, '_', '.', '~' and '-'");
        }
        return trimmed;
    }
}
