package org.slumber.core.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON in and out with Jackson's streaming API: documents are plain maps, lists and scalars,
 * written straight to bytes without building a tree or looking up serializers by reflection.
 */
public final class Json {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(100)
                    .maxStringLength(10_000_000).build())
            .build();

    private Json() {
    }

    /** Writes a JSON-able value to UTF-8 bytes. */
    public static byte[] write(Object value) {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(512);
             JsonGenerator generator = FACTORY.createGenerator(bytes)) {
            writeValue(generator, value);
            generator.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a JSON-able value to a generator. */
    public static void writeValue(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.writeFieldName(String.valueOf(entry.getKey()));
                writeValue(out, entry.getValue());
            }
            out.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            out.writeStartArray();
            for (Object item : list) {
                writeValue(out, item);
            }
            out.writeEndArray();
        } else if (value instanceof Boolean flag) {
            out.writeBoolean(flag);
        } else if (value instanceof Long number) {
            out.writeNumber(number);
        } else if (value instanceof Integer number) {
            out.writeNumber(number);
        } else if (value instanceof BigDecimal decimal) {
            out.writeString(decimal.toPlainString());
        } else if (value instanceof BigInteger || value instanceof Short || value instanceof Byte) {
            out.writeNumber(value.toString());
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isFinite(number)) {
                out.writeNumber(number);
            } else {
                out.writeNull();
            }
        } else if (value instanceof TemporalAccessor) {
            out.writeString(value.toString());
        } else if (value instanceof Object[] array) {
            writeValue(out, java.util.Arrays.asList(array));
        } else {
            out.writeString(value.toString());
        }
    }

    /**
     * Parses a JSON document whose top level must be an object. Numbers become Long (or
     * BigInteger) and BigDecimal, so no precision is lost.
     *
     * @throws IllegalArgumentException with a short reason for malformed JSON, a duplicate key or
     *                                  a top level that is not an object
     */
    public static Map<String, Object> readObject(byte[] body) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("the body must be a JSON object");
            }
            Map<String, Object> object = readObjectBody(parser);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("unexpected content after the JSON object");
            }
            return object;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable JSON: " + e.getMessage());
        }
    }

    /** Parses any JSON document (client side: answers from other services). */
    public static Object read(byte[] body) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IllegalArgumentException("empty JSON document");
            }
            return readValue(parser, first);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable JSON: " + e.getMessage());
        }
    }

    private static Map<String, Object> readObjectBody(JsonParser parser) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            object.put(name, readValue(parser, parser.nextToken()));
        }
        if (token != JsonToken.END_OBJECT) {
            throw new IllegalArgumentException("malformed JSON object");
        }
        return object;
    }

    private static Object readValue(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT:
                return readObjectBody(parser);
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (next == null) {
                        throw new IllegalArgumentException("unterminated JSON array");
                    }
                    list.add(readValue(parser, next));
                }
                return list;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? parser.getBigIntegerValue()
                        : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IllegalArgumentException("unexpected JSON token " + token);
        }
    }

    /**
     * A JSON-able value as it would come back from {@link #write} then {@link #read}: fresh
     * ordered maps and lists; whole numbers as Long (BigInteger when too big); other numbers as
     * BigDecimal, except that BigDecimal values become strings (as they are written); dates and
     * times as ISO strings. For answers handed over in the same JVM without serialising.
     */
    public static Object copy(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>((int) (map.size() / 0.75f) + 1);
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                copy.put(String.valueOf(entry.getKey()), copy(entry.getValue()));
            }
            return copy;
        }
        if (value instanceof Collection<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                copy.add(copy(item));
            }
            return copy;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? new BigDecimal(value.toString()) : null;
        }
        if (value instanceof Object[] array) {
            return copy(java.util.Arrays.asList(array));
        }
        return value.toString();
    }

    /** A generator writing to {@code bytes}, for renderers that add members around a document. */
    public static JsonGenerator generator(ByteArrayBuilder bytes) {
        try {
            return FACTORY.createGenerator(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
