package org.slumber.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.examples.e2e.ReadFixtures.AUTH;
import static org.slumber.examples.e2e.ReadFixtures.EX;
import static org.slumber.examples.e2e.ReadFixtures.JSON_TYPE;
import static org.slumber.examples.e2e.ReadFixtures.ROOT;
import static org.slumber.examples.e2e.ReadFixtures.assertError;
import static org.slumber.examples.e2e.ReadFixtures.body200;
import static org.slumber.examples.e2e.ReadFixtures.describe;
import static org.slumber.examples.e2e.ReadFixtures.obj;
import static org.slumber.examples.e2e.ReadFixtures.ok;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The service directory, the application list and the app documents")
class DirectoryAndAppsTest {

    private static ExampleServer server;
    private static WireClient client;

    @BeforeAll
    static void start() {
        server = ExampleServer.start();
        client = server.client();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Map<String, Object> services() {
        return obj("pizzas", "http://localhost:" + server.port() + "/slumber/pizzas/");
    }

    @Nested
    @DisplayName("The service directory /slumber/")
    class ServiceDirectory {

        @Test
        @DisplayName("answers an anonymous GET with the services map and a _meta without username")
        void anonymous() {
            WireClient.Answer answer = server.anonymous().get("/slumber/");
            assertThat(answer.status()).as(describe(answer)).isEqualTo(200);
            assertThat(answer.header("Content-Type")).isEqualTo(JSON_TYPE);
            assertThat(answer.body()).isEqualTo(obj(
                    "services", services(),
                    "_meta", obj("status", 200, "message", "OK")));
        }

        @Test
        @DisplayName("answers a signed GET with the same services map and the caller's username")
        void signed() {
            assertThat(body200(client.get("/slumber/"))).isEqualTo(ok(obj("services", services())));
        }

        @Test
        @DisplayName("redirects an anonymous GET of /slumber to /slumber/ with 301")
        void anonymousRedirect() {
            WireClient.Answer answer = server.anonymous().get("/slumber");
            assertThat(answer.status()).as(describe(answer)).isEqualTo(301);
            assertThat(answer.header("Location")).isEqualTo("/slumber/");
        }

        @Test
        @DisplayName("redirects a signed GET of /slumber to /slumber/ with 301, keeping the query")
        void signedRedirectKeepsQuery() {
            WireClient.Answer answer = client.get("/slumber?x=1");
            assertThat(answer.status()).as(describe(answer)).isEqualTo(301);
            assertThat(answer.header("Location")).isEqualTo("/slumber/?x=1");
        }

        @ParameterizedTest(name = "{0} /slumber/ gives 405 with Allow: GET, OPTIONS")
        @ValueSource(strings = {"POST", "PUT", "DELETE", "PURGE"})
        @DisplayName("refuses methods other than GET and OPTIONS")
        void otherMethods(String method) {
            WireClient.Answer answer = client.send(method, "/slumber/", method.equals("POST") || method.equals("PUT")
                    ? "{}" : null, Map.of("Content-Type", "application/json"));
            assertError(answer, 405);
            assertThat(answer.header("Allow")).isEqualTo("GET, OPTIONS");
        }
    }

    @Nested
    @DisplayName("The application list /slumber/pizzas/")
    class ApplicationList {

        @Test
        @DisplayName("lists every app with its URL, the app configuration, the services map and _meta")
        void fullDocument() {
            assertThat(body200(client.get(ROOT))).isEqualTo(ok(obj(
                    "apps", obj(
                            "django.contrib.auth", AUTH,
                            "slumber_examples", EX,
                            "slumber_examples.nested1", EX + "nested1/",
                            "slumber_examples.nested1.nested2", EX + "nested1/nested2/",
                            "slumber_examples.no_models", EX + "no_models/",
                            "slumber_ex_shop", ROOT + "slumber_ex_shop/"),
                    "configuration", obj("slumber_examples", obj("test", true)),
                    "services", services())));
        }

        @ParameterizedTest(name = "?model={0} redirects to {1}")
        @CsvSource({
            "slumber_examples.Pizza, /slumber/pizzas/slumber_examples/Pizza/",
            "slumber_examples.PizzaCrust, /slumber/pizzas/slumber_examples/PizzaCrust/",
            "auth.User, /slumber/pizzas/django/contrib/auth/User/",
            "contrib.auth.User, /slumber/pizzas/django/contrib/auth/User/",
            "django.contrib.auth.User, /slumber/pizzas/django/contrib/auth/User/",
            "auth.Group, /slumber/pizzas/django/contrib/auth/Group/",
            "slumber_ex_shop.NestedModel, /slumber/pizzas/slumber_ex_shop/NestedModel/"
        })
        @DisplayName("redirects ?model=<app label or name suffix>.<Model> with 302 to the model's URL")
        void modelRedirect(String wanted, String location) {
            WireClient.Answer answer = client.get(ROOT + "?model=" + wanted);
            assertThat(answer.status()).as(describe(answer)).isEqualTo(302);
            assertThat(answer.header("Location")).isEqualTo(location);
            if (!answer.text().isEmpty()) {
                assertThat(answer.meta()).as("a JSON body carries _meta").containsEntry("status", 302);
            }
        }

        @Test
        @DisplayName("the model URL a ?model= redirect names answers that model's metadata")
        void redirectTargetWorks() {
            String location = client.get(ROOT + "?model=auth.User").header("Location");
            Map<String, Object> metadata = body200(client.get(location));
            assertThat(metadata.get("name")).isEqualTo("User");
            assertThat(metadata.get("module")).isEqualTo("django.contrib.auth");
        }

        @ParameterizedTest(name = "?model={0} gives 404")
        @ValueSource(strings = {"nope.Nope", "slumber_examples.Nope", "nope.Pizza", "Pizza",
                "slumber_examples.nested1.Pizza", "ples.Pizza"})
        @DisplayName("answers 404 JSON for a ?model= that matches no model")
        void unknownModel(String wanted) {
            assertError(client.get(ROOT + "?model=" + wanted), 404);
        }
    }

    @Nested
    @DisplayName("An app document")
    class AppDocuments {

        @Test
        @DisplayName("of slumber_examples lists all seven models with their URLs")
        void slumberExamples() {
            assertThat(body200(client.get(EX))).isEqualTo(ok(obj("models", obj(
                    "Shop", EX + "Shop/",
                    "Pizza", EX + "Pizza/",
                    "PizzaPrice", EX + "PizzaPrice/",
                    "PizzaSizePrice", EX + "PizzaSizePrice/",
                    "Profile", EX + "Profile/",
                    "Order", EX + "Order/",
                    "PizzaCrust", EX + "PizzaCrust/"))));
        }

        @ParameterizedTest(name = "{0} has an empty models object")
        @ValueSource(strings = {"slumber_examples/nested1/", "slumber_examples/nested1/nested2/",
                "slumber_examples/no_models/"})
        @DisplayName("of an app without models is an empty models object")
        void noModels(String appPath) {
            assertThat(body200(client.get(ROOT + appPath))).isEqualTo(ok(obj("models", obj())));
        }

        @Test
        @DisplayName("of slumber_ex_shop lists NestedModel")
        void exShop() {
            assertThat(body200(client.get(ROOT + "slumber_ex_shop/")))
                    .isEqualTo(ok(obj("models", obj("NestedModel", ROOT + "slumber_ex_shop/NestedModel/"))));
        }

        @Test
        @DisplayName("of the auth app lists User, Group and Permission")
        void auth() {
            assertThat(body200(client.get(AUTH))).isEqualTo(ok(obj("models", obj(
                    "User", AUTH + "User/",
                    "Group", AUTH + "Group/",
                    "Permission", AUTH + "Permission/"))));
        }

        @Test
        @DisplayName("is served at every app URL the application list gives, and every model URL it lists works")
        void everyListedAppAnswers() {
            @SuppressWarnings("unchecked")
            Map<String, Object> apps = (Map<String, Object>) body200(client.get(ROOT)).get("apps");
            apps.forEach((name, url) -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> models = (Map<String, Object>) body200(client.get((String) url)).get("models");
                assertThat(models).as("models of %s", name).isNotNull();
                models.forEach((modelName, modelUrl) -> {
                    Map<String, Object> metadata = body200(client.get((String) modelUrl));
                    assertThat(metadata.get("name")).as("%s", modelUrl).isEqualTo(modelName);
                    assertThat(metadata.get("module")).as("%s", modelUrl).isEqualTo(name);
                });
            });
        }

        @Test
        @DisplayName("does not lend a model to a nested app: slumber_examples/nested1/Pizza/ is 404")
        void modelOnlyInItsApp() {
            assertError(client.get(EX + "nested1/Pizza/"), 404);
            assertError(client.get(EX + "nested1/nested2/Shop/"), 404);
        }
    }

    @Nested
    @DisplayName("An unknown service or app")
    class Unknown {

        @ParameterizedTest(name = "GET {0} gives 404 JSON")
        @ValueSource(strings = {"/slumber/nope/", "/slumber/takeaway/slumber_examples/", "/slumber/pizzas/nope/",
                "/slumber/pizzas/django/", "/slumber/pizzas/django/contrib/", "/slumber/pizzas/slumber_examples/nested3/",
                "/slumber/pizzas/slumber_ex_shop/nested1/"})
        @DisplayName("answers 404 with an error")
        void notFound(String path) {
            assertError(client.get(path), 404);
        }

        @Test
        @DisplayName("answers 404, not 405, to a method no resource there would take")
        void notFoundBeforeMethod() {
            assertError(client.send("PURGE", "/slumber/nope/", null, Map.of()), 404);
            assertError(client.delete("/slumber/pizzas/nope/"), 404);
        }
    }
}
