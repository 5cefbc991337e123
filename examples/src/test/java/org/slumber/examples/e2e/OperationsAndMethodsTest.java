package org.slumber.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.examples.e2e.ReadFixtures.AUTH;
import static org.slumber.examples.e2e.ReadFixtures.EX;
import static org.slumber.examples.e2e.ReadFixtures.JSON_TYPE;
import static org.slumber.examples.e2e.ReadFixtures.ROOT;
import static org.slumber.examples.e2e.ReadFixtures.assertError;
import static org.slumber.examples.e2e.ReadFixtures.body200;
import static org.slumber.examples.e2e.ReadFixtures.data;
import static org.slumber.examples.e2e.ReadFixtures.describe;
import static org.slumber.examples.e2e.ReadFixtures.list;
import static org.slumber.examples.e2e.ReadFixtures.model;
import static org.slumber.examples.e2e.ReadFixtures.obj;
import static org.slumber.examples.e2e.ReadFixtures.ok;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Custom operations, HTTP methods, redirects and content types")
class OperationsAndMethodsTest {

    private static ExampleServer server;
    private static WireClient client;
    private static int shop;
    private static int pizza;

    @BeforeAll
    static void start() {
        server = ExampleServer.start();
        client = server.client();
        shop = ReadFixtures.shop(client, "Home", "home");
        pizza = ReadFixtures.pizza(client, "Margherita", shop);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Fills {pizza} and {shop} into a path. */
    private static String path(String template) {
        return template.replace("{pizza}", String.valueOf(pizza)).replace("{shop}", String.valueOf(shop));
    }

    private static WireClient.Answer send(String method, String path) {
        boolean withBody = method.equals("POST") || method.equals("PUT");
        return client.send(method, path, withBody ? "{}" : null,
                withBody ? Map.of("Content-Type", "application/json") : Map.of());
    }

    @Nested
    @DisplayName("Custom operations")
    class Custom {

        private final Map<String, Object> shops = ok(obj("shops", list(obj("name", "Hard Coded Pizza Parlour"))));

        @Test
        @DisplayName("shops1, mounted at /slumber/shops/mount1/, answers GET with the hard-coded shop list")
        void mountedShopList() {
            assertThat(body200(client.get("/slumber/shops/mount1/"))).isEqualTo(shops);
        }

        @Test
        @DisplayName("shops1 is still served at its default URL Shop/shops1/")
        void mountedAlsoAtDefaultUrl() {
            assertThat(body200(client.get(model("Shop") + "shops1/"))).isEqualTo(shops);
        }

        @Test
        @DisplayName("shops-hal is still served at its default URL Shop/shops-hal/, with the same document")
        void halAlsoAtDefaultUrl() {
            Map<String, Object> mounted = body200(client.get("/slumber/shops/mount2/"));
            assertThat(body200(client.get(model("Shop") + "shops-hal/"))).isEqualTo(mounted);
        }

        @Test
        @DisplayName("order/<pk>/ answers GET with the form description")
        void orderForm() {
            assertThat(body200(client.get(EX + "Pizza/order/" + pizza + "/")))
                    .isEqualTo(ok(obj("form", obj("quantity", "integer"))));
        }

        @Test
        @DisplayName("order/<pk>/ answers POST with 501 and a JSON error")
        void orderNotImplemented() {
            assertError(send("POST", EX + "Pizza/order/" + pizza + "/"), 501);
        }

        @ParameterizedTest(name = "GET {0} gives 404")
        @ValueSource(strings = {"999999/", "abc/", ""})
        @DisplayName("order of a missing pizza (or of no pizza) is 404")
        void orderMissingPizza(String argument) {
            assertError(client.get(EX + "Pizza/order/" + argument), 404);
        }
    }

    @Nested
    @DisplayName("A method the resource does not implement")
    class MethodNotAllowed {

        @ParameterizedTest(name = "{0} {1} gives 405, Allow: {2}")
        @CsvSource(delimiter = '|', value = {
            "POST   | /slumber/pizzas/slumber_examples/Pizza/instances/          | GET, OPTIONS",
            "PUT    | /slumber/pizzas/slumber_examples/Pizza/instances/          | GET, OPTIONS",
            "DELETE | /slumber/pizzas/slumber_examples/Pizza/get/                | GET, OPTIONS",
            "PURGE  | /slumber/pizzas/slumber_examples/Pizza/data/{pizza}/       | GET, OPTIONS, PUT, DELETE",
            "POST   | /slumber/pizzas/slumber_examples/Pizza/data/{pizza}/       | GET, OPTIONS, PUT, DELETE",
            "PURGE  | /slumber/pizzas/slumber_examples/Pizza/data/999999/        | GET, OPTIONS, PUT, DELETE",
            "PATCH  | /slumber/pizzas/shop/{shop}/                               | GET, OPTIONS, PUT",
            "DELETE | /slumber/pizzas/shop/{shop}/                               | GET, OPTIONS, PUT",
            "GET    | /slumber/pizzas/slumber_examples/Pizza/create/             | OPTIONS, POST",
            "PUT    | /slumber/pizzas/slumber_examples/Pizza/create/             | OPTIONS, POST",
            "GET    | /slumber/pizzas/slumber_examples/Pizza/update/{pizza}/     | OPTIONS, POST",
            "GET    | /slumber/pizzas/slumber_examples/Pizza/delete/{pizza}/     | OPTIONS, POST",
            "PUT    | /slumber/pizzas/slumber_examples/Pizza/order/{pizza}/      | GET, OPTIONS, POST",
            "DELETE | /slumber/pizzas/slumber_examples/Pizza/order/{pizza}/      | GET, OPTIONS, POST",
            "POST   | /slumber/shops/mount1/                                     | GET, OPTIONS",
            "POST   | /slumber/shops/mount2/                                     | GET, OPTIONS",
            "GET    | /slumber/pizzas/django/contrib/auth/User/authenticate/     | OPTIONS, POST",
            "PUT    | /slumber/pizzas/slumber_examples/Pizza/                    | GET, OPTIONS",
            "DELETE | /slumber/pizzas/slumber_examples/Pizza/                    | GET, OPTIONS",
            "POST   | /slumber/pizzas/slumber_examples/Pizza/                    | GET, OPTIONS",
            "POST   | /slumber/pizzas/slumber_examples/                          | GET, OPTIONS",
            "DELETE | /slumber/pizzas/                                           | GET, OPTIONS",
            "PURGE  | /slumber/pizzas/                                           | GET, OPTIONS"
        })
        @DisplayName("gives 405 with Allow listing the implemented methods in the order GET, OPTIONS, POST, PUT, DELETE")
        void notAllowed(String method, String template, String allow) {
            WireClient.Answer answer = send(method, path(template));
            assertError(answer, 405);
            assertThat(answer.header("Allow")).as(describe(answer)).isEqualTo(allow);
        }

        @ParameterizedTest(name = "OPTIONS {0} gives 200, Allow: {1}")
        @CsvSource(delimiter = '|', value = {
            "/slumber/pizzas/slumber_examples/Pizza/instances/      | GET, OPTIONS",
            "/slumber/pizzas/slumber_examples/Pizza/data/{pizza}/   | GET, OPTIONS, PUT, DELETE",
            "/slumber/pizzas/shop/{shop}/                           | GET, OPTIONS, PUT",
            "/slumber/pizzas/slumber_examples/Pizza/create/         | OPTIONS, POST",
            "/slumber/pizzas/slumber_examples/Pizza/order/{pizza}/  | GET, OPTIONS, POST",
            "/slumber/shops/mount1/                                 | GET, OPTIONS",
            "/slumber/pizzas/slumber_examples/Pizza/                | GET, OPTIONS",
            "/slumber/pizzas/slumber_examples/                      | GET, OPTIONS",
            "/slumber/pizzas/                                       | GET, OPTIONS"
        })
        @DisplayName("OPTIONS gives 200 with the same Allow header")
        void options(String template, String allow) {
            WireClient.Answer answer = send("OPTIONS", path(template));
            assertThat(answer.status()).as(describe(answer)).isEqualTo(200);
            assertThat(answer.header("Allow")).as(describe(answer)).isEqualTo(allow);
            assertThat(answer.header("Content-Type")).isEqualTo(JSON_TYPE);
            assertThat(answer.meta().get("status")).isEqualTo(200);
        }

        @Test
        @DisplayName("a 404 for an unknown model or operation comes before the 405, also for OPTIONS")
        void notFoundFirst() {
            assertError(send("PURGE", EX + "Nope/"), 404);
            assertError(send("DELETE", EX + "Pizza/nope/"), 404);
            assertError(send("OPTIONS", EX + "Nope/"), 404);
            assertError(send("OPTIONS", EX + "Shop/delete/" + shop + "/"), 404);
        }

        @Test
        @DisplayName("a 301 for a missing slash comes before the 405")
        void redirectFirst() {
            for (String method : List.of("PURGE", "DELETE", "POST")) {
                WireClient.Answer answer = send(method, EX + "Pizza/instances");
                assertThat(answer.status()).as(describe(answer)).isEqualTo(301);
                assertThat(answer.header("Location")).isEqualTo(EX + "Pizza/instances/");
            }
        }
    }

    @Nested
    @DisplayName("A path without its trailing slash")
    class TrailingSlash {

        @ParameterizedTest(name = "GET {0} gives 301 to {1}")
        @CsvSource(delimiter = '|', value = {
            "/slumber/pizzas                                          | /slumber/pizzas/",
            "/slumber/pizzas/slumber_examples                         | /slumber/pizzas/slumber_examples/",
            "/slumber/pizzas/slumber_examples/Pizza                   | /slumber/pizzas/slumber_examples/Pizza/",
            "/slumber/pizzas/slumber_examples/Pizza/instances?start_after=5 | /slumber/pizzas/slumber_examples/Pizza/instances/?start_after=5",
            "/slumber/pizzas/slumber_examples/Pizza/get?name=Margherita&x=1 | /slumber/pizzas/slumber_examples/Pizza/get/?name=Margherita&x=1",
            "/slumber/pizzas/shop/7                                   | /slumber/pizzas/shop/7/",
            "/slumber/pizzas/slumber_examples/Nope                    | /slumber/pizzas/slumber_examples/Nope/"
        })
        @DisplayName("gets 301 to the path with / appended, the query kept, for an authenticated caller")
        void redirect(String from, String to) {
            WireClient.Answer answer = client.get(from);
            assertThat(answer.status()).as(describe(answer)).isEqualTo(301);
            assertThat(answer.header("Location")).isEqualTo(to);
            if (answer.text() != null && !answer.text().isEmpty()) {
                assertThat(answer.meta()).as("a JSON body carries _meta").containsEntry("status", 301);
            }
        }

        @Test
        @DisplayName("following the redirect gives the resource")
        void followRedirect() {
            String location = client.get(EX + "Pizza/get?name=Margherita").header("Location");
            assertThat(body200(client.get(location)).get("identity")).isEqualTo(data("Pizza", pizza));
        }
    }

    @Nested
    @DisplayName("An unknown model or operation")
    class Unknown {

        @ParameterizedTest(name = "GET {0} gives 404")
        @ValueSource(strings = {"slumber_examples/Nope/", "slumber_examples/pizza/", "slumber_examples/Pizza/nope/",
                "slumber_examples/Pizza/nope/1/", "slumber_examples/Pizza/instances/extra/",
                "slumber_examples/Pizza/data/{pizza}/prices/extra/", "slumber_examples/Shop/delete/{shop}/",
                "slumber_examples/Shop/delete/", "django/contrib/auth/User/password/",
                "slumber_ex_shop/NestedModel/order/1/", "shop/", "slumber_examples/Pizza/data/",
                "slumber_examples/Pizza/data/999999/prices/?start_after=abc"})
        @DisplayName("answers 404 JSON")
        void notFound(String template) {
            assertError(client.get(ROOT + path(template)), 404);
        }

        @Test
        @DisplayName("the removed Shop delete operation is 404 for POST too, and the shop is still there")
        void removedDelete() {
            assertError(send("POST", EX + "Shop/delete/" + shop + "/"), 404);
            assertThat(body200(client.get(data("Shop", shop))).get("display")).isEqualTo("Home");
        }
    }

    @Nested
    @DisplayName("HEAD")
    class Head {

        @ParameterizedTest(name = "HEAD {0}")
        @ValueSource(strings = {"/slumber/", "/slumber/pizzas/", "/slumber/pizzas/slumber_examples/Pizza/",
                "/slumber/pizzas/slumber_examples/Pizza/data/{pizza}/", "/slumber/pizzas/shop/{shop}/",
                "/slumber/pizzas/slumber_examples/Pizza/instances/", "/slumber/shops/mount1/"})
        @DisplayName("gives the status and headers of GET, and no body")
        void headLikeGet(String template) {
            String path = path(template);
            WireClient.Answer get = client.get(path);
            WireClient.Answer head = client.send("HEAD", path, null, Map.of());
            assertThat(head.status()).as(describe(head)).isEqualTo(get.status()).isEqualTo(200);
            assertThat(head.text()).isEmpty();
            assertThat(head.header("Content-Type")).isEqualTo(get.header("Content-Type")).isEqualTo(JSON_TYPE);
            assertThat(head.header("Content-Length")).isEqualTo(String.valueOf(get.text().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8).length));
        }

        @Test
        @DisplayName("of a missing instance gives 404 and no body")
        void headMissing() {
            WireClient.Answer head = client.send("HEAD", data("Pizza", 999999), null, Map.of());
            assertThat(head.status()).isEqualTo(404);
            assertThat(head.text()).isEmpty();
            assertThat(head.header("Content-Type")).isEqualTo(JSON_TYPE);
        }
    }

    @Nested
    @DisplayName("Content type")
    class ContentType {

        @ParameterizedTest(name = "GET {0}")
        @ValueSource(strings = {"/slumber/pizzas/", "/slumber/pizzas/slumber_examples/Pizza/data/{pizza}/",
                "/slumber/pizzas/slumber_examples/Pizza/data/999999/", "/slumber/pizzas/nope/",
                "/slumber/pizzas/slumber_examples/Pizza/instances/?start_after=abc"})
        @DisplayName("of JSON answers, errors included, is application/json; charset=utf-8")
        void json(String template) {
            WireClient.Answer answer = client.get(path(template));
            assertThat(answer.header("Content-Type")).as(describe(answer)).isEqualTo(JSON_TYPE);
            assertThat(answer.json()).isInstanceOf(Map.class);
        }

        @ParameterizedTest(name = "Accept: {0}")
        @ValueSource(strings = {"", "application/json", "text/plain", "*/*", "image/png", "application/*",
                "application/hal+json"})
        @DisplayName("is JSON, with the same body, whatever Accept asks for (other than HTML or XML)")
        void anyAccept(String accept) {
            String url = data("Pizza", pizza);
            Map<String, Object> expected = body200(client.get(url));
            Map<String, String> headers = new HashMap<>();
            if (!accept.isEmpty()) {
                headers.put("Accept", accept);
            }
            WireClient.Answer answer = client.send("GET", url, null, headers);
            assertThat(body200(answer)).isEqualTo(expected);
            WireClient.Answer error = client.send("GET", data("Pizza", 999999), null, headers);
            assertError(error, 404);
        }

        @Test
        @DisplayName("UTF-8 text survives the round trip")
        void utf8() {
            Object crust = ReadFixtures.create(client, "PizzaCrust",
                    "{\"code\": \"ufo\", \"full_name\": \"Cr\u00eape \u00e0 la \u20ac \u2615\"}");
            assertThat(crust).isEqualTo("ufo");
            WireClient.Answer answer = client.get(data("PizzaCrust", "ufo"));
            assertThat(body200(answer).get("display")).isEqualTo("Cr\u00eape \u00e0 la \u20ac \u2615");
            assertThat(List.of(answer.header("Content-Type"))).containsExactly(JSON_TYPE);
        }
    }
}
