package org.slumber.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The raw baseline's JSON: the same bytes Slumber writes for the three benchmarked URLs, written
 * by hand with Jackson's streaming {@link JsonGenerator}. Thread-safe.
 */
final class RawJson {

    static final String ROOT = "/slumber/pizzas/";
    static final String PIZZA = ROOT + "slumber_examples/Pizza/";
    static final String SHOP = ROOT + "slumber_examples/Shop/";
    static final String PRICE = ROOT + "slumber_examples/PizzaPrice/";
    /** Where Shop's data operation is mounted. */
    static final String SHOP_DATA = ROOT + "shop/";

    private static final JsonFactory FACTORY = new JsonFactory();

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator out) throws IOException;
    }

    private RawJson() {
    }

    /** The instance data of a pizza. */
    static byte[] pizza(RawQueries.Pizza pizza) {
        return document(200, out -> {
            String identity = PIZZA + "data/" + pizza.id() + "/";
            out.writeStringField("type", PIZZA);
            out.writeStringField("identity", identity);
            out.writeStringField("display", pizza.name());
            out.writeObjectFieldStart("operations");
            out.writeStringField("data", identity);
            out.writeStringField("update", PIZZA + "update/" + pizza.id() + "/");
            out.writeStringField("delete", PIZZA + "delete/" + pizza.id() + "/");
            out.writeStringField("order", PIZZA + "order/" + pizza.id() + "/");
            out.writeEndObject();
            out.writeObjectFieldStart("fields");
            out.writeObjectFieldStart("id");
            out.writeNumberField("data", pizza.id());
            kindAndType(out, "value", "java.lang.Long");
            out.writeObjectFieldStart("name");
            out.writeStringField("data", pizza.name());
            kindAndType(out, "value", "java.lang.String");
            out.writeObjectFieldStart("for_sale");
            out.writeBooleanField("data", pizza.forSale());
            kindAndType(out, "value", "java.lang.Boolean");
            out.writeObjectFieldStart("max_extra_toppings");
            if (pizza.maxExtraToppings() == null) {
                out.writeNullField("data");
            } else {
                out.writeNumberField("data", pizza.maxExtraToppings());
            }
            kindAndType(out, "value", "java.lang.Integer");
            out.writeObjectFieldStart("exclusive_to");
            if (pizza.shopId() == null) {
                out.writeNullField("data");
            } else {
                out.writeObjectFieldStart("data");
                out.writeStringField("type", SHOP);
                out.writeStringField("display", pizza.shopName());
                out.writeStringField("data", SHOP_DATA + pizza.shopId() + "/");
                out.writeEndObject();
            }
            kindAndType(out, "object", SHOP);
            out.writeEndObject();
            out.writeObjectFieldStart("data_arrays");
            out.writeStringField("prices", identity + "prices/");
            out.writeEndObject();
        });
    }

    /** A page of the pizza list; {@code next_page} whenever the page is not empty. */
    static byte[] pizzas(List<RawQueries.Item> items) {
        return document(200, out -> {
            out.writeStringField("model", PIZZA);
            out.writeArrayFieldStart("page");
            for (RawQueries.Item item : items) {
                out.writeStartObject();
                out.writeNumberField("pk", item.id());
                out.writeStringField("display", item.text());
                out.writeStringField("data", PIZZA + "data/" + item.id() + "/");
                out.writeEndObject();
            }
            out.writeEndArray();
            if (!items.isEmpty()) {
                out.writeStringField("next_page", PIZZA + "instances/?start_after=" + items.get(items.size() - 1).id());
            }
        });
    }

    /** A page of a pizza's prices; {@code next_page} (the request path with start_after) when more follow. */
    static byte[] prices(long pizza, RawQueries.PricePage page, String path) {
        return document(200, out -> {
            out.writeStringField("instance", PIZZA + "data/" + pizza + "/");
            out.writeArrayFieldStart("page");
            for (RawQueries.Item price : page.prices()) {
                out.writeStartObject();
                out.writeStringField("type", PRICE);
                out.writeNumberField("pk", price.id());
                out.writeStringField("display", page.pizzaName() + " " + price.text());
                out.writeStringField("data", PRICE + "data/" + price.id() + "/");
                out.writeEndObject();
            }
            out.writeEndArray();
            if (page.more()) {
                out.writeStringField("next_page", path + "?start_after="
                        + page.prices().get(page.prices().size() - 1).id());
            }
        });
    }

    /** The service directory (for the start-up probe). */
    static byte[] directory(int port) {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(128);
             JsonGenerator out = FACTORY.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeObjectFieldStart("services");
            out.writeStringField("pizzas", "http://localhost:" + port + ROOT);
            out.writeEndObject();
            out.writeObjectFieldStart("_meta");
            out.writeNumberField("status", 200);
            out.writeStringField("message", "OK");
            out.writeEndObject();
            out.writeEndObject();
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An error answer, as Slumber's. */
    static byte[] error(int status, String message) {
        return document(status, out -> out.writeStringField("error", message));
    }

    private static void kindAndType(JsonGenerator out, String kind, String type) throws IOException {
        out.writeStringField("kind", kind);
        out.writeStringField("type", type);
        out.writeEndObject();
    }

    private static byte[] document(int status, Body body) {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(1024);
             JsonGenerator out = FACTORY.createGenerator(bytes)) {
            out.writeStartObject();
            body.write(out);
            out.writeObjectFieldStart("_meta");
            out.writeNumberField("status", status);
            out.writeStringField("message", reason(status));
            out.writeStringField("username", BenchConfig.DEV_USER);
            out.writeEndObject();
            out.writeEndObject();
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            default -> "Internal Server Error";
        };
    }
}
