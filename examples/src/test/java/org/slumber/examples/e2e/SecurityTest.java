package org.slumber.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.examples.e2e.WriteFixtures.APP;
import static org.slumber.examples.e2e.WriteFixtures.PIZZA;
import static org.slumber.examples.e2e.WriteFixtures.PRICE;
import static org.slumber.examples.e2e.WriteFixtures.SHOP;
import static org.slumber.examples.e2e.WriteFixtures.assertError;
import static org.slumber.examples.e2e.WriteFixtures.createPizza;
import static org.slumber.examples.e2e.WriteFixtures.json;
import static org.slumber.examples.e2e.WriteFixtures.parallel;
import static org.slumber.examples.e2e.WriteFixtures.pk;
import static org.slumber.examples.e2e.WriteFixtures.signed;
import static org.slumber.examples.e2e.WriteFixtures.slug;
import static org.slumber.examples.e2e.WriteFixtures.snapshot;
import static org.slumber.examples.e2e.WriteFixtures.unique;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slumber.core.auth.FostSignature;
import org.slumber.core.settings.Setting;

@DisplayName("Authentication and permissions over HTTP")
class SecurityTest {

    private static final String FOST_CHALLENGE = "FOST Realm=\"Slumber\"";
    private static final String BASIC_CHALLENGE = "Basic realm=\"Slumber\"";
    private static final String INSTANCES = PIZZA + "instances/";

    private static ExampleServer server;
    private static WireClient service;
    private static WireClient anonymous;
    private static long pizza;

    @BeforeAll
    static void start() {
        server = ExampleServer.start();
        service = server.client();
        anonymous = server.anonymous();
        pizza = createPizza(service, "Margherita");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Every value of a header, however the server split it into fields. */
    private static String challenges(WireClient.Answer answer) {
        StringBuilder all = new StringBuilder();
        answer.headers().forEach((name, values) -> {
            if (name.equalsIgnoreCase("WWW-Authenticate")) {
                values.forEach(value -> all.append(value).append('\n'));
            }
        });
        return all.toString();
    }

    private static void unauthorized(WireClient.Answer answer) {
        assertError(answer, 401);
        assertThat(challenges(answer)).contains(FOST_CHALLENGE);
        assertThat(answer.meta()).doesNotContainKey("username");
    }

    /** Sends a request with exactly these headers (plus a JSON Content-Type when there is a body). */
    private static WireClient.Answer sendWith(String method, String pathAndQuery, String body,
                                              Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (body != null) {
            all.put("Content-Type", "application/json");
        }
        return anonymous.send(method, pathAndQuery, body, all);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void forbidden(WireClient.Answer answer, String permission) {
        assertError(answer, 403);
        assertThat(answer.error()).isEqualTo("Requires permission " + permission);
    }

    @Nested
    @DisplayName("an anonymous request")
    class Anonymous {

        @Test
        @DisplayName("gets 401 with the FOST challenge for GET, POST and unknown paths alike")
        void refused_everywhere() {
            Map<String, Object> before = snapshot(service);
            WireClient.Answer known = anonymous.get(INSTANCES);
            WireClient.Answer unknown = anonymous.get(APP + "Calzone/instances/");

            unauthorized(known);
            unauthorized(unknown);
            unauthorized(anonymous.post(PIZZA + "create/", json("name", "Anonymous")));
            unauthorized(anonymous.get("/slumber/pizzas/"));
            unauthorized(anonymous.get("/nowhere/at/all/"));
            unauthorized(anonymous.send("PURGE", INSTANCES, null, Map.of()));
            assertThat(unknown.error()).as("callers learn nothing").isEqualTo(known.error());
            assertThat(snapshot(service)).isEqualTo(before);
        }

        @Test
        @DisplayName("may GET the service directory, and only GET it")
        void directory_is_open() {
            WireClient.Answer directory = anonymous.get("/slumber/");
            assertThat(directory.status()).isEqualTo(200);
            assertThat(directory.body()).containsKey("services");
            assertThat(anonymous.get("/slumber").status()).isEqualTo(301);
            unauthorized(anonymous.post("/slumber/", "{}"));
        }
    }

    @Nested
    @DisplayName("a FOST signature")
    class Signatures {

        @Test
        @DisplayName("with a wrong secret or an unknown key gets 401")
        void wrong_secret_or_key() {
            unauthorized(new WireClient(server.origin(), "service", "not-the-secret", null).get(INSTANCES));
            unauthorized(new WireClient(server.origin(), "stranger", ExampleServer.SECRET, null).get(INSTANCES));
        }

        @Test
        @DisplayName("refused for a wrong secret answers like one for an unknown key, so keys cannot be probed")
        void failures_look_alike() {
            WireClient.Answer wrongSecret = new WireClient(server.origin(), "service", "guess", null).get(INSTANCES);
            WireClient.Answer unknownKey = new WireClient(server.origin(), "guess", "guess", null).get(INSTANCES);
            unauthorized(wrongSecret);
            unauthorized(unknownKey);
            assertThat(wrongSecret.error()).isEqualTo(unknownKey.error());
        }

        @Test
        @DisplayName("signed 10 minutes ago or ahead gets 401, 4 minutes ago is within the skew")
        void clock_skew() {
            Instant now = Instant.now();
            unauthorized(sendWith("GET", INSTANCES, null,
                    signed("GET", INSTANCES, null, null, null, now.minus(Duration.ofMinutes(10)))));
            unauthorized(sendWith("GET", INSTANCES, null,
                    signed("GET", INSTANCES, null, null, null, now.plus(Duration.ofMinutes(10)))));
            WireClient.Answer recent = sendWith("GET", INSTANCES, null,
                    signed("GET", INSTANCES, null, null, null, now.minus(Duration.ofMinutes(4))));
            assertThat(recent.status()).as(recent.text()).isEqualTo(200);
        }

        @Test
        @DisplayName("accepts a timestamp with a space, as django-fost-authn sends it, and refuses a garbled one")
        void timestamp_forms() {
            String spaced = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
                    .withZone(ZoneOffset.UTC).format(Instant.now());
            WireClient.Answer answer = sendWith("GET", INSTANCES, null, handSigned(spaced));
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            unauthorized(sendWith("GET", INSTANCES, null, handSigned("yesterday at noon")));
        }

        private Map<String, String> handSigned(String timestamp) {
            String signature = new FostSignature("service", ExampleServer.SECRET)
                    .sign("GET", INSTANCES, timestamp, Map.of(), new byte[0]);
            return Map.of("X-FOST-Timestamp", timestamp, "X-FOST-Headers", "X-FOST-Headers",
                    "Authorization", "FOST service:" + signature);
        }

        @Test
        @DisplayName("replayed with the exact same headers gets 401 the second time")
        void replay() {
            Map<String, String> headers = signed("GET", INSTANCES, null, null, null, Instant.now());
            assertThat(sendWith("GET", INSTANCES, null, headers).status()).isEqualTo(200);
            unauthorized(sendWith("GET", INSTANCES, null, headers));
        }

        @Test
        @DisplayName("replayed at the same moment succeeds at most once")
        void concurrent_replay() throws Exception {
            Map<String, String> headers = signed("GET", INSTANCES, null, null, null, Instant.now());
            List<WireClient.Answer> answers = parallel(4, i -> sendWith("GET", INSTANCES, null, headers));
            assertThat(answers).extracting(WireClient.Answer::status).containsOnly(200, 401);
            assertThat(answers).filteredOn(answer -> answer.status() == 200).hasSize(1);
        }

        @Test
        @DisplayName("naming a signed header that is missing gets 401")
        void missing_signed_header() {
            Map<String, String> headers = signed("GET", INSTANCES, null, null, "baker", Instant.now());
            assertThat(headers.get("X-FOST-Headers")).contains("X-FOST-User");
            headers.remove("X-FOST-User");
            unauthorized(sendWith("GET", INSTANCES, null, headers));
        }

        @Test
        @DisplayName("of a body, path or query tampered with after signing gets 401, and nothing is written")
        void tampered() {
            Map<String, Object> before = snapshot(service);
            String body = json("name", "Signed");
            unauthorized(sendWith("POST", PIZZA + "create/", json("name", "Tampered"),
                    signed("POST", PIZZA + "create/", null, body, null, Instant.now())));
            unauthorized(sendWith("POST", SHOP + "create/", body,
                    signed("POST", PIZZA + "create/", null, body, null, Instant.now())));
            unauthorized(sendWith("GET", INSTANCES + "?start_after=6", null,
                    signed("GET", INSTANCES, "start_after=5", null, null, Instant.now())));
            assertThat(snapshot(service)).isEqualTo(before);
        }

        @Test
        @DisplayName("with an X-FOST-User header that is not signed acts as the key's own user")
        void unsigned_acting_user() {
            Map<String, String> headers = new LinkedHashMap<>(
                    signed("GET", INSTANCES, null, null, null, Instant.now()));
            headers.put("X-FOST-User", "baker");
            WireClient.Answer answer = sendWith("GET", INSTANCES, null, headers);
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            assertThat(answer.meta().get("username")).isEqualTo("service");
        }

        @Test
        @DisplayName("acting for an unknown or an inactive user gets 401")
        void unknown_or_inactive_user() {
            unauthorized(server.clientAs("ghost").get(INSTANCES));
            unauthorized(server.clientAs("retired").get(INSTANCES));
        }

        @Test
        @DisplayName("in a malformed or foreign Authorization header gets 401")
        void malformed_authorization() {
            unauthorized(sendWith("GET", INSTANCES, null, Map.of("Authorization", "FOST no-colon-here")));
            unauthorized(sendWith("GET", INSTANCES, null, Map.of("Authorization", "Bearer token")));
        }

        @Test
        @DisplayName("that is valid shows the acting user in _meta.username")
        void acting_user_shown() {
            assertThat(service.get(INSTANCES).meta().get("username")).isEqualTo("service");
            assertThat(server.clientAs("baker").get(INSTANCES).meta().get("username")).isEqualTo("baker");
            WireClient.Answer refused = server.clientAs("user").post(PIZZA + "create/", json("name", "Nope"));
            assertThat(refused.meta().get("username")).isEqualTo("user");
        }
    }

    @Nested
    @DisplayName("permissions")
    class Permissions {

        @Test
        @DisplayName("user, who holds none, gets 403 for creating a Pizza, and nothing is written")
        void user_cannot_create() {
            Map<String, Object> before = snapshot(service);
            forbidden(server.clientAs("user").post(PIZZA + "create/", json("name", unique("Forbidden"))),
                    "slumber_examples.add_pizza");
            assertThat(snapshot(service)).isEqualTo(before);
            assertThat(server.clientAs("user").get(INSTANCES).status()).as("reading needs no permission")
                    .isEqualTo(200);
        }

        @Test
        @DisplayName("baker creates a Pizza (direct permission) and a PizzaPrice (through the group kitchen)")
        void baker_creates() {
            WireClient baker = server.clientAs("baker");
            WireClient.Answer created = baker.post(PIZZA + "create/", json("name", unique("Baked")));
            assertThat(created.status()).as(created.text()).isEqualTo(200);
            assertThat(created.meta().get("username")).isEqualTo("baker");

            WireClient.Answer price = baker.post(PRICE + "create/", json("pizza", pk(created), "date", "2024-02-02"));
            assertThat(price.status()).as(price.text()).isEqualTo(200);

            WireClient.Answer update = baker.post(PIZZA + "update/" + pk(created) + "/", json("for_sale", true));
            assertThat(update.status()).as("change_pizza: " + update.text()).isEqualTo(200);
        }

        @Test
        @DisplayName("baker cannot delete a pizza nor create a Shop")
        void baker_limits() {
            WireClient baker = server.clientAs("baker");
            long doomed = createPizza(service, unique("Safe"));
            Map<String, Object> before = snapshot(service);

            forbidden(baker.post(PIZZA + "delete/" + doomed + "/", ""), "slumber_examples.delete_pizza");
            forbidden(baker.delete(PIZZA + "data/" + doomed + "/"), "slumber_examples.delete_pizza");
            forbidden(baker.post(SHOP + "create/", json("name", "Bakery", "slug", slug())),
                    "slumber_examples.add_shop");

            assertThat(snapshot(service)).isEqualTo(before);
        }

        @Test
        @DisplayName("are checked before the instance is looked up and before the body is read")
        void checked_first() {
            WireClient user = server.clientAs("user");
            forbidden(user.post(PIZZA + "create/", "{\"name\": "), "slumber_examples.add_pizza");
            forbidden(user.post(PIZZA + "update/987654/", json("name", "Ghost")), "slumber_examples.change_pizza");
            forbidden(user.post(PIZZA + "update/987654/", "not json"), "slumber_examples.change_pizza");
            forbidden(user.delete(PIZZA + "data/987654/"), "slumber_examples.delete_pizza");
        }
    }

    @Nested
    @DisplayName("the order of refusals: 401, 301, 404, 405, 403, 404 for an instance, 400")
    class StatusOrder {

        @Test
        @DisplayName("401 comes before 404 and before 301")
        void unauthorized_first() {
            unauthorized(anonymous.get(APP + "Calzone/"));
            unauthorized(anonymous.get(PIZZA.substring(0, PIZZA.length() - 1)));
            unauthorized(anonymous.send("DELETE", APP + "Calzone/create/", null, Map.of()));
        }

        @Test
        @DisplayName("301 for a missing slash comes before 404")
        void redirect_before_not_found() {
            WireClient.Answer answer = service.get(APP + "Calzone");
            assertThat(answer.status()).isEqualTo(301);
            assertThat(answer.header("Location")).isEqualTo(APP + "Calzone/");
        }

        @Test
        @DisplayName("404 for an unknown model or operation comes before 405")
        void not_found_before_method() {
            assertError(service.send("DELETE", APP + "Calzone/create/", null, Map.of()), 404);
            assertError(service.send("PURGE", PIZZA + "bake/", null, Map.of()), 404);
        }

        @Test
        @DisplayName("405 comes before 403")
        void method_before_permission() {
            WireClient user = server.clientAs("user");
            WireClient.Answer get = user.get(PIZZA + "create/");
            assertError(get, 405);
            assertThat(get.header("Allow")).isEqualTo("OPTIONS, POST");
            assertError(user.put(PIZZA + "update/" + pizza + "/", json("name", "x")), 405);
            assertError(user.send("PURGE", PIZZA + "data/" + pizza + "/", null, Map.of()), 405);
        }

        @Test
        @DisplayName("403 comes before 404 for a missing instance")
        void permission_before_instance() {
            forbidden(server.clientAs("user").post(PIZZA + "delete/987654/", ""), "slumber_examples.delete_pizza");
        }

        @Test
        @DisplayName("404 for a missing instance comes before 400 for a bad body")
        void instance_before_body() {
            assertError(service.post(PIZZA + "update/987654/", "{\"name\": "), 404);
        }
    }

    @Nested
    @DisplayName("a configured miss-sign delay")
    class MissSignDelay {

        private static ExampleServer slow;

        @BeforeAll
        static void startSlow() {
            slow = ExampleServer.start(settings -> settings.with(Setting.MISS_SIGN_DELAY, Duration.ofMillis(400)));
        }

        @AfterAll
        static void stopSlow() {
            slow.close();
        }

        @Test
        @DisplayName("slows the 401 of a failed signature, but not a good request")
        void delays_failures() {
            long started = System.nanoTime();
            unauthorized(new WireClient(slow.origin(), "service", "not-the-secret", null).get(INSTANCES));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
            assertThat(slow.client().get(INSTANCES).status()).isEqualTo(200);
        }
    }

    @Nested
    @DisplayName("local development access")
    class DevelopmentAccess {

        private static ExampleServer dev;
        private static String startupLog;

        @BeforeAll
        static void startDev() {
            PrintStream original = System.err;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                dev = ExampleServer.start(settings -> settings.with(Setting.DEV_USER, "user"));
            } finally {
                System.setErr(original);
            }
            startupLog = captured.toString(StandardCharsets.UTF_8);
        }

        @AfterAll
        static void stopDev() {
            dev.close();
        }

        @Test
        @DisplayName("lets an unsigned loopback request act as the named user; a bad signature still gets 401")
        void acts_as_user() {
            WireClient.Answer answer = dev.anonymous().get(INSTANCES);
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            assertThat(answer.meta().get("username")).isEqualTo("user");
            forbidden(dev.anonymous().post(PIZZA + "create/", json("name", "Dev")), "slumber_examples.add_pizza");
            assertThat(dev.clientAs("baker").get(INSTANCES).meta().get("username")).as("a signature still wins")
                    .isEqualTo("baker");
            unauthorized(new WireClient(dev.origin(), "service", "not-the-secret", null).get(INSTANCES));
        }

        @Test
        @DisplayName("logs a WARN line at start-up saying it must not be used in production")
        void warns() {
            assertThat(startupLog.lines().filter(line -> line.contains("WARN") && line.contains("production")))
                    .as(startupLog).isNotEmpty();
        }

        @Test
        @DisplayName("is off without the setting: the same request gets 401")
        void off_by_default() {
            unauthorized(anonymous.get(INSTANCES));
        }
    }

    @Nested
    @DisplayName("HTTP Basic")
    class Basic {

        private static ExampleServer basicServer;

        @BeforeAll
        static void startBasic() {
            basicServer = ExampleServer.start(settings -> settings.with(Setting.BASIC_AUTH, true));
        }

        @AfterAll
        static void stopBasic() {
            basicServer.close();
        }

        private WireClient.Answer withBasic(ExampleServer target, String user, String password) {
            return target.anonymous().send("GET", INSTANCES, null, Map.of("Authorization", basic(user, password)));
        }

        @Test
        @DisplayName("when on, accepts a user's password and acts as that user")
        void accepted() {
            WireClient.Answer answer = withBasic(basicServer, "user", "pass");
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            assertThat(answer.meta().get("username")).isEqualTo("user");
            assertThat(basicServer.clientAs("baker").get(INSTANCES).meta().get("username")).as("FOST still works")
                    .isEqualTo("baker");
        }

        @Test
        @DisplayName("when on, answers a wrong password, an inactive user or no credentials with 401 offering Basic")
        void refused_with_basic_challenge() {
            for (WireClient.Answer answer : List.of(withBasic(basicServer, "user", "wrong"),
                    withBasic(basicServer, "retired", "retired"), withBasic(basicServer, "nobody", "pass"),
                    basicServer.anonymous().get(INSTANCES))) {
                unauthorized(answer);
                assertThat(challenges(answer)).contains(BASIC_CHALLENGE);
            }
        }

        @Test
        @DisplayName("when off, refuses a Basic header with 401 and does not offer Basic")
        void off_by_default() {
            WireClient.Answer answer = withBasic(server, "user", "pass");
            unauthorized(answer);
            assertThat(challenges(answer)).doesNotContain("Basic");
        }
    }
}
