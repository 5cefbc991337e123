package org.slumber.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The slumber:// scheme")
class SlumberSchemeTest {

    private static final String PIZZAS = "http://localhost:8001/slumber/pizzas/";
    private static final String SHOP = "http://localhost:8001/slumber/pizzas/slumber_ex_shop/";
    private static final String AUTH = "https://auth.example.com/slumber/auth/";

    /** Two overlapping services (shop lies inside pizzas) and an unrelated one, in the given order. */
    private static Map<String, String> services(String... namesAndUrls) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndUrls.length; i += 2) {
            map.put(namesAndUrls[i], namesAndUrls[i + 1]);
        }
        return map;
    }

    private static Map<String, String> standard() {
        return services("pizzas", PIZZAS, "shop", SHOP, "auth", AUTH);
    }

    @Nested
    @DisplayName("toSlumberScheme")
    class ToSlumberScheme {

        @Test
        @DisplayName("replaces the prefix of the service whose URL the URL starts with")
        void replacesTheServicePrefix() {
            assertThat(SlumberScheme.toSlumberScheme(PIZZAS + "slumber_examples/Shop/data/7/", standard()))
                    .isEqualTo("slumber://pizzas/slumber_examples/Shop/data/7/");
            assertThat(SlumberScheme.toSlumberScheme(AUTH + "django/contrib/auth/User/data/1/", standard()))
                    .isEqualTo("slumber://auth/django/contrib/auth/User/data/1/");
        }

        @Test
        @DisplayName("turns a service's own URL into slumber://<service>/")
        void serviceRoot() {
            assertThat(SlumberScheme.toSlumberScheme(PIZZAS, standard())).isEqualTo("slumber://pizzas/");
        }

        @Test
        @DisplayName("keeps the query string of the URL")
        void keepsQuery() {
            assertThat(SlumberScheme.toSlumberScheme(PIZZAS + "slumber_examples/Pizza/get/?name=Margherita",
                    standard())).isEqualTo("slumber://pizzas/slumber_examples/Pizza/get/?name=Margherita");
        }

        @Test
        @DisplayName("chooses the longest matching service URL, whatever the order of the map")
        void longestPrefixWins() {
            String url = SHOP + "NestedModel/data/3/";
            Map<String, String> outerFirst = services("pizzas", PIZZAS, "shop", SHOP);
            Map<String, String> innerFirst = services("shop", SHOP, "pizzas", PIZZAS);

            assertThat(SlumberScheme.toSlumberScheme(url, outerFirst)).isEqualTo("slumber://shop/NestedModel/data/3/");
            assertThat(SlumberScheme.toSlumberScheme(url, innerFirst)).isEqualTo("slumber://shop/NestedModel/data/3/");
        }

        @Test
        @DisplayName("still chooses the shorter service for URLs outside the longer one")
        void outsideTheLongerService() {
            assertThat(SlumberScheme.toSlumberScheme(PIZZAS + "slumber_examples/Pizza/", standard()))
                    .isEqualTo("slumber://pizzas/slumber_examples/Pizza/");
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @ValueSource(strings = {
            "http://elsewhere.example.com/slumber/pizzas/slumber_examples/Shop/data/1/",
            "http://localhost:8002/slumber/pizzas/slumber_examples/Shop/data/1/",
            "https://localhost:8001/slumber/pizzas/slumber_examples/Shop/data/1/",
            "http://localhost:8001/slumber/takeaway/slumber_examples/Order/data/1/",
            "/slumber/pizzas/slumber_examples/Shop/data/1/",
            "slumber://pizzas/slumber_examples/Shop/data/1/",
            ""})
        @DisplayName("returns a URL that no service matches unchanged")
        void noMatch(String url) {
            assertThat(SlumberScheme.toSlumberScheme(url, standard())).isEqualTo(url);
        }

        @Test
        @DisplayName("returns every URL unchanged when there is no service map or an empty one")
        void noServices() {
            String url = PIZZAS + "slumber_examples/Shop/data/1/";
            assertThat(SlumberScheme.toSlumberScheme(url, null)).isEqualTo(url);
            assertThat(SlumberScheme.toSlumberScheme(url, Map.of())).isEqualTo(url);
        }

        @Test
        @DisplayName("treats a service URL without its trailing slash as the same URL with it")
        void serviceUrlWithoutSlash() {
            Map<String, String> slashless = services("pizzas", "http://localhost:8001/slumber/pizzas");

            assertThat(SlumberScheme.toSlumberScheme(PIZZAS + "slumber_examples/Shop/", slashless))
                    .isEqualTo("slumber://pizzas/slumber_examples/Shop/");
        }

        @Test
        @DisplayName("matches a service URL only at a path-segment boundary, not inside a longer segment")
        void segmentBoundary() {
            Map<String, String> slashless = services("pizza", "http://localhost:8001/slumber/pizza");
            String url = PIZZAS + "slumber_examples/Shop/";

            assertThat(SlumberScheme.toSlumberScheme(url, slashless)).isEqualTo(url);
        }
    }

    @Nested
    @DisplayName("fromSlumberScheme")
    class FromSlumberScheme {

        @Test
        @DisplayName("replaces slumber://<service>/ with that service's URL")
        void replacesTheService() {
            assertThat(SlumberScheme.fromSlumberScheme("slumber://pizzas/slumber_examples/Shop/data/7/", standard()))
                    .isEqualTo(PIZZAS + "slumber_examples/Shop/data/7/");
            assertThat(SlumberScheme.fromSlumberScheme("slumber://shop/NestedModel/", standard()))
                    .isEqualTo(SHOP + "NestedModel/");
            assertThat(SlumberScheme.fromSlumberScheme("slumber://auth/", standard())).isEqualTo(AUTH);
        }

        @Test
        @DisplayName("adds the slash a service URL of the map lacks")
        void serviceUrlWithoutSlash() {
            Map<String, String> slashless = services("pizzas", "http://localhost:8001/slumber/pizzas");

            assertThat(SlumberScheme.fromSlumberScheme("slumber://pizzas/slumber_examples/Shop/", slashless))
                    .isEqualTo(PIZZAS + "slumber_examples/Shop/");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "http://localhost:8001/slumber/pizzas/slumber_examples/Shop/data/1/",
            "https://auth.example.com/slumber/auth/",
            "/slumber/pizzas/slumber_examples/Shop/",
            "ftp://files.example.com/slumber/",
            "SLUMBER-like://pizzas/x/"})
        @DisplayName("passes URLs in other schemes through unchanged")
        void otherSchemes(String url) {
            assertThat(SlumberScheme.fromSlumberScheme(url, standard())).isEqualTo(url);
        }

        @Test
        @DisplayName("passes URLs in other schemes through even without a service map")
        void otherSchemesWithoutServices() {
            assertThat(SlumberScheme.fromSlumberScheme(PIZZAS, null)).isEqualTo(PIZZAS);
        }

        @Test
        @DisplayName("refuses an unknown service with a message naming the URL and the known services")
        void unknownService() {
            String url = "slumber://takeaway/slumber_examples/Order/data/1/";

            assertThatThrownBy(() -> SlumberScheme.fromSlumberScheme(url, standard()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(url)
                    .hasMessageContaining("pizzas")
                    .hasMessageContaining("shop")
                    .hasMessageContaining("auth");
        }

        @Test
        @DisplayName("refuses any slumber:// URL when there is no service map, naming the URL and that there is none")
        void noServiceMap() {
            String url = "slumber://pizzas/slumber_examples/Shop/data/1/";

            assertThatThrownBy(() -> SlumberScheme.fromSlumberScheme(url, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(url)
                    .hasMessageContainingAll("no service");
        }

        @Test
        @DisplayName("refuses a slumber:// URL with an empty service map, naming the URL")
        void emptyServiceMap() {
            String url = "slumber://pizzas/slumber_examples/Shop/";

            assertThatThrownBy(() -> SlumberScheme.fromSlumberScheme(url, Map.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(url);
        }
    }

    @Nested
    @DisplayName("round trips")
    class RoundTrips {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            PIZZAS,
            PIZZAS + "slumber_examples/Shop/data/7/",
            SHOP + "NestedModel/data/3/",
            AUTH + "django/contrib/auth/User/get/?username=user"})
        @DisplayName("an absolute URL of a service comes back from its slumber:// form")
        void absoluteToSlumberAndBack(String url) {
            String slumber = SlumberScheme.toSlumberScheme(url, standard());

            assertThat(slumber).startsWith(SlumberScheme.PREFIX);
            assertThat(SlumberScheme.fromSlumberScheme(slumber, standard())).isEqualTo(url);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "slumber://pizzas/slumber_examples/Shop/data/7/",
            "slumber://shop/NestedModel/",
            "slumber://auth/"})
        @DisplayName("a slumber:// URL comes back from its absolute form")
        void slumberToAbsoluteAndBack(String url) {
            String absolute = SlumberScheme.fromSlumberScheme(url, standard());

            assertThat(absolute).startsWith("http");
            assertThat(SlumberScheme.toSlumberScheme(absolute, standard())).isEqualTo(url);
        }

        @Test
        @DisplayName("a stored slumber:// URL resolves to each environment's own service URL")
        void copiedBetweenEnvironments() {
            Map<String, String> production = services("pizzas", "https://pizzas.example.com/slumber/pizzas/");
            Map<String, String> staging = services("pizzas", "http://staging:9000/slumber/pizzas/");
            String stored = SlumberScheme.toSlumberScheme(
                    "https://pizzas.example.com/slumber/pizzas/slumber_examples/Shop/data/4/", production);

            assertThat(SlumberScheme.fromSlumberScheme(stored, staging))
                    .isEqualTo("http://staging:9000/slumber/pizzas/slumber_examples/Shop/data/4/");
        }
    }
}
