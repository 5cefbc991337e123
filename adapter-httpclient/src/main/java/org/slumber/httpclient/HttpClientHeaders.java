package org.slumber.httpclient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.hc.core5.http.Header;
import org.slumber.spi.Headers;

/**
 * An answer's header fields as {@link Headers}, read straight from the array HttpClient
 * returns (a copy it makes for each call of {@code getHeaders()}, owned by this object and
 * never changed). Names compare without regard to case; repeated fields stay separate, in
 * the order received.
 */
final class HttpClientHeaders implements Headers {

    private final Header[] fields;

    HttpClientHeaders(Header[] fields) {
        this.fields = fields;
    }

    @Override
    public String first(String name) {
        for (Header field : fields) {
            if (field.getName().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return null;
    }

    @Override
    public List<String> all(String name) {
        List<String> values = null;
        for (Header field : fields) {
            if (field.getName().equalsIgnoreCase(name)) {
                if (values == null) {
                    values = new ArrayList<>(2);
                }
                values.add(field.getValue());
            }
        }
        return values == null ? List.of() : Collections.unmodifiableList(values);
    }

    @Override
    public void forEach(BiConsumer<String, String> action) {
        for (Header field : fields) {
            action.accept(field.getName(), field.getValue());
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (Header field : fields) {
            if (text.length() > 1) {
                text.append(", ");
            }
            text.append(field.getName()).append(": ").append(field.getValue());
        }
        return text.append('}').toString();
    }
}
