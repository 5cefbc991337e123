package org.slumber.jetty;

import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.slumber.spi.Headers;

/**
 * The request's header fields as {@link Headers}, read through Jetty's immutable
 * {@link HttpFields} without copying. Jetty parses each request into fresh fields, so they
 * stay valid after the request completes.
 */
final class JettyRequestHeaders implements Headers {

    private final HttpFields fields;

    JettyRequestHeaders(HttpFields fields) {
        this.fields = fields;
    }

    @Override
    public String first(String name) {
        return fields.get(name);
    }

    @Override
    public List<String> all(String name) {
        List<String> values = fields.getValuesList(name);
        return values.isEmpty() ? List.of() : Collections.unmodifiableList(values);
    }

    @Override
    public void forEach(BiConsumer<String, String> action) {
        for (HttpField field : fields) {
            action.accept(field.getName(), field.getValue());
        }
    }

    @Override
    public boolean contains(String name) {
        return fields.contains(name);
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
