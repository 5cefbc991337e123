package org.slumber.examples.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slumber.core.Slumber;
import org.slumber.core.SlumberConfigurationException;
import org.slumber.core.auth.Accounts.Flag;
import org.slumber.core.client.RemoteException;
import org.slumber.core.client.RemoteModel;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;
import org.slumber.examples.network.NetworkExample;
import org.slumber.examples.network.NetworkExample.Role;
import org.slumber.examples.resilience.Fixtures.Reply;

/**
 * auth.md, "Remote authentication backend", on the network example: {@code auth} holds the
 * users and permissions, {@code takeaway} and {@code pizzas} ask it. Users made for one test
 * have fresh names, as the backend remembers answers for 120 s.
 */
@DisplayName("The remote authentication backend, in the network example,")
class RemoteAuthNetworkTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    private static NetworkExample.Ports ports;
    private static List<Slumber> network;
    private static Slumber auth;
    private static SlumberClient client;

    @BeforeAll
    static void start() {
        ports = new NetworkExample.Ports(Fixtures.freePort(), Fixtures.freePort(), Fixtures.freePort());
        network = NetworkExample.startAll(ports, Fixtures.SECRET, testSettings());
        auth = network.get(Role.AUTH.ordinal());
        client = SlumberClient.builder().directory(ports.directoryUrl()).signing(Fixtures.KEY, Fixtures.SECRET)
                .inProcess(false).discoverConfigurers(false).build();
    }

    private static UnaryOperator<Settings> testSettings() {
        return settings -> settings.with(Setting.HOST, "127.0.0.1")
                .with(Setting.MISS_SIGN_DELAY, Duration.ZERO)
                .with(Setting.PASSWORD_ITERATIONS, 1000)
                .with(Setting.BASIC_AUTH, true);
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (network != null) {
            for (int i = network.size() - 1; i >= 0; i--) {
                network.get(i).close();
            }
        }
    }

    private static String fresh(String prefix) {
        return prefix + "-" + NAMES.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
    }

    private static RemoteModel model(String service, String name) {
        return client.service(service).app("slumber_examples").model(name);
    }

    private static String takeaway(String path) {
        return ports.directory().get("takeaway") + path;
    }

    private static String orders() {
        return takeaway("slumber_examples/Order/");
    }

    private static String anyShop() {
        return ports.directory().get("pizzas") + "slumber_examples/Shop/data/1/";
    }

    /** The status of creating an order on takeaway acting as {@code username} (200 when it worked). */
    private static int createOrderAs(String username) {
        try {
            Slumber.runAs(username, () -> model("takeaway", "Order").create(Map.of("shop", anyShop())));
            return 200;
        } catch (RemoteException e) {
            assertThat(e.status()).as(e.getMessage()).isEqualTo(403);
            assertThat(e.error()).isEqualTo("Requires permission slumber_examples.add_order");
            return e.status();
        }
    }

    @Nested
    @DisplayName("at start-up")
    class StartUp {

        @Test
        @DisplayName("refuses a directory map without an 'auth' entry, naming the settings, and frees the port")
        void noAuthService() throws IOException {
            int port = Fixtures.freePort();
            Settings settings = NetworkExample.settings(Settings.defaults(), Role.TAKEAWAY,
                            new NetworkExample.Ports(port, ports.pizzas(), ports.auth()), Fixtures.SECRET, null)
                    .with(Setting.HOST, "127.0.0.1")
                    .with(Setting.DIRECTORY, "takeaway=http://localhost:" + port + "/slumber/takeaway/,"
                            + "pizzas=" + ports.directory().get("pizzas"));

            assertThatThrownBy(() -> NetworkExample.start(Role.TAKEAWAY, settings).close())
                    .isInstanceOf(SlumberConfigurationException.class)
                    .hasMessageContaining("slumber.auth.backend")
                    .hasMessageContaining("slumber.directory")
                    .hasMessageContaining("'auth'");
            try (ServerSocket again = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"))) {
                assertThat(again.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Nested
    @DisplayName("authorizes signed requests with the auth service's permissions")
    class Permissions {

        @Test
        @DisplayName("baker, granted add_pizza on auth, may create a pizza on pizzas; user may not")
        void grantedOnAuth() {
            String name = fresh("Baked");
            Object created = Slumber.runAs("baker", () -> model("pizzas", "Pizza").create(Map.of("name", name))
                    .display());
            RemoteException refused = catchThrowableOfType(RemoteException.class,
                    () -> Slumber.runAs("user", () -> model("pizzas", "Pizza").create(Map.of("name", fresh("No")))));

            assertThat(created).isEqualTo(name);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.error()).isEqualTo("Requires permission slumber_examples.add_pizza");
        }

        @Test
        @DisplayName("baker may not create an order; a grant on auth is not seen while the answer is cached (120 s)")
        void bakerCachedAnswer() {
            assertThat(createOrderAs("baker")).isEqualTo(403);

            auth.accounts().grant("baker", "slumber_examples.add_order");

            assertThat(createOrderAs("baker")).as("the remembered answer, within 120 s").isEqualTo(403);
        }

        @Test
        @DisplayName("a fresh user granted add_order on auth may create an order; one without the grant may not")
        void freshUsers() {
            String granted = fresh("granted");
            String plain = fresh("plain");
            auth.accounts().createUser(granted, "pw");
            auth.accounts().grant(granted, "slumber_examples.add_order");
            auth.accounts().createUser(plain, "pw");

            assertThat(createOrderAs(granted)).isEqualTo(200);
            assertThat(createOrderAs(plain)).isEqualTo(403);
        }

        @Test
        @DisplayName("takeaway's own User operations answer with auth's permissions, groups included")
        void userOperations() {
            // baker's first request makes takeaway's shadow of baker, whose key the operations take
            Slumber.runAs("baker", () -> client.userAgent().get(takeaway("")));
            String users = takeaway("django/contrib/auth/User/");
            Object pk = ((Map<?, ?>) ((Map<?, ?>) client.userAgent().get(users + "get/?username=baker")
                    .get("fields")).get("id")).get("data");
            Map<String, Object> addPizza = client.userAgent().get(users + "has-permission/" + pk
                    + "/slumber_examples.add_pizza/");
            Map<String, Object> deleteOrder = client.userAgent().get(users + "has-permission/" + pk
                    + "/slumber_examples.delete_order/");
            Map<String, Object> permissions = client.userAgent().get(users + "get-permissions/" + pk + "/");
            Map<String, Object> module = client.userAgent().get(users + "module-permissions/" + pk
                    + "/slumber_examples/");
            Map<String, Object> mine = Slumber.runAs("baker",
                    () -> client.userAgent().get(users + "do-i-have-perm/slumber_examples.change_pizza/"));

            assertThat(addPizza).containsEntry("is-allowed", true);
            assertThat(deleteOrder).containsEntry("is-allowed", false);
            assertThat(permissions).extractingByKey("group_permissions").asInstanceOf(LIST)
                    .contains("slumber_examples.add_pizzaprice");
            assertThat(permissions).extractingByKey("all_permissions").asInstanceOf(LIST)
                    .contains("slumber_examples.add_pizza", "slumber_examples.change_pizza",
                            "slumber_examples.add_pizzaprice");
            assertThat(module).containsEntry("has_module_perms", true);
            assertThat(mine).extractingByKey("permissions").isEqualTo(Map.of("slumber_examples.change_pizza", true));
        }

        @Test
        @DisplayName("a user unknown to the auth service is refused with 401")
        void unknownUser() {
            RemoteException refused = catchThrowableOfType(RemoteException.class,
                    () -> Slumber.runAs(fresh("ghost"), () -> client.userAgent().get(orders())));

            assertThat(refused.status()).isEqualTo(401);
        }

        @Test
        @DisplayName("a user inactive on the auth service is refused with 401")
        void inactiveUser() {
            RemoteException refused = catchThrowableOfType(RemoteException.class,
                    () -> Slumber.runAs("retired", () -> client.userAgent().get(orders())));

            assertThat(refused.status()).isEqualTo(401);
        }
    }

    @Nested
    @DisplayName("with HTTP Basic on takeaway")
    class Basic {

        @Test
        @DisplayName("authenticates user/pass through the auth service")
        void userPass() {
            Reply reply = Fixtures.basicGet(takeaway("slumber_examples/Order/"), "user", "pass");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.meta("username")).isEqualTo("user");
            assertThat(client.userAgent().get(takeaway("django/contrib/auth/User/get/?username=user")))
                    .as("takeaway's local shadow of user").extractingByKey("fields").extracting("username")
                    .extracting("data").isEqualTo("user");
        }

        @Test
        @DisplayName("refuses a wrong password and an inactive user with 401 offering Basic")
        void refused() {
            Reply wrong = Fixtures.basicGet(takeaway("slumber_examples/Order/"), "user", "wrong");
            Reply retired = Fixtures.basicGet(takeaway("slumber_examples/Order/"), "retired", "retired");

            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.headers().allValues("WWW-Authenticate")).anyMatch(value -> value.startsWith("Basic"));
            assertThat(retired.status()).isEqualTo(401);
        }

        @Test
        @DisplayName("leaves a local shadow of the user in takeaway's own auth app")
        void shadowUser() {
            String username = fresh("carol");
            auth.accounts().createUser(username, "carol-pass", Flag.STAFF);
            String lookup = takeaway("django/contrib/auth/User/get/?username=" + username);
            RemoteException before = catchThrowableOfType(RemoteException.class, () -> client.userAgent().get(lookup));

            Reply login = Fixtures.basicGet(takeaway("slumber_examples/Order/"), username, "carol-pass");
            Map<String, Object> shadow = client.userAgent().get(lookup);

            assertThat(before).as("no shadow before the user authenticated").isNotNull();
            assertThat(before.status()).isEqualTo(404);
            assertThat(login.status()).isEqualTo(200);
            assertThat(shadow).extractingByKey("fields").extracting("username").extracting("data").isEqualTo(username);
            assertThat(shadow).extractingByKey("fields").extracting("is_staff").extracting("data").isEqualTo(true);
            assertThat(shadow).extractingByKey("fields").extracting("is_active").extracting("data").isEqualTo(true);
        }
    }

    @Nested
    @DisplayName("with the acting user forwarded from a client")
    class ActingUser {

        @Test
        @DisplayName("a request run as user acts as user on takeaway")
        void runAs() {
            Map<String, Object> answer = Slumber.runAs("user", () -> client.userAgent().get(takeaway("")));

            assertThat(answer).extractingByKey("_meta").extracting("username").isEqualTo("user");
        }

        @Test
        @DisplayName("a request with no acting user acts as the key's own user")
        void keyUser() {
            Map<String, Object> answer = client.userAgent().get(takeaway(""));

            assertThat(answer).extractingByKey("_meta").extracting("username").isEqualTo(Fixtures.KEY);
        }
    }
}
