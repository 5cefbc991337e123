package org.slumber.examples.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slumber.core.Slumber;
import org.slumber.core.client.RemoteException;
import org.slumber.core.client.RemoteInstance;
import org.slumber.core.client.RemoteModel;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;
import org.slumber.examples.resilience.Fixtures.CountingHost;

/**
 * client.md, "Caching", counted at the server: every client here goes over the network
 * ({@code inProcess(false)}), and the host counts what reaches it.
 */
@DisplayName("The client's cache, counted at the server,")
class ClientCacheTest {

    private static final String PIZZA_SUFFIX = "/slumber_examples/Pizza/";
    private static final Duration SHORT_TTL = Duration.ofMillis(800);
    private static final Duration INSTANCE_TTL = Duration.ofSeconds(1);

    private static CountingHost host;
    private static Slumber server;
    private static Map<String, String> services;

    @BeforeAll
    static void start() {
        host = new CountingHost();
        server = Fixtures.startPizzas(Fixtures.settings(), host);
        services = server.services();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String pizzaModelUrl() {
        return services.get("pizzas") + "slumber_examples/Pizza/";
    }

    private static long gets(String url) {
        return host.count("GET", URI.create(url).getRawPath());
    }

    /** A new pizza, created through a separate client (so that no client under test saw it). */
    private static String newPizza() {
        try (SlumberClient other = Fixtures.networkClient(Fixtures.settings(), services)) {
            return other.modelAt(pizzaModelUrl()).create(Map.of("name", "Cached " + UUID.randomUUID(),
                    "max_extra_toppings", 1)).url();
        }
    }

    private static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis() + 150);
    }

    @Nested
    @DisplayName("for model metadata")
    class Metadata {

        @Test
        @DisplayName("with the default 2 s time, a second read half a second later makes no request")
        void defaultTtl() throws InterruptedException {
            try (SlumberClient client = Fixtures.networkClient(Fixtures.settings(), services)) {
                long before = gets(pizzaModelUrl());
                RemoteModel model = client.modelAt(pizzaModelUrl());

                assertThat(model.fieldNames()).contains("name", "for_sale");
                assertThat(gets(pizzaModelUrl()) - before).isEqualTo(1);
                Thread.sleep(500);
                assertThat(client.modelAt(pizzaModelUrl()).operations()).containsKey("create");
                assertThat(gets(pizzaModelUrl()) - before).as("GETs of the model URL").isEqualTo(1);
            }
        }

        @Test
        @DisplayName("within a short time, reads of the same model make one request; after it, the next read refetches")
        void shortTtl() throws InterruptedException {
            Settings settings = Fixtures.settings().with(Setting.CLIENT_METADATA_TTL, SHORT_TTL);
            try (SlumberClient client = Fixtures.networkClient(settings, services)) {
                long before = gets(pizzaModelUrl());
                RemoteModel model = client.modelAt(pizzaModelUrl());

                model.fieldNames();
                model.operations();
                client.modelAt(pizzaModelUrl()).dataArrays();
                assertThat(gets(pizzaModelUrl()) - before).isEqualTo(1);

                sleep(SHORT_TTL);
                assertThat(model.name()).isEqualTo("Pizza");
                assertThat(gets(pizzaModelUrl()) - before).isEqualTo(2);
                model.module();
                assertThat(gets(pizzaModelUrl()) - before).isEqualTo(2);
            }
        }

        @Test
        @DisplayName("is kept per model: another model's metadata is fetched")
        void perModel() {
            try (SlumberClient client = Fixtures.networkClient(Fixtures.settings(), services)) {
                String shopUrl = services.get("pizzas") + "slumber_examples/Shop/";
                long pizzaBefore = gets(pizzaModelUrl());
                long shopBefore = gets(shopUrl);

                client.modelAt(pizzaModelUrl()).fieldNames();
                client.modelAt(shopUrl).fieldNames();

                assertThat(gets(pizzaModelUrl()) - pizzaBefore).isEqualTo(1);
                assertThat(gets(shopUrl) - shopBefore).isEqualTo(1);
            }
        }

        @Test
        @DisplayName("is kept per client: a second client fetches for itself")
        void perClient() {
            try (SlumberClient first = Fixtures.networkClient(Fixtures.settings(), services);
                 SlumberClient second = Fixtures.networkClient(Fixtures.settings(), services)) {
                long before = gets(pizzaModelUrl());
                first.modelAt(pizzaModelUrl()).fieldNames();
                second.modelAt(pizzaModelUrl()).fieldNames();

                assertThat(gets(pizzaModelUrl()) - before).isEqualTo(2);
            }
        }
    }

    @Nested
    @DisplayName("for instances")
    class Instances {

        @Test
        @DisplayName("by default caches nothing: each read of an instance URL is a request")
        void notCachedByDefault() {
            String url = newPizza();
            try (SlumberClient client = Fixtures.networkClient(Fixtures.settings(), services)) {
                long before = gets(url);

                assertThat(client.instanceAt(url).integer("max_extra_toppings")).isEqualTo(1);
                assertThat(client.instanceAt(url).integer("max_extra_toppings")).isEqualTo(1);
                assertThat(client.instanceAt(url).display()).startsWith("Cached ");

                assertThat(gets(url) - before).isEqualTo(3);
            }
        }

        @Test
        @DisplayName("with a cache time for the model, a second read within it makes no request")
        void cachedWithTtl() {
            String url = newPizza();
            try (SlumberClient client = cachingClient()) {
                long before = gets(url);

                assertThat(client.instanceAt(url).integer("max_extra_toppings")).isEqualTo(1);
                assertThat(client.instanceAt(url).string("name")).startsWith("Cached ");

                assertThat(gets(url) - before).isEqualTo(1);
            }
        }

        @Test
        @DisplayName("an update through the client drops the cached data: the next read fetches and shows the change")
        void updateInvalidates() {
            String url = newPizza();
            try (SlumberClient client = cachingClient()) {
                RemoteInstance pizza = client.instanceAt(url);
                assertThat(pizza.integer("max_extra_toppings")).isEqualTo(1);

                client.modelAt(pizzaModelUrl()).update(client.instanceAt(url), Map.of("max_extra_toppings", 4));
                long afterUpdate = gets(url);
                RemoteInstance fresh = client.instanceAt(url);

                assertThat(fresh.integer("max_extra_toppings")).isEqualTo(4);
                assertThat(gets(url) - afterUpdate).as("GETs of the instance after the update").isEqualTo(1);
            }
        }

        @Test
        @DisplayName("a delete through the client drops the cached data: the next read asks and finds nothing")
        void deleteInvalidates() {
            String url = newPizza();
            try (SlumberClient client = cachingClient()) {
                assertThat(client.instanceAt(url).integer("max_extra_toppings")).isEqualTo(1);

                client.modelAt(pizzaModelUrl()).delete(client.instanceAt(url));
                long afterDelete = gets(url);

                assertThatThrownBy(() -> client.instanceAt(url).string("name"))
                        .isInstanceOfSatisfying(RemoteException.class, e -> assertThat(e.status()).isEqualTo(404));
                assertThat(gets(url) - afterDelete).isEqualTo(1);
            }
        }

        @Test
        @DisplayName("a change made elsewhere is seen once the cache time has passed, with one new request")
        void expiry() throws InterruptedException {
            String url = newPizza();
            try (SlumberClient client = cachingClient();
                 SlumberClient elsewhere = Fixtures.networkClient(Fixtures.settings(), services)) {
                assertThat(client.instanceAt(url).integer("max_extra_toppings")).isEqualTo(1);

                elsewhere.modelAt(pizzaModelUrl()).update(elsewhere.instanceAt(url), Map.of("max_extra_toppings", 7));
                long afterChange = gets(url);
                assertThat(client.instanceAt(url).integer("max_extra_toppings")).as("still cached").isEqualTo(1);
                assertThat(gets(url)).isEqualTo(afterChange);

                sleep(INSTANCE_TTL);
                assertThat(client.instanceAt(url).integer("max_extra_toppings")).isEqualTo(7);
                assertThat(gets(url) - afterChange).isEqualTo(1);
            }
        }

        @Test
        @DisplayName("a cache time for one model does not cache another model's instances")
        void otherModelsUncached() {
            try (SlumberClient client = cachingClient()) {
                String shop = client.modelAt(services.get("pizzas") + "slumber_examples/Shop/")
                        .create(Map.of("name", "Uncached", "slug", "u" + Long.toString(System.nanoTime(), 36)))
                        .url();
                long before = gets(shop);

                client.instanceAt(shop).string("name");
                client.instanceAt(shop).string("name");

                assertThat(gets(shop) - before).isEqualTo(2);
            }
        }

        @Test
        @DisplayName("only 200 answers are cached: a missing instance is asked for again")
        void errorsNotCached() {
            String missing = pizzaModelUrl() + "data/987654321/";
            try (SlumberClient client = cachingClient()) {
                long before = gets(missing);
                for (int i = 0; i < 2; i++) {
                    assertThatThrownBy(() -> client.instanceAt(missing).string("name"))
                            .isInstanceOfSatisfying(RemoteException.class, e -> assertThat(e.status()).isEqualTo(404));
                }

                assertThat(gets(missing) - before).isEqualTo(2);
            }
        }

        private SlumberClient cachingClient() {
            return Fixtures.networkClient(Fixtures.settings(), services,
                    config -> config.cacheTtl(PIZZA_SUFFIX, INSTANCE_TTL));
        }
    }
}
