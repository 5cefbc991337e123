package org.slumber.core.internal.model;

import java.util.List;
import org.slumber.core.app.ModelRef;
import org.slumber.spi.model.Reference.OnDelete;
import org.slumber.spi.model.ValueType;

/** What a model declared about one field, before compiling. Mutable while declaring. */
final class FieldDeclaration {

    final String name;
    final FieldKind kind;
    final ValueType type;
    int maxLength;
    int precision;
    int scale;
    boolean nullable;
    boolean required;
    boolean unique;
    boolean hasDefault;
    Object defaultValue;
    List<String> choices = List.of();
    java.util.regex.Pattern pattern;
    String relatedName;
    OnDelete onDelete;
    String verboseName;
    String column;
    boolean readOnly;
    boolean validateRemote;
    ModelRef target;
    String remoteTarget;
    boolean generatedKey;
    boolean key;

    FieldDeclaration(String name, FieldKind kind, ValueType type) {
        this.name = name;
        this.kind = kind;
        this.type = type;
    }
}
