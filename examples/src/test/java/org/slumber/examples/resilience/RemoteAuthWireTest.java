package org.slumber.examples.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slumber.core.Slumber;
import org.slumber.core.app.AppBuilder;
import org.slumber.core.app.SlumberApp;
import org.slumber.core.auth.Accounts.Flag;
import org.slumber.core.client.RemoteException;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.operation.ModelOperation;
import org.slumber.core.operation.OperationCall;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;
import org.slumber.examples.network.NetworkExample;
import org.slumber.examples.network.NetworkExample.Role;
import org.slumber.examples.pizza.ExampleAccounts;
import org.slumber.examples.pizza.PizzaApp;
import org.slumber.examples.resilience.Fixtures.CountingHost;
import org.slumber.spi.hosting.HostRequest;

/**
 * auth.md, "Remote authentication backend" and "Forwarding the acting user", seen on the wire
 * of the auth service. Two services: {@code auth} listens on 127.0.0.2, and {@code takeaway}'s
 * directory names it by that address, which no server of this JVM registers for the in-process
 * shortcut: so takeaway's calls to auth go through auth's (counting) host. Takeaway also hosts
 * a probe operation that calls auth while it serves a request.
 */
@DisplayName("The remote authentication backend, counted at the auth service's host,")
class RemoteAuthWireTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final AtomicReference<Slumber> TAKEAWAY = new AtomicReference<>();
    private static final String AUTH_APP_PATH = "/slumber/auth/django/contrib/auth/";

    private static CountingHost authHost;
    private static Slumber auth;
    private static String takeawayDatabase;
    private static String takeawayUrl;
    private static SlumberClient client;

    /** Takeaway's app {@code probe}: GET {@code Probe/ask-auth/} reads auth's app page with takeaway's client. */
    static final class ProbeApp implements SlumberApp {
        @Override
        public void define(AppBuilder app) {
            app.name("probe").model("Probe", m -> m.key("id").operation("ask-auth", new AskAuth()));
        }
    }

    static final class AskAuth extends ModelOperation {
        @Override
        protected void get(OperationCall call) {
            SlumberClient own = TAKEAWAY.get().client();
            Map<String, Object> answer = own.userAgent().get(own.serviceUrls().get("auth") + "django/contrib/auth/");
            call.response().put("auth_username", ((Map<?, ?>) answer.get("_meta")).get("username"));
        }
    }

    @BeforeAll
    static void start() {
        int authPort = Fixtures.freePort();
        int takeawayPort = Fixtures.freePort();
        NetworkExample.Ports ports = new NetworkExample.Ports(takeawayPort, Fixtures.freePort(), authPort);
        takeawayUrl = "http://localhost:" + takeawayPort + "/slumber/takeaway/";
        takeawayDatabase = "jdbc:derby:memory:resilience-takeaway-" + UUID.randomUUID();

        authHost = new CountingHost();
        auth = Slumber.builder().discoverApps(false).host(authHost)
                .settings(NetworkExample.settings(Settings.defaults(), Role.AUTH, ports, Fixtures.SECRET, null)
                        .with(Setting.HOST, "127.0.0.2")
                        .with(Setting.MISS_SIGN_DELAY, Duration.ZERO)
                        .with(Setting.PASSWORD_ITERATIONS, 1000))
                .onNewDatabase(ExampleAccounts::create).permissionsOf(new PizzaApp(PizzaApp.Part.ALL)).start();
        TAKEAWAY.set(Slumber.builder().discoverApps(false)
                .settings(NetworkExample.settings(Settings.defaults(), Role.TAKEAWAY, ports, Fixtures.SECRET, null)
                        .with(Setting.HOST, "127.0.0.1")
                        .with(Setting.DIRECTORY, "takeaway=" + takeawayUrl
                                + ",auth=http://127.0.0.2:" + authPort + "/slumber/auth/")
                        .with(Setting.DATABASE_URL, takeawayDatabase + ";create=true")
                        .with(Setting.MISS_SIGN_DELAY, Duration.ZERO)
                        .with(Setting.AUTH_CACHE_TTL, Duration.ZERO)
                        .with(Setting.BASIC_AUTH, true))
                .app(new PizzaApp(PizzaApp.Part.TAKEAWAY)).app(new ProbeApp()).start());
        client = Fixtures.networkClient(Fixtures.settings(), Map.of("takeaway", takeawayUrl));
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (TAKEAWAY.get() != null) {
            TAKEAWAY.get().close();
        }
        if (auth != null) {
            auth.close();
        }
    }

    private static String fresh(String prefix) {
        return prefix + "-" + NAMES.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
    }

    private static long authRequests() {
        return authHost.requests().size();
    }

    /** Creates an order on takeaway acting as {@code username}; answers the refusal (null when it worked). */
    private static RemoteException createOrderAs(String username) {
        return catchThrowableOfType(RemoteException.class, () -> Slumber.runAs(username,
                () -> client.modelAt(takeawayUrl + "slumber_examples/Order/").create(
                        Map.of("shop", "http://localhost:1/slumber/pizzas/slumber_examples/Shop/data/1/"))));
    }

    /** Takeaway's local {@code auth_user} row of a user, or null. */
    private static Map<String, Object> shadowRow(String username) {
        try (Connection connection = DriverManager.getConnection(takeawayDatabase);
             PreparedStatement select = connection.prepareStatement(
                     "SELECT \"username\", \"password\", \"is_staff\", \"is_active\" FROM \"auth_user\" "
                             + "WHERE \"username\" = ?")) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("username", row.getString(1));
                values.put("password", row.getString(2));
                values.put("is_staff", row.getBoolean(3));
                values.put("is_active", row.getBoolean(4));
                return values;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    @DisplayName("caches its answers")
    class Caching {

        @Test
        @DisplayName("the first check of a user asks auth for the user and the permission; "
                + "the same check again asks nothing")
        void secondCheckAsksNothing() {
            String username = fresh("dave");
            auth.accounts().createUser(username, "pw");
            long before = authRequests();

            RemoteException first = createOrderAs(username);
            long afterFirst = authRequests();
            RemoteException second = createOrderAs(username);

            assertThat(first).isNotNull();
            assertThat(first.status()).isEqualTo(403);
            assertThat(second).isNotNull();
            assertThat(second.status()).isEqualTo(403);
            assertThat(authHost.requests().subList((int) before, (int) afterFirst))
                    .as("asked of auth by the first check")
                    .anyMatch(request -> request.path().endsWith("/User/get/")
                            && request.query().contains("username=" + username))
                    .anyMatch(request -> request.path().contains("/has-permission/")
                            && request.path().contains("slumber_examples.add_order"));
            assertThat(authRequests()).as("requests to auth after the second check").isEqualTo(afterFirst);
        }
    }

    @Nested
    @DisplayName("keeps local shadow users")
    class Shadows {

        @Test
        @DisplayName("a user who logs in with HTTP Basic gets a shadow row with auth's flags and no usable password")
        void basicLogin() {
            String username = fresh("frank");
            auth.accounts().createUser(username, "frank-pass", Flag.STAFF);
            Map<String, Object> before = shadowRow(username);

            Fixtures.Reply login = Fixtures.basicGet(takeawayUrl + "slumber_examples/Order/", username, "frank-pass");

            assertThat(before).isNull();
            assertThat(login.status()).isEqualTo(200);
            assertThat(login.meta("username")).isEqualTo(username);
            Map<String, Object> shadow = shadowRow(username);
            assertThat(shadow).isNotNull();
            assertThat(shadow).containsEntry("is_staff", true).containsEntry("is_active", true);
            assertThat((String) shadow.get("password")).as("a shadow's password").satisfiesAnyOf(
                    password -> assertThat(password).isNull(),
                    password -> assertThat(password).doesNotContain("frank-pass").startsWith("!"));
        }

        @Test
        @DisplayName("a failed login leaves no shadow")
        void failedLogin() {
            String username = fresh("gina");
            auth.accounts().createUser(username, "gina-pass");

            Fixtures.Reply login = Fixtures.basicGet(takeawayUrl + "slumber_examples/Order/", username, "wrong");

            assertThat(login.status()).isEqualTo(401);
            assertThat(shadowRow(username)).isNull();
        }
    }

    @Nested
    @DisplayName("forwards the acting user")
    class Forwarding {

        private HostRequest lastAuthAppRead(long from) {
            return authHost.requests().subList((int) from, authHost.requests().size()).stream()
                    .filter(request -> request.method().equals("GET") && request.path().equals(AUTH_APP_PATH))
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> new AssertionError("auth saw no GET " + AUTH_APP_PATH));
        }

        @Test
        @DisplayName("takeaway, serving a request for user, calls auth with X-FOST-User: user")
        void servingUser() {
            long before = authRequests();

            Map<String, Object> answer = Slumber.runAs("user",
                    () -> client.userAgent().get(takeawayUrl + "probe/Probe/ask-auth/"));

            assertThat(answer).containsEntry("auth_username", "user");
            HostRequest call = lastAuthAppRead(before);
            assertThat(call.headers().first("X-FOST-User")).isEqualTo("user");
            assertThat(call.headers().first("X-FOST-Headers")).contains("X-FOST-User");
        }

        @Test
        @DisplayName("takeaway, serving a request for its key's own user, calls auth as that user")
        void servingKeyUser() {
            Map<String, Object> answer = client.userAgent().get(takeawayUrl + "probe/Probe/ask-auth/");

            assertThat(answer).containsEntry("auth_username", Fixtures.KEY);
        }

        @Test
        @DisplayName("code can run a block as a named user: takeaway's client then calls auth as that user")
        void runAsInCode() {
            SlumberClient own = TAKEAWAY.get().client();
            String url = own.serviceUrls().get("auth") + "django/contrib/auth/";
            long before = authRequests();

            Map<String, Object> asBaker = Slumber.runAs("baker", () -> own.userAgent().get(url));
            HostRequest call = lastAuthAppRead(before);
            Map<String, Object> plain = own.userAgent().get(url);

            assertThat(asBaker).extractingByKey("_meta").extracting("username").isEqualTo("baker");
            assertThat(call.headers().first("X-FOST-User")).isEqualTo("baker");
            assertThat(plain).as("outside any request or block: the key's own user")
                    .extractingByKey("_meta").extracting("username").isEqualTo(Fixtures.KEY);
        }
    }
}
