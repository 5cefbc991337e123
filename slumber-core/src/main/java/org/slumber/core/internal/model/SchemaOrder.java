package org.slumber.core.internal.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slumber.core.SlumberConfigurationException;
import org.slumber.spi.model.ModelDescriptor;

/** Orders models so that every referenced model comes before the models that reference it. */
final class SchemaOrder {

    private SchemaOrder() {
    }

    static List<ModelDescriptor> sort(List<Model> models) {
        List<ModelDescriptor> ordered = new ArrayList<>();
        Set<Model> done = new HashSet<>();
        for (Model model : models) {
            visit(model, done, new LinkedHashSet<>(), ordered);
        }
        return ordered;
    }

    private static void visit(Model model, Set<Model> done, Set<Model> path, List<ModelDescriptor> ordered) {
        if (done.contains(model)) {
            return;
        }
        if (!path.add(model)) {
            throw new SlumberConfigurationException("Foreign keys form a cycle through " + path
                    + "; Slumber creates tables in reference order, so break the cycle");
        }
        for (Field field : model.fields()) {
            if (field.kind() == FieldKind.OBJECT && field.target() != model) {
                visit(field.target(), done, path, ordered);
            }
        }
        path.remove(model);
        done.add(model);
        ordered.add(model.descriptor());
    }
}
