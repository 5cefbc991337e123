package org.slumber.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shared helpers of the read-side end-to-end tests: URLs of the pizza example, JSON document
 * literals that allow {@code null}, the expected {@code _meta}, checks every answer must pass,
 * and data set up over HTTP as the {@code service} superuser.
 */
final class ReadFixtures {

    /** The service's application list. */
    static final String ROOT = "/slumber/pizzas/";
    /** The app {@code slumber_examples}. */
    static final String EX = ROOT + "slumber_examples/";
    /** The auth app {@code django.contrib.auth}. */
    static final String AUTH = ROOT + "django/contrib/auth/";
    /** The Content-Type of every JSON answer. */
    static final String JSON_TYPE = "application/json; charset=utf-8";
    static final String HAL_TYPE = "application/hal+json; charset=utf-8";

    private ReadFixtures() {
    }

    // ---- JSON literals ----

    /** An ordered JSON object from name, value pairs; values may be null. */
    static Map<String, Object> obj(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    /** A JSON array; items may be null. */
    static List<Object> list(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    /** {@code _meta} of an answer to the {@code service} user. */
    static Map<String, Object> meta(int status) {
        return obj("status", status, "message", reason(status), "username", "service");
    }

    /** A copy of {@code document} with the {@code _meta} of a 200 answer to {@code service}. */
    static Map<String, Object> ok(Map<String, Object> document) {
        Map<String, Object> copy = new LinkedHashMap<>(document);
        copy.put("_meta", meta(200));
        return copy;
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            default -> throw new IllegalArgumentException("no reason phrase known for " + status);
        };
    }

    // ---- URLs ----

    static String model(String name) {
        return EX + name + "/";
    }

    static String data(String modelName, Object pk) {
        return EX + modelName + "/data/" + pk + "/";
    }

    static String authModel(String name) {
        return AUTH + name + "/";
    }

    static String authData(String modelName, Object pk) {
        return AUTH + modelName + "/data/" + pk + "/";
    }

    /** The built-in instance operations (data, update, delete) of a {@code slumber_examples} model's instance. */
    static Map<String, Object> instanceOps(String modelName, Object pk) {
        return obj("data", data(modelName, pk), "update", EX + modelName + "/update/" + pk + "/",
                "delete", EX + modelName + "/delete/" + pk + "/");
    }

    /** The mounted data URL of a Shop. */
    static String shopData(Object pk) {
        return ROOT + "shop/" + pk + "/";
    }

    /** The value of a foreign key in instance data. */
    static Map<String, Object> ref(String modelUrl, String display, String dataUrl) {
        return obj("type", modelUrl, "display", display, "data", dataUrl);
    }

    /** A {@code kind: value} entry of instance data. */
    static Map<String, Object> value(Object data, String type) {
        return obj("data", data, "kind", "value", "type", type);
    }

    // ---- checks ----

    static String describe(WireClient.Answer answer) {
        return "answer " + answer.status() + " " + answer.headers() + " " + answer.text();
    }

    /** Asserts a 200 JSON answer and returns its body. */
    static Map<String, Object> body200(WireClient.Answer answer) {
        assertThat(answer.status()).as(describe(answer)).isEqualTo(200);
        assertThat(answer.header("Content-Type")).as(describe(answer)).isEqualTo(JSON_TYPE);
        assertThat(answer.json()).as(describe(answer)).isInstanceOf(Map.class);
        return answer.body();
    }

    /**
     * Asserts an error answer to {@code service}: this status, a JSON object holding exactly an
     * {@code "error"} string and {@code _meta} with the status, its reason and the username
     * (plus, optionally, the answer's headers).
     */
    static Map<String, Object> assertError(WireClient.Answer answer, int status) {
        assertThat(answer.status()).as(describe(answer)).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(describe(answer)).isEqualTo(JSON_TYPE);
        assertThat(answer.json()).as(describe(answer)).isInstanceOf(Map.class);
        Map<String, Object> body = answer.body();
        assertThat(body.keySet()).as(describe(answer)).containsExactlyInAnyOrder("error", "_meta");
        assertThat(body.get("error")).as(describe(answer)).isInstanceOf(String.class);
        assertThat((String) body.get("error")).as(describe(answer)).isNotBlank();
        assertThat(body.get("_meta")).as(describe(answer)).isInstanceOf(Map.class);
        Map<String, Object> meta = new LinkedHashMap<>(answer.meta());
        Object headers = meta.remove("headers");
        assertThat(meta).as(describe(answer)).isEqualTo(meta(status));
        if (headers != null) {
            assertThat(headers).as("_meta.headers of " + describe(answer)).isInstanceOf(Map.class);
            ((Map<?, ?>) headers).forEach((name, shown) -> assertThat(answer.header((String) name))
                    .as("_meta.headers lists %s, so the HTTP header holds the same: %s", name, describe(answer))
                    .isEqualTo(shown));
        }
        return body;
    }

    // ---- data over HTTP ----

    /** Creates an instance of a {@code slumber_examples} model and returns its pk. */
    static Object create(WireClient client, String modelName, String json) {
        WireClient.Answer answer = client.post(model(modelName) + "create/", json);
        assertThat(answer.status()).as("creating %s %s: %s", modelName, json, describe(answer)).isEqualTo(200);
        return answer.body().get("pk");
    }

    static int shop(WireClient client, String name, String slug) {
        return (Integer) create(client, "Shop", "{\"name\": \"" + name + "\", \"slug\": \"" + slug + "\"}");
    }

    static int pizza(WireClient client, String name, Integer exclusiveTo) {
        return (Integer) create(client, "Pizza", "{\"name\": \"" + name + "\", \"exclusive_to\": " + exclusiveTo + "}");
    }

    static int price(WireClient client, int pizza, String date) {
        return (Integer) create(client, "PizzaPrice", "{\"pizza\": " + pizza + ", \"date\": \"" + date + "\"}");
    }

    /** The pk of the one instance {@code get} finds, e.g. {@code AUTH + "User/"}, {@code "username=baker"}. */
    static int pkOf(WireClient client, String modelUrl, String query) {
        WireClient.Answer answer = client.get(modelUrl + "get/?" + query);
        Map<String, Object> body = body200(answer);
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) body.get("fields");
        @SuppressWarnings("unchecked")
        Map<String, Object> id = (Map<String, Object>) fields.get("id");
        return (Integer) id.get("data");
    }
}
