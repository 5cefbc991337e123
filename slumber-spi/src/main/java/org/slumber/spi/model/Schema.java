package org.slumber.spi.model;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Everything a storage holds: models and links, in an order where every referenced model
 * comes before the models that reference it (the core sorts them so).
 *
 * @param models the models
 * @param links  the many-to-many links between them
 */
public record Schema(List<ModelDescriptor> models, List<LinkDescriptor> links) {

    public Schema {
        models = List.copyOf(models);
        links = List.copyOf(links);
        Set<String> tables = new HashSet<>();
        for (ModelDescriptor model : models) {
            if (!tables.add(model.table().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("two models use table " + model.table());
            }
        }
        for (LinkDescriptor link : links) {
            if (!tables.add(link.table().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("link " + link.name() + " uses table " + link.table()
                        + ", which is already taken");
            }
        }
    }
}
