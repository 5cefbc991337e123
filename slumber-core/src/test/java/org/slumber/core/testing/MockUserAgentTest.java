package org.slumber.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slumber.core.client.RemoteException;
import org.slumber.core.client.RemoteInstance;
import org.slumber.core.client.RemoteModel;
import org.slumber.core.client.SlumberClient;

@DisplayName("MockUserAgent")
class MockUserAgentTest {

    private static final String SERVICE = "http://host/slumber/pizzas/";
    private static final String PIZZA = SERVICE + "slumber_examples/Pizza/";
    private static final String METADATA = """
            {"name": "Pizza", "module": "slumber_examples",
             "operations": {"instances": "/slumber/pizzas/slumber_examples/Pizza/instances/",
                            "create": "/slumber/pizzas/slumber_examples/Pizza/create/",
                            "get": "/slumber/pizzas/slumber_examples/Pizza/get/"}}""";

    private final MockUserAgent mock = new MockUserAgent();
    private final SlumberClient client = SlumberClient.builder().services(Map.of("pizzas", SERVICE))
            .transport(mock).unsigned().build();

    @AfterEach
    void closeClient() {
        client.close();
    }

    private static String pizza(int id, String name) {
        return "{\"type\": \"/slumber/pizzas/slumber_examples/Pizza/\","
                + " \"identity\": \"/slumber/pizzas/slumber_examples/Pizza/data/" + id + "/\","
                + " \"display\": \"" + name + "\","
                + " \"operations\": {\"update\": \"/slumber/pizzas/slumber_examples/Pizza/update/" + id + "/\"},"
                + " \"fields\": {\"id\": {\"data\": " + id + ", \"kind\": \"value\", \"type\": \"java.lang.Long\"},"
                + " \"name\": {\"data\": \"" + name + "\", \"kind\": \"value\", \"type\": \"java.lang.String\"}}}";
    }

    private RemoteModel pizzas() {
        return client.modelAt(PIZZA);
    }

    @Nested
    @DisplayName("answers requests that match its expectations in order")
    class Matching {

        @Test
        @DisplayName("serves the client's navigation from the declared answers")
        void navigation() {
            mock.expect("GET", SERVICE).respond(Map.of("apps", Map.of("slumber_examples",
                            "/slumber/pizzas/slumber_examples/")))
                    .expect("GET", SERVICE + "slumber_examples/").respond(Map.of("models", Map.of("Pizza",
                            "/slumber/pizzas/slumber_examples/Pizza/")));

            assertThat(client.service("pizzas").app("slumber_examples").models()).containsExactly("Pizza");
            mock.verify();
        }

        @Test
        @DisplayName("matches the query parameters of a URL in any order")
        void queryOrder() {
            mock.expect("GET", PIZZA).respond(METADATA)
                    .expect("GET", PIZZA + "get/?for_sale=true&name=Quattro%20Stagioni").respond(pizza(4, "Quattro"));
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("name", "Quattro Stagioni");
            query.put("for_sale", true);

            RemoteInstance found = pizzas().get(query);

            assertThat(found.integer("id")).isEqualTo(4);
            assertThat(mock.requests()).extracting(MockUserAgent.Request::url)
                    .containsExactly(PIZZA, PIZZA + "get/?name=Quattro+Stagioni&for_sale=true");
        }

        @Test
        @DisplayName("records each request with its method, URL, headers and body")
        void recordsRequests() {
            mock.expect("POST", PIZZA + "create/").respond(pizza(7, "S7"));

            client.userAgent().post(PIZZA + "create/", Map.of("name", "S7"));

            assertThat(mock.requests()).singleElement().satisfies(request -> {
                assertThat(request.method()).isEqualTo("POST");
                assertThat(request.url()).isEqualTo(PIZZA + "create/");
                assertThat(request.body()).isEqualTo("{\"name\":\"S7\"}");
                assertThat(request.headers().first("Content-Type")).isEqualTo("application/json");
            });
        }
    }

    @Nested
    @DisplayName("compares bodies as parsed JSON")
    class Bodies {

        @Test
        @DisplayName("accepts a body whose keys come in another order, with other spacing")
        void keyOrderAndSpacing() {
            mock.expect("GET", PIZZA).respond(METADATA)
                    .expect("POST", PIZZA + "create/", "{ \"for_sale\" : true,\n \"name\": \"S1\" }")
                    .respond(200, pizza(1, "S1"));
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("name", "S1");
            fields.put("for_sale", true);

            RemoteInstance created = pizzas().create(fields);

            assertThat(created.string("name")).isEqualTo("S1");
            mock.verify();
        }

        @Test
        @DisplayName("takes numbers by value, so 2 matches 2.0")
        void numbersByValue() {
            mock.expect("POST", PIZZA + "create/", "{\"max_extra_toppings\": 2.0}").respond("{}");

            assertThatCode(() -> client.userAgent().post(PIZZA + "create/", Map.of("max_extra_toppings", 2)))
                    .doesNotThrowAnyException();
        }

        @Test
        @DisplayName("accepts the expected body given as a map")
        void mapBody() {
            mock.expect("POST", PIZZA + "create/", Map.of("name", "S1", "for_sale", false)).respond("{}");

            client.userAgent().post(PIZZA + "create/", Map.of("for_sale", false, "name", "S1"));

            mock.verify();
        }

        @Test
        @DisplayName("refuses a body with another value, showing both bodies")
        void differentValue() {
            mock.expect("POST", PIZZA + "create/", "{\"name\": \"S1\"}").respond("{}");

            assertThatThrownBy(() -> client.userAgent().post(PIZZA + "create/", Map.of("name", "S2")))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("differs in body")
                    .hasMessageContaining("expected: POST " + PIZZA + "create/ with body {\"name\":\"S1\"}")
                    .hasMessageContaining("actual:   POST " + PIZZA + "create/ with body {\"name\":\"S2\"}");
        }

        @Test
        @DisplayName("refuses a request without a body when a body is expected")
        void missingBody() {
            mock.expect("DELETE", PIZZA + "data/1/", "{}").respond("{}");

            assertThatThrownBy(() -> client.userAgent().delete(PIZZA + "data/1/"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("actual:   DELETE " + PIZZA + "data/1/ without a body");
        }

        @Test
        @DisplayName("lets an expectation without a body accept any body")
        void anyBody() {
            mock.expect("POST", PIZZA + "update/1/").respond(Map.of("self", Map.of("url", "/x/")));

            assertThat(client.userAgent().post(PIZZA + "update/1/", Map.of("name", "anything")))
                    .containsEntry("self", Map.of("url", "/x/"));
        }
    }

    @Nested
    @DisplayName("fails on an unexpected request")
    class Unexpected {

        @Test
        @DisplayName("with a message that shows the expected and the actual request")
        void showsBoth() {
            mock.expect("GET", PIZZA + "data/1/").respond(pizza(1, "S1"));

            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> client.userAgent().get(PIZZA + "data/2/"));

            assertThat(error.getMessage()).contains(
                    "request #1 does not match expectation #1 (it differs in URL)",
                    "expected: GET " + PIZZA + "data/1/ (any body)",
                    "actual:   GET " + PIZZA + "data/2/ without a body");
        }

        @Test
        @DisplayName("names the method when only the method differs")
        void otherMethod() {
            mock.expect("GET", PIZZA + "delete/1/").respond("{}");

            assertThatThrownBy(() -> client.userAgent().post(PIZZA + "delete/1/", Map.of()))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("differs in method")
                    .hasMessageContaining("expected: GET " + PIZZA + "delete/1/")
                    .hasMessageContaining("actual:   POST " + PIZZA + "delete/1/");
        }

        @Test
        @DisplayName("when every expectation has been used")
        void noneLeft() {
            mock.expect("GET", PIZZA + "data/1/").respond(pizza(1, "S1"));
            client.userAgent().get(PIZZA + "data/1/");

            assertThatThrownBy(() -> client.userAgent().get(PIZZA + "data/1/"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("unexpected request #2; all 1 expectations were used")
                    .hasMessageContaining("expected: no more requests")
                    .hasMessageContaining("actual:   GET " + PIZZA + "data/1/");
        }

        @Test
        @DisplayName("keeps the expectation for the next request")
        void keepsExpectation() {
            mock.expect("GET", PIZZA + "data/1/").respond(pizza(1, "S1"));
            assertThatThrownBy(() -> client.userAgent().get(PIZZA + "data/9/")).isInstanceOf(AssertionError.class);

            assertThat(client.userAgent().get(PIZZA + "data/1/")).containsEntry("display", "S1");
        }

        @Test
        @DisplayName("and verify reports it even when the code under test swallowed the error")
        void verifyReportsMismatch() {
            mock.expect("GET", PIZZA + "data/1/").respond(pizza(1, "S1"));
            try {
                client.userAgent().get(PIZZA + "data/2/");
            } catch (AssertionError swallowed) {
                // code under test that catches everything
            }
            client.userAgent().get(PIZZA + "data/1/");

            assertThatThrownBy(mock::verify)
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("1 request was not expected")
                    .hasMessageContaining("actual:   GET " + PIZZA + "data/2/");
        }
    }

    @Nested
    @DisplayName("verify()")
    class Verify {

        @Test
        @DisplayName("passes when every expectation was used")
        void passes() {
            mock.expect("GET", PIZZA + "data/1/").respond(pizza(1, "S1"));
            client.userAgent().get(PIZZA + "data/1/");

            assertThatCode(mock::verify).doesNotThrowAnyException();
        }

        @Test
        @DisplayName("lists the expectations left unused")
        void listsUnused() {
            mock.expect("GET", PIZZA + "data/1/").respond(pizza(1, "S1"))
                    .expect("POST", PIZZA + "update/1/", "{\"name\": \"S9\"}").respond("{}")
                    .expect("POST", PIZZA + "delete/1/").respond("{}");
            client.userAgent().get(PIZZA + "data/1/");

            assertThatThrownBy(mock::verify)
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("2 expectations were not used (1 of 3 were)")
                    .hasMessageContaining("#2 POST " + PIZZA + "update/1/ with body {\"name\":\"S9\"}")
                    .hasMessageContaining("#3 POST " + PIZZA + "delete/1/ (any body)")
                    .hasMessageNotContaining("#1 GET");
        }
    }

    @Nested
    @DisplayName("answers error statuses, which the client turns into RemoteException")
    class Errors {

        @Test
        @DisplayName("carrying the method, URL, status and error text")
        void notFound() {
            mock.expect("GET", PIZZA).respond(METADATA)
                    .expect("GET", PIZZA + "get/?pk=9").respond(404, Map.of("error", "Pizza has no instance 9"));

            RemoteException error = catchThrowableOfType(RemoteException.class, () -> pizzas().get(Map.of("pk", 9)));

            assertThat(error.status()).isEqualTo(404);
            assertThat(error.error()).isEqualTo("Pizza has no instance 9");
            assertThat(error.method()).isEqualTo("GET");
            assertThat(error.url()).isEqualTo(PIZZA + "get/?pk=9");
        }

        @Test
        @DisplayName("for a write, given as JSON text")
        void conflict() {
            mock.expect("GET", PIZZA).respond(METADATA)
                    .expect("POST", PIZZA + "create/", "{\"name\": \"S1\"}")
                    .respond(409, "{\"error\": \"Another Pizza has the same name\"}");

            assertThatThrownBy(() -> pizzas().create(Map.of("name", "S1")))
                    .isInstanceOfSatisfying(RemoteException.class, e -> {
                        assertThat(e.status()).isEqualTo(409);
                        assertThat(e.error()).isEqualTo("Another Pizza has the same name");
                        assertThat(e.method()).isEqualTo("POST");
                    });
        }

        @Test
        @DisplayName("and a GET answered 5xx is retried, so it is declared four times")
        void serverErrorRetried() {
            for (int i = 0; i < 4; i++) {
                mock.expect("GET", PIZZA + "data/1/").respond(503, Map.of("error", "down"));
            }

            assertThatThrownBy(() -> client.userAgent().get(PIZZA + "data/1/"))
                    .isInstanceOfSatisfying(RemoteException.class, e -> assertThat(e.status()).isEqualTo(503));
            assertThat(mock.requests()).hasSize(4);
            mock.verify();
        }
    }

    @Nested
    @DisplayName("checks its declarations")
    class Declarations {

        @Test
        @DisplayName("refuses a relative URL")
        void relativeUrl() {
            assertThatThrownBy(() -> mock.expect("GET", "/slumber/pizzas/"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("absolute URL").hasMessageContaining("/slumber/pizzas/");
        }

        @Test
        @DisplayName("refuses an expected body or an answer that is not JSON")
        void notJson() {
            assertThatThrownBy(() -> mock.expect("POST", PIZZA, "{name: S1}"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not JSON");
            assertThatThrownBy(() -> mock.expect("GET", PIZZA).respond("<html>"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not JSON");
        }

        @Test
        @DisplayName("refuses a new expectation while the previous one has no answer")
        void unanswered() {
            mock.expect("GET", PIZZA);

            assertThatThrownBy(() -> mock.expect("GET", SERVICE))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("GET " + PIZZA + " (any body) has no answer yet");
        }

        @Test
        @DisplayName("refuses a status that is not an HTTP status")
        void badStatus() {
            assertThatThrownBy(() -> mock.expect("GET", PIZZA).respond(42, "{}"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 42");
        }

        @Test
        @DisplayName("refuses requests once closed")
        void closed() {
            mock.close();

            assertThatThrownBy(() -> client.userAgent().get(PIZZA)).isInstanceOf(RemoteException.class)
                    .hasMessageContaining(PIZZA).hasCauseInstanceOf(IllegalStateException.class);
            assertThat(List.copyOf(mock.requests())).isEmpty();
        }
    }
}
