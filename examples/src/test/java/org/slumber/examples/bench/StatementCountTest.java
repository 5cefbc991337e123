package org.slumber.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slumber.core.Slumber;
import org.slumber.core.client.RemoteApp;
import org.slumber.core.client.RemoteModel;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;
import org.slumber.examples.pizza.ExampleAccounts;
import org.slumber.examples.pizza.PizzaExample;
import org.slumber.mybatis.MyBatisStorage;
import org.slumber.spi.storage.StorageSettings;

/**
 * Regression test for N+1 queries: the storage calls, and the SQL statements Derby executes
 * ({@link DerbyStatementLog}; each storage call must be exactly one), that one GET costs, for instance data and for pages, must be bounded and must not
 * depend on what the page holds: a page of 10 instances whose foreign keys point at 10
 * different rows costs the same as one whose foreign keys are null or all point at the same row.
 * This is what {@code InstanceLoader}'s per-batch loading of foreign keys guarantees.
 *
 * <p>It lives here, not in slumber-core, because it needs the real stack: the pizza example's
 * models with their two-level display texts, Jetty, and the MyBatis adapter (wrapped in
 * {@link CountingStorage}, passed with {@code Slumber.builder().storage(...)}). Requests use
 * the local development access; the user lookup is not cached ({@code slumber.auth.cache_ttl=0}),
 * so each request also shows its authentication cost, counted apart.
 */
class StatementCountTest {

    private static final String APP = "/slumber/pizzas/slumber_examples/";

    private static CountingStorage storage;
    private static DerbyStatementLog sql;
    private static Slumber server;
    private static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        String database = "jdbc:derby:memory:statements-" + UUID.randomUUID();
        sql = new DerbyStatementLog(database);
        storage = new CountingStorage(MyBatisStorage.open(StorageSettings.of(database + ";create=true")));
        Settings settings = PizzaExample.defaults(Settings.defaults()
                .with(Setting.HOST, "127.0.0.1")
                .with(Setting.PORT, 0)
                .with(Setting.SECRET, "test-secret")
                .with(Setting.DEV_USER, "service")
                .with(Setting.AUTH_CACHE_TTL, Duration.ZERO)
                .with(Setting.PASSWORD_ITERATIONS, 1_000), Path.of("target"));
        server = Slumber.builder().settings(settings).storage(storage).onNewDatabase(ExampleAccounts::create)
                .start();
        seed();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /**
     * Shops 1-10; pizzas 1-10 each exclusive to a different shop, pizzas 11-20 to none; prices
     * 1-10 one for each of pizzas 1-10, prices 11-14 of pizza 11, prices 15-25 of pizza 12;
     * size prices 1-10 one on each of prices 1-10 (ten prices of ten pizzas), size prices 11-20
     * on prices 11-14 (all of pizza 11).
     */
    private static void seed() {
        try (SlumberClient client = SlumberClient.builder()
                .services(Map.of("pizzas", "http://127.0.0.1:" + server.port() + "/slumber/pizzas/"))
                .unsigned().discoverConfigurers(false).build()) {
            RemoteApp app = client.service("pizzas").app("slumber_examples");
            RemoteModel shops = app.model("Shop");
            RemoteModel pizzas = app.model("Pizza");
            RemoteModel prices = app.model("PizzaPrice");
            RemoteModel sizePrices = app.model("PizzaSizePrice");
            for (int i = 1; i <= 10; i++) {
                shops.create(Map.of("name", "Shop " + i, "slug", "shop-" + i));
            }
            for (int i = 1; i <= 20; i++) {
                pizzas.create(i <= 10 ? Map.of("name", "Pizza " + i, "exclusive_to", i) : Map.of("name", "Pizza " + i));
            }
            for (int i = 1; i <= 25; i++) {
                int pizza = i <= 10 ? i : i <= 14 ? 11 : 12;
                prices.create(Map.of("pizza", pizza, "date", "2024-01-" + (i < 10 ? "0" : "") + i));
            }
            String[] sizes = {"s", "m", "l"};
            for (int i = 1; i <= 20; i++) {
                int price = i <= 10 ? i : 11 + (i - 11) / 3;
                String size = i <= 10 ? "s" : sizes[(i - 11) % 3];
                sizePrices.create(Map.of("price", price, "amount", i + ".50", "size", size));
            }
        }
    }

    @Test
    void instanceDataWithAForeignKeyCostsOneStatementMoreThanWithout() throws Exception {
        Counted withShop = get(APP + "Pizza/data/1/");
        Counted withoutShop = get(APP + "Pizza/data/11/");

        assertThat(withShop.data()).as("instance data of a pizza with a shop: %s", withShop)
                .hasSizeLessThanOrEqualTo(2);
        assertThat(withShop.data().size()).as("with a shop %s, without %s", withShop, withoutShop)
                .isLessThanOrEqualTo(withoutShop.data().size() + 1);
        assertThat(withShop.auth()).as("authentication of %s", withShop).isLessThanOrEqualTo(2);
    }

    @Test
    void aPageOfInstancesWithForeignKeysCostsTheSameAsOneWithout() throws Exception {
        Counted withoutShops = get(APP + "Pizza/instances/");                  // pizzas 20..11
        Counted withShops = get(APP + "Pizza/instances/?start_after=11");      // pizzas 10..1, ten shops

        assertThat(withShops.items()).isEqualTo(10);
        assertThat(withoutShops.items()).isEqualTo(10);
        assertThat(withShops.data()).as("a page of 10 pizzas with 10 shops: %s", withShops)
                .hasSizeLessThanOrEqualTo(2);
        assertThat(withShops.data().size()).as("with shops %s, without %s", withShops, withoutShops)
                .isLessThanOrEqualTo(withoutShops.data().size() + 1);
    }

    @Test
    void aPageWhoseDisplayFollowsTwoForeignKeysCostsTheSameWhateverItPointsAt() throws Exception {
        Counted shared = get(APP + "PizzaSizePrice/instances/");                // 4 prices of one pizza
        Counted spread = get(APP + "PizzaSizePrice/instances/?start_after=11"); // 10 prices of 10 pizzas

        assertThat(spread.items()).isEqualTo(10);
        assertThat(shared.items()).isEqualTo(10);
        // the page, then one findAll per level of foreign keys: price, then pizza
        assertThat(spread.data()).as("10 size prices of 10 prices of 10 pizzas: %s", spread)
                .hasSizeLessThanOrEqualTo(3);
        assertThat(spread.data()).as("spread %s, shared %s", spread, shared).isEqualTo(shared.data());
    }

    @Test
    void aDataArrayPageCostsTheSameWhateverItHolds() throws Exception {
        Counted eleven = get(APP + "Pizza/data/12/prices/");           // 11 prices: a page of 10 and a next page
        Counted one = get(APP + "Pizza/data/1/prices/");               // 1 price
        Counted twoLevels = get(APP + "PizzaPrice/data/11/amounts/");  // 3 size prices: price -> pizza display
        Counted twoLevelsOne = get(APP + "PizzaPrice/data/1/amounts/");

        assertThat(eleven.items()).isEqualTo(10);
        assertThat(one.items()).isEqualTo(1);
        assertThat(twoLevels.items()).isEqualTo(3);
        // the owner, the page, and the targets of the display's foreign keys
        assertThat(eleven.data()).as("a page of 10 prices: %s", eleven).hasSizeLessThanOrEqualTo(3);
        assertThat(eleven.data()).as("10 prices %s, 1 price %s", eleven, one).isEqualTo(one.data());
        assertThat(twoLevels.data()).as("a page of size prices: %s", twoLevels).hasSizeLessThanOrEqualTo(4);
        assertThat(twoLevels.data()).as("3 size prices %s, 1 size price %s", twoLevels, twoLevelsOne)
                .isEqualTo(twoLevelsOne.data());
    }

    @Test
    void authenticationCostsTheSameForEveryRequest() throws Exception {
        List<Counted> requests = List.of(get(APP + "Pizza/data/1/"), get(APP + "Pizza/instances/"),
                get(APP + "PizzaSizePrice/instances/"), get(APP + "PizzaPrice/data/11/amounts/"));
        for (Counted request : requests) {
            assertThat(request.auth()).as("authentication of %s", request).isEqualTo(requests.get(0).auth());
        }
    }

    /** The storage calls of one GET: those on the request's own data, and the authentication's. */
    private record Counted(String path, List<String> data, int auth, int items) {
        @Override
        public String toString() {
            return "GET " + path + " -> " + data + " + " + auth + " auth call(s)";
        }
    }

    private static Counted get(String path) throws IOException, InterruptedException {
        storage.reset();
        sql.mark();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        List<String> all = storage.calls();
        List<String> data = storage.dataCalls();
        List<String> statements = sql.statementsSinceMark();
        assertThat(statements).as("the SQL statements Derby executed for GET %s, against the storage calls %s",
                path, all).hasSameSizeAs(all);
        int items = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).path("page").size();
        return new Counted(path, data, all.size() - data.size(), items);
    }
}
