package org.slumber.core.internal.model;

import java.util.List;
import org.slumber.spi.model.FieldDescriptor;
import org.slumber.spi.model.ValueType;

/**
 * A compiled stored field of a model. Immutable after the registry is built, except for the
 * target model of a foreign key, which is linked once while compiling.
 */
public final class Field {

    private final String name;
    private final String verboseName;
    private final FieldKind kind;
    private final ValueType type;
    private final ValueCodec codec;
    private final String wireType;
    private final boolean nullable;
    private final boolean hasDefault;
    private final Object defaultValue;
    private final boolean unique;
    private final boolean readOnly;
    private final List<String> choices;
    private final java.util.regex.Pattern pattern;
    private final int maxLength;
    private final String remoteTarget;
    private final boolean validateRemote;
    private final FieldDescriptor descriptor;
    private Model target;
    private int position = -1;

    Field(String name, String verboseName, FieldKind kind, ValueType type, ValueCodec codec, String wireType,
          boolean nullable, boolean hasDefault, Object defaultValue, boolean unique, boolean readOnly,
          List<String> choices, java.util.regex.Pattern pattern, int maxLength, String remoteTarget, boolean validateRemote,
          FieldDescriptor descriptor) {
        this.name = name;
        this.verboseName = verboseName;
        this.kind = kind;
        this.type = type;
        this.codec = codec;
        this.wireType = wireType;
        this.nullable = nullable;
        this.hasDefault = hasDefault;
        this.defaultValue = defaultValue;
        this.unique = unique;
        this.readOnly = readOnly;
        this.choices = choices;
        this.pattern = pattern;
        this.maxLength = maxLength;
        this.remoteTarget = remoteTarget;
        this.validateRemote = validateRemote;
        this.descriptor = descriptor;
    }

    void linkTarget(Model model) {
        this.target = model;
    }

    void position(int value) {
        this.position = value;
    }

    /** The field's place among its model's fields, from 0. */
    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public String verboseName() {
        return verboseName;
    }

    public FieldKind kind() {
        return kind;
    }

    public ValueType type() {
        return type;
    }

    public ValueCodec codec() {
        return codec;
    }

    /** The {@code type} shown in metadata and instance data: a Java class name or, for objects, the target's URL. */
    public String wireType() {
        return kind == FieldKind.OBJECT ? target.url() : wireType;
    }

    public boolean nullable() {
        return nullable;
    }

    /** Whether a create or PUT that leaves this field out gives it {@link #defaultValue()}. */
    public boolean hasDefault() {
        return hasDefault;
    }

    /** The default for a new instance; a supplier default is called each time. */
    public Object defaultValue() {
        return defaultValue instanceof java.util.function.Supplier<?> supplier ? supplier.get() : defaultValue;
    }

    /** Whether create and PUT must give this field. */
    public boolean required() {
        return !nullable && !hasDefault;
    }

    public boolean unique() {
        return unique;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** The accepted values of a text field, or empty for any. */
    public List<String> choices() {
        return choices;
    }

    /** The pattern text values must match, or null. */
    public java.util.regex.Pattern pattern() {
        return pattern;
    }

    /** The most characters of a text value, or 0. */
    public int maxLength() {
        return maxLength;
    }

    /** For a remote foreign key: the target model's URL as declared. */
    public String remoteTarget() {
        return remoteTarget;
    }

    /** For a remote foreign key: whether writes check the instance with its service. */
    public boolean validateRemote() {
        return validateRemote;
    }

    /** For a foreign key: the target model. */
    public Model target() {
        return target;
    }

    /** Whether this field shows in metadata and instance data. */
    public boolean visible() {
        return kind != FieldKind.PASSWORD;
    }

    public FieldDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public String toString() {
        return name;
    }
}
