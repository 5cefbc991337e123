package org.slumber.core.internal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.core.internal.server.PathResolverTest.REGISTRY;
import static org.slumber.core.internal.server.PathResolverTest.RESOLVER;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slumber.core.internal.render.Answer.Crumb;

@DisplayName("Breadcrumbs")
class BreadcrumbsTest {

    private static final Breadcrumbs CRUMBS = new Breadcrumbs(RESOLVER, REGISTRY, "svc");
    private static final Crumb DIRECTORY = new Crumb("slumber", "/slumber/");
    private static final Crumb SERVICE = new Crumb("svc", "/slumber/svc/");
    private static final Crumb SHOP_APP = new Crumb("shop", "/slumber/svc/shop/");
    private static final Crumb SHOP = new Crumb("Shop", "/slumber/svc/shop/Shop/");
    private static final Crumb PIZZA = new Crumb("Pizza", "/slumber/svc/shop/Pizza/");

    private static List<Crumb> signedIn(String path) {
        return CRUMBS.of(path, true);
    }

    @Nested
    @DisplayName("for a signed-in reader follow the resolved route")
    class SignedIn {

        @Test
        @DisplayName("the directory, the service, an app and a model, each page its own last crumb")
        void structure() {
            assertThat(signedIn("/slumber/")).containsExactly(DIRECTORY);
            assertThat(signedIn("/slumber/svc/")).containsExactly(DIRECTORY, SERVICE);
            assertThat(signedIn("/slumber/svc/shop/")).containsExactly(DIRECTORY, SERVICE, SHOP_APP);
            assertThat(signedIn("/slumber/svc/shop/Shop/")).containsExactly(DIRECTORY, SERVICE, SHOP_APP, SHOP);
        }

        @Test
        @DisplayName("an app whose path has several segments is one crumb with its dotted name")
        void nestedApps() {
            Crumb auth = new Crumb("django.contrib.auth", "/slumber/svc/django/contrib/auth/");
            assertThat(signedIn("/slumber/svc/django/contrib/auth/")).containsExactly(DIRECTORY, SERVICE, auth);
            assertThat(signedIn("/slumber/svc/django/contrib/auth/User/")).containsExactly(DIRECTORY, SERVICE, auth,
                    new Crumb("User", "/slumber/svc/django/contrib/auth/User/"));
            assertThat(signedIn("/slumber/svc/shop/nested1/Nested/")).containsExactly(DIRECTORY, SERVICE,
                    new Crumb("shop.nested1", "/slumber/svc/shop/nested1/"),
                    new Crumb("Nested", "/slumber/svc/shop/nested1/Nested/"));
        }

        @Test
        @DisplayName("an instance sits under its model, with no crumb for data/, linked by its mounted data URL")
        void instances() {
            assertThat(signedIn("/slumber/svc/shop/Pizza/data/7/")).containsExactly(DIRECTORY, SERVICE, SHOP_APP,
                    PIZZA, new Crumb("7", "/slumber/svc/shop/Pizza/data/7/"));
            assertThat(signedIn("/slumber/svc/shop/Pizza/data/7/prices/")).containsExactly(DIRECTORY, SERVICE,
                    SHOP_APP, PIZZA, new Crumb("7", "/slumber/svc/shop/Pizza/data/7/"),
                    new Crumb("prices", "/slumber/svc/shop/Pizza/data/7/prices/"));
            assertThat(signedIn("/slumber/svc/shop/Shop/data/a%20b/items/")).containsExactly(DIRECTORY, SERVICE,
                    SHOP_APP, SHOP, new Crumb("a b", "/slumber/svc/shops/a%20b/"),
                    new Crumb("items", "/slumber/svc/shop/Shop/data/a%20b/items/"));
        }

        @Test
        @DisplayName("a mounted operation sits under its model, not under the segments of its URI")
        void mounted() {
            assertThat(signedIn("/slumber/svc/shops/a%20b/")).containsExactly(DIRECTORY, SERVICE, SHOP_APP, SHOP,
                    new Crumb("a b", "/slumber/svc/shops/a%20b/"));
            assertThat(signedIn("/slumber/svc/shops/hal/")).containsExactly(DIRECTORY, SERVICE, SHOP_APP, SHOP,
                    new Crumb("hal", "/slumber/svc/shops/hal/"));
            assertThat(signedIn("/slumber/elsewhere/")).containsExactly(DIRECTORY, SERVICE, SHOP_APP, PIZZA,
                    new Crumb("elsewhere", "/slumber/elsewhere/"));
        }

        @Test
        @DisplayName("a model operation is named by its last segment")
        void modelOperations() {
            assertThat(signedIn("/slumber/svc/shop/Shop/instances/")).containsExactly(DIRECTORY, SERVICE, SHOP_APP,
                    SHOP, new Crumb("instances", "/slumber/svc/shop/Shop/instances/"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "/slumber/svc/shop/Calzone/      | 4 | Calzone",
            "/slumber/svc/django/            | 3 | django",
            "/slumber/svc/shop/%3Cb%3E%26/   | 4 | <b>&",
            "/slumber/svc                    | 2 | svc",
            "/nowhere/at/all/                | 1 | all",
            "/                               | 1 | /"})
        @DisplayName("a path that leads nowhere keeps the crumbs above it and ends with itself")
        void nowhere(String path, int count, String label) {
            List<Crumb> crumbs = signedIn(path);
            assertThat(crumbs).hasSize(count).endsWith(new Crumb(label, path));
            if (count > 1) {
                assertThat(crumbs.get(0)).isEqualTo(DIRECTORY);
            }
            if (count > 3) {
                assertThat(crumbs.subList(1, 3)).containsExactly(SERVICE, SHOP_APP);
            }
        }
    }

    @Test
    @DisplayName("for an anonymous reader show only the open directory and the page, whatever exists")
    void anonymous() {
        assertThat(CRUMBS.of("/slumber/svc/shop/Shop/data/7/", false))
                .containsExactly(DIRECTORY, new Crumb("7", "/slumber/svc/shop/Shop/data/7/"));
        assertThat(CRUMBS.of("/slumber/svc/django/contrib/auth/", false))
                .containsExactly(DIRECTORY, new Crumb("auth", "/slumber/svc/django/contrib/auth/"));
        assertThat(CRUMBS.of("/slumber/", false)).containsExactly(DIRECTORY);
        assertThat(new Breadcrumbs(new PathResolver(REGISTRY, null), REGISTRY, null).of("/slumber/shop/", false))
                .as("without a service the mount point is the application list, which is not open")
                .containsExactly(new Crumb("shop", "/slumber/shop/"));
    }
}
