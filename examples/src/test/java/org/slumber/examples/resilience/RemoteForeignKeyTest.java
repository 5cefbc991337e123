package org.slumber.examples.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestInstance;
import org.slumber.core.Slumber;
import org.slumber.core.client.RemoteException;
import org.slumber.core.client.RemoteInstance;
import org.slumber.core.client.RemoteModel;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;
import org.slumber.examples.resilience.Fixtures.CountingHost;

/**
 * client.md, "The slumber:// scheme and remote foreign keys": the pizza example's
 * {@code Order.shop} through an on-disk Derby database, read back with JDBC, and the database
 * copied to a server with another service map.
 */
@DisplayName("A remote foreign key (Order.shop) in an on-disk Derby database")
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class RemoteForeignKeyTest {

    private static final Path ROOT = Path.of("target", "resilience-" + UUID.randomUUID()).toAbsolutePath();
    private static final Path ORIGINAL = ROOT.resolve("original-db");
    private static final Path COPY = ROOT.resolve("copied-db");
    private static final String SHOP_NAME = "Round Trip Pizzeria";

    private static CountingHost host;
    private static Slumber server;
    private static SlumberClient client;
    private static String shopUrl;
    private static String orderUrl;
    private static String originalServiceUrl;

    @BeforeAll
    static void start() {
        host = new CountingHost();
        server = Fixtures.startPizzas(Fixtures.settings()
                .with(Setting.DATABASE_URL, "jdbc:derby:" + ORIGINAL + ";create=true"), host);
        originalServiceUrl = server.services().get("pizzas");
        client = Fixtures.networkClient(Fixtures.settings(), server.services());
        shopUrl = model("Shop").create(Map.of("name", SHOP_NAME, "slug", "rt" + Long.toString(System.nanoTime(), 36)))
                .url();
        orderUrl = model("Order").create(Map.of("shop", shopUrl)).url();
    }

    @AfterAll
    static void cleanUp() throws IOException {
        client.close();
        server.close();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static RemoteModel model(String name) {
        return client.modelAt(originalServiceUrl + "slumber_examples/" + name + "/");
    }

    private static long pk(String instanceUrl) {
        String[] segments = URI.create(instanceUrl).getPath().split("/");
        return Long.parseLong(segments[segments.length - 1]);
    }

    /** The stored {@code shop} column of an order, read with a second embedded connection. */
    static String storedShop(Path database, long orderPk) {
        try (Connection connection = DriverManager.getConnection("jdbc:derby:" + database);
             PreparedStatement select = connection.prepareStatement(
                     "SELECT \"shop\" FROM \"slumber_examples_order\" WHERE \"id\" = ?")) {
            select.setLong(1, orderPk);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("order " + orderPk + " is stored").isTrue();
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long storedOrders(Path database) {
        try (Connection connection = DriverManager.getConnection("jdbc:derby:" + database);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM \"slumber_examples_order\"")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long shopRequests(CountingHost counted) {
        return counted.count(request -> request.path().contains("/slumber_examples/Shop/")
                || request.path().startsWith("/slumber/pizzas/shop/"));
    }

    @Nested
    @Order(1)
    @DisplayName("while its server runs")
    class WhileRunning {

        @Test
        @DisplayName("is stored in slumber:// form: slumber://pizzas/slumber_examples/Shop/data/<pk>/")
        void storedForm() {
            assertThat(shopUrl).startsWith(originalServiceUrl);
            assertThat(storedShop(ORIGINAL, pk(orderUrl)))
                    .isEqualTo("slumber://pizzas/slumber_examples/Shop/data/" + pk(shopUrl) + "/");
        }

        @Test
        @DisplayName("is shown on the wire as the shop's absolute URL")
        void wireForm() {
            Map<String, Object> document = client.userAgent().get(orderUrl);

            assertThat(document).extractingByKey("fields").extracting("shop").extracting("data").isEqualTo(shopUrl);
        }

        @Test
        @DisplayName("accepts a remote instance or a slumber:// URL on write, storing the same slumber:// form")
        void otherWriteForms() {
            RemoteInstance shop = client.instanceAt(shopUrl);
            String byInstance = model("Order").create(Map.of("shop", shop)).url();
            String bySlumberUrl = model("Order").create(Map.of("shop",
                    "slumber://pizzas/slumber_examples/Shop/data/" + pk(shopUrl) + "/")).url();

            String expected = "slumber://pizzas/slumber_examples/Shop/data/" + pk(shopUrl) + "/";
            assertThat(storedShop(ORIGINAL, pk(byInstance))).isEqualTo(expected);
            assertThat(storedShop(ORIGINAL, pk(bySlumberUrl))).isEqualTo(expected);
            assertThat(client.instanceAt(bySlumberUrl).string("shop")).isEqualTo(shopUrl);
        }

        @Test
        @DisplayName("is read back lazily: no request for the shop until one of its fields is used")
        void lazy() {
            long shopsBefore = shopRequests(host);
            long sentBefore = client.requestCount();

            RemoteInstance shop = client.instanceAt(orderUrl).instance("shop");

            assertThat(shop.url()).isEqualTo(shopUrl);
            assertThat(shop.isLoaded()).isFalse();
            assertThat(shopRequests(host)).as("requests for the shop").isEqualTo(shopsBefore);
            assertThat(client.requestCount() - sentBefore).as("requests sent: the order only").isEqualTo(1);

            assertThat(shop.string("name")).isEqualTo(SHOP_NAME);
            assertThat(shopRequests(host) - shopsBefore).isEqualTo(1);
            assertThat(host.count("GET", URI.create(shopUrl).getRawPath())).isPositive();
        }

        @Test
        @DisplayName("refuses, with 400 and nothing written, the URL of an instance of another model")
        void otherModel() {
            long before = storedOrders(ORIGINAL);
            String pizzaUrl = originalServiceUrl + "slumber_examples/Pizza/data/1/";

            assertRefused(pizzaUrl);
            assertRefused("slumber://pizzas/slumber_examples/Pizza/data/1/");
            assertThat(storedOrders(ORIGINAL)).isEqualTo(before);
        }

        @Test
        @DisplayName("refuses, with 400 and nothing written, a slumber:// URL of a service the directory lacks")
        void unknownService() {
            long before = storedOrders(ORIGINAL);

            assertRefused("slumber://nowhere/slumber_examples/Shop/data/" + pk(shopUrl) + "/");
            assertThat(storedOrders(ORIGINAL)).isEqualTo(before);
        }

        private void assertRefused(String url) {
            RemoteException refused = catchThrowableOfType(RemoteException.class,
                    () -> model("Order").create(Map.of("shop", url)));
            assertThat(refused).as("creating an order with shop " + url).isNotNull();
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.error()).contains("shop");
        }
    }

    @Nested
    @Order(2)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("copied to a server with another service map")
    class Copied {

        private final CountingHost copyHost = new CountingHost();
        private Slumber copyServer;
        private SlumberClient copyClient;
        private int port;

        @BeforeAll
        void copyAndStart() throws IOException {
            client.close();
            server.close();
            copyTree(ORIGINAL, COPY);
            port = Fixtures.freePort();
            while (originalServiceUrl.contains(":" + port + "/")) {
                port = Fixtures.freePort();
            }
            Settings settings = Fixtures.settings()
                    .with(Setting.PORT, port)
                    .with(Setting.DIRECTORY, "pizzas=http://localhost:" + port + "/slumber/pizzas/")
                    .with(Setting.DATABASE_URL, "jdbc:derby:" + COPY + ";create=true");
            copyServer = Fixtures.startPizzas(settings, copyHost);
            copyClient = Fixtures.networkClient(Fixtures.settings(), copyServer.services());
        }

        @AfterAll
        void stopCopy() {
            if (copyClient != null) {
                copyClient.close();
            }
            if (copyServer != null) {
                copyServer.close();
            }
        }

        private String moved(String url) {
            return url.replace(originalServiceUrl, "http://localhost:" + port + "/slumber/pizzas/");
        }

        @Test
        @DisplayName("keeps the slumber:// form in the copied database")
        void storedForm() {
            assertThat(storedShop(COPY, pk(orderUrl)))
                    .isEqualTo("slumber://pizzas/slumber_examples/Shop/data/" + pk(shopUrl) + "/");
        }

        @Test
        @DisplayName("shows the shop at the new service URL on the wire")
        void wireForm() {
            Map<String, Object> document = copyClient.userAgent().get(moved(orderUrl));

            assertThat(document).extractingByKey("fields").extracting("shop").extracting("data")
                    .isEqualTo("http://localhost:" + port + "/slumber/pizzas/slumber_examples/Shop/data/"
                            + pk(shopUrl) + "/");
        }

        @Test
        @DisplayName("resolves the shop from the new server")
        void resolves() {
            long before = copyHost.count("GET", URI.create(moved(shopUrl)).getRawPath());

            RemoteInstance shop = copyClient.instanceAt(moved(orderUrl)).instance("shop");

            assertThat(shop.url()).isEqualTo(moved(shopUrl));
            assertThat(shop.string("name")).isEqualTo(SHOP_NAME);
            assertThat(copyHost.count("GET", URI.create(moved(shopUrl)).getRawPath()) - before).isEqualTo(1);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                try {
                    Files.copy(source, to.resolve(from.relativize(source).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
