package org.slumber.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.examples.e2e.WriteFixtures.PROFILE;
import static org.slumber.examples.e2e.WriteFixtures.USER;
import static org.slumber.examples.e2e.WriteFixtures.assertError;
import static org.slumber.examples.e2e.WriteFixtures.field;
import static org.slumber.examples.e2e.WriteFixtures.json;
import static org.slumber.examples.e2e.WriteFixtures.link;
import static org.slumber.examples.e2e.WriteFixtures.pk;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Operations on the User model")
class UserOperationsTest {

    private static final String ADD_PIZZA = "slumber_examples.add_pizza";
    private static final String CHANGE_PIZZA = "slumber_examples.change_pizza";
    private static final String DELETE_PIZZA = "slumber_examples.delete_pizza";
    private static final String ADD_PRICE = "slumber_examples.add_pizzaprice";
    private static final String MISSING = "987654";

    private static ExampleServer server;
    private static WireClient service;
    private static long userPk;
    private static long bakerPk;
    private static long servicePk;
    private static long retiredPk;

    @BeforeAll
    static void start() {
        server = ExampleServer.start();
        service = server.client();
        // retired holds a permission, yet an inactive user is allowed nothing
        server.slumber().accounts().grant("retired", ADD_PIZZA);
        userPk = userKey("user");
        bakerPk = userKey("baker");
        servicePk = userKey("service");
        retiredPk = userKey("retired");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long userKey(String username) {
        WireClient.Answer answer = service.get(USER + "get/?username=" + username);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return ((Number) field(answer, "id")).longValue();
    }

    private static WireClient.Answer authenticate(String body) {
        return service.post(USER + "authenticate/", body);
    }

    private static Object ok(WireClient.Answer answer, String key) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.body()).as(answer.text()).containsKey(key);
        return answer.body().get(key);
    }

    private static Object hasPermission(long user, String permission) {
        return ok(service.get(USER + "has-permission/" + user + "/" + permission + "/"), "is-allowed");
    }

    private static Object modulePerms(long user, String label) {
        return ok(service.get(USER + "module-permissions/" + user + "/" + label + "/"), "has_module_perms");
    }

    @Nested
    @DisplayName("authenticate")
    class Authenticate {

        @Test
        @DisplayName("with the right password answers authenticated true and the user's pk, display name and URL")
        void right_password() {
            WireClient.Answer answer = authenticate(json("username", "user", "password", "pass"));

            assertThat(ok(answer, "authenticated")).isEqualTo(true);
            String url = USER + "data/" + userPk + "/";
            assertThat(answer.body().get("user")).isEqualTo(Map.of("pk", (int) userPk, "display_name", "user",
                    "url", url));
            assertThat(answer.text()).doesNotContain("pbkdf2").doesNotContain("\"password\"");
            WireClient.Answer read = service.get(url);
            assertThat(read.status()).isEqualTo(200);
            assertThat(field(read, "username")).isEqualTo("user");
            assertThat(((Map<?, ?>) read.body().get("fields")).containsKey("password")).as("never returned").isFalse();
            assertThat(read.text()).doesNotContain("pbkdf2");
        }

        @Test
        @DisplayName("with a wrong password, an unknown, inactive or password-less user answers authenticated false")
        void refused() {
            for (String body : List.of(json("username", "user", "password", "wrong"),
                    json("username", "nobody", "password", "pass"),
                    json("username", "retired", "password", "retired"),
                    json("username", "service", "password", ""))) {
                WireClient.Answer answer = authenticate(body);
                assertThat(ok(answer, "authenticated")).as(body).isEqualTo(false);
                assertThat(answer.body()).as(body).containsEntry("user", null);
            }
        }

        @Test
        @DisplayName("without a username or a password answers 400")
        void missing_fields() {
            assertError(authenticate(json("username", "user")), 400);
            assertError(authenticate(json("password", "pass")), 400);
            assertError(authenticate("{}"), 400);
        }

        @Test
        @DisplayName("from an anonymous caller answers 401, so passwords cannot be tested")
        void anonymous() {
            WireClient.Answer answer = server.anonymous().post(USER + "authenticate/",
                    json("username", "user", "password", "pass"));
            assertError(answer, 401);
            assertThat(answer.body()).doesNotContainKey("authenticated");
        }
    }

    @Nested
    @DisplayName("do-i-have-perm")
    class DoIHavePerm {

        @SuppressWarnings("unchecked")
        private Map<String, Object> asked(String user, String pathAndQuery) {
            return (Map<String, Object>) ok(server.clientAs(user).get(USER + "do-i-have-perm/" + pathAndQuery),
                    "permissions");
        }

        @Test
        @DisplayName("answers for a permission in the path, for the calling user")
        void in_path() {
            assertThat(asked("baker", ADD_PIZZA + "/")).isEqualTo(Map.of(ADD_PIZZA, true));
            assertThat(asked("user", ADD_PIZZA + "/")).isEqualTo(Map.of(ADD_PIZZA, false));
        }

        @Test
        @DisplayName("answers for each ?q= permission, and for path and query together")
        void in_query() {
            assertThat(asked("baker", "?q=" + ADD_PRICE + "&q=" + DELETE_PIZZA))
                    .isEqualTo(Map.of(ADD_PRICE, true, DELETE_PIZZA, false));
            assertThat(asked("user", "?q=" + ADD_PRICE + "&q=" + DELETE_PIZZA))
                    .isEqualTo(Map.of(ADD_PRICE, false, DELETE_PIZZA, false));
            assertThat(asked("baker", CHANGE_PIZZA + "/?q=" + DELETE_PIZZA))
                    .isEqualTo(Map.of(CHANGE_PIZZA, true, DELETE_PIZZA, false));
            assertThat(asked("service", "?q=" + DELETE_PIZZA)).isEqualTo(Map.of(DELETE_PIZZA, true));
        }

        @Test
        @DisplayName("answers an empty object when no permission is asked")
        void none_asked() {
            assertThat(asked("baker", "")).isEmpty();
            assertThat(ok(service.get(USER + "do-i-have-perm/"), "permissions")).isEqualTo(Map.of());
        }
    }

    @Nested
    @DisplayName("has-permission")
    class HasPermission {

        @Test
        @DisplayName("is true for baker's direct and group permissions and false for others")
        void baker() {
            assertThat(hasPermission(bakerPk, ADD_PIZZA)).isEqualTo(true);
            assertThat(hasPermission(bakerPk, ADD_PRICE)).isEqualTo(true);
            assertThat(hasPermission(bakerPk, DELETE_PIZZA)).isEqualTo(false);
            assertThat(hasPermission(userPk, ADD_PIZZA)).isEqualTo(false);
        }

        @Test
        @DisplayName("is true for the active superuser service")
        void superuser() {
            assertThat(hasPermission(servicePk, DELETE_PIZZA)).isEqualTo(true);
            assertThat(hasPermission(servicePk, ADD_PRICE)).isEqualTo(true);
        }

        @Test
        @DisplayName("is false for the inactive retired, even for a permission granted to them")
        void inactive() {
            assertThat(hasPermission(retiredPk, ADD_PIZZA)).isEqualTo(false);
        }

        @Test
        @DisplayName("answers 404 for a user that does not exist")
        void unknown_user() {
            assertError(service.get(USER + "has-permission/" + MISSING + "/" + ADD_PIZZA + "/"), 404);
            assertError(service.get(USER + "has-permission/abc/" + ADD_PIZZA + "/"), 404);
        }
    }

    @Nested
    @DisplayName("get-permissions")
    class GetPermissions {

        @Test
        @DisplayName("lists baker's group permissions and all permissions, sorted")
        void baker() {
            WireClient.Answer answer = service.get(USER + "get-permissions/" + bakerPk + "/");
            assertThat(ok(answer, "group_permissions")).isEqualTo(List.of(ADD_PRICE));
            assertThat(answer.body().get("all_permissions")).isEqualTo(List.of(ADD_PIZZA, ADD_PRICE, CHANGE_PIZZA));
        }

        @Test
        @DisplayName("lists nothing for user, who holds no permission")
        void user() {
            WireClient.Answer answer = service.get(USER + "get-permissions/" + userPk + "/");
            assertThat(ok(answer, "group_permissions")).isEqualTo(List.of());
            assertThat(answer.body().get("all_permissions")).isEqualTo(List.of());
        }

        @Test
        @DisplayName("answers 404 for a user that does not exist")
        void unknown_user() {
            assertError(service.get(USER + "get-permissions/" + MISSING + "/"), 404);
        }
    }

    @Nested
    @DisplayName("module-permissions")
    class ModulePermissions {

        @Test
        @DisplayName("is true when the user has any permission of the app label")
        void by_label() {
            assertThat(modulePerms(bakerPk, "slumber_examples")).isEqualTo(true);
            assertThat(modulePerms(bakerPk, "auth")).isEqualTo(false);
            assertThat(modulePerms(userPk, "slumber_examples")).isEqualTo(false);
        }

        @Test
        @DisplayName("is true for the active superuser and false for the inactive user")
        void superuser_and_inactive() {
            assertThat(modulePerms(servicePk, "slumber_examples")).isEqualTo(true);
            assertThat(modulePerms(retiredPk, "slumber_examples")).isEqualTo(false);
        }

        @Test
        @DisplayName("answers 404 for a user that does not exist")
        void unknown_user() {
            assertError(service.get(USER + "module-permissions/" + MISSING + "/slumber_examples/"), 404);
        }
    }

    @Nested
    @DisplayName("get-profile")
    class GetProfile {

        @Test
        @DisplayName("answers 404 until the user has a profile, then the profile's instance data")
        void baker_profile() {
            String url = USER + "get-profile/" + bakerPk + "/";
            assertError(service.get(url), 404);

            WireClient.Answer created = service.post(PROFILE + "create/", json("user", bakerPk));
            assertThat(created.status()).as(created.text()).isEqualTo(200);
            long profile = pk(created);

            WireClient.Answer answer = service.get(url);
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            assertThat(answer.body().get("type")).isEqualTo(PROFILE);
            assertThat(answer.body().get("identity")).isEqualTo(PROFILE + "data/" + profile + "/");
            assertThat(link(answer, "user")).isEqualTo(USER + "data/" + bakerPk + "/");
            assertThat(answer.meta().get("status")).isEqualTo(200);
        }

        @Test
        @DisplayName("answers 404 for a user without a profile and for a user that does not exist")
        void none() {
            assertError(service.get(USER + "get-profile/" + userPk + "/"), 404);
            assertError(service.get(USER + "get-profile/" + MISSING + "/"), 404);
        }
    }
}
