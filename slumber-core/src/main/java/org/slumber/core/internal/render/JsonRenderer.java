package org.slumber.core.internal.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.slumber.core.internal.json.Json;

/**
 * JSON answers: the document's members, then {@code _meta} (none for HAL documents), written
 * straight to bytes.
 */
public final class JsonRenderer implements Renderer {

    private final boolean halContentType;

    /** @param halContentType whether HAL documents are labelled {@code application/hal+json} */
    public JsonRenderer(boolean halContentType) {
        this.halContentType = halContentType;
    }

    @Override
    public String contentType(Answer answer) {
        return answer.hal() && halContentType ? "application/hal+json; charset=utf-8"
                : "application/json; charset=utf-8";
    }

    @Override
    public byte[] render(Answer answer) {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(1024); JsonGenerator out = Json.generator(bytes)) {
            out.writeStartObject();
            for (Map.Entry<String, Object> member : answer.body().entrySet()) {
                out.writeFieldName(member.getKey());
                Json.writeValue(out, member.getValue());
            }
            if (!answer.hal()) {
                out.writeFieldName("_meta");
                Json.writeValue(out, answer.meta());
            }
            out.writeEndObject();
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
