package org.slumber.core.internal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.core.internal.model.TestRegistries.compile;
import static org.slumber.core.internal.model.TestRegistries.modelOperation;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slumber.core.app.ModelRef;
import org.slumber.core.app.SlumberApp;
import org.slumber.core.internal.model.Model;
import org.slumber.core.internal.model.Registry;

@DisplayName("Resolving request paths")
class PathResolverTest {

    static final SlumberApp SHOP = app -> {
        app.name("shop");
        app.model("Shop", m -> m
                .stringKey("code", 50)
                .mount("data", "svc/shops")
                .operation("hal", modelOperation(), "svc/shops/hal"));
        app.model("Pizza", m -> m.key("id").mount("instances", "elsewhere"));
    };

    static final SlumberApp NESTED = app -> {
        app.name("shop.nested1");
        app.model("Nested", m -> m.key("id"));
    };

    static final Registry REGISTRY = compile(SHOP, NESTED);
    static final PathResolver RESOLVER = new PathResolver(REGISTRY, "svc");
    static final Model SHOP_MODEL = REGISTRY.model(ModelRef.of("shop", "Shop"));
    static final Model PIZZA = REGISTRY.model(ModelRef.of("shop", "Pizza"));
    static final Model NESTED_MODEL = REGISTRY.model(ModelRef.of("shop.nested1", "Nested"));

    private static Route resolve(String path) {
        return RESOLVER.resolve(path, "");
    }

    private static Route.Operation operation(String path) {
        Route route = resolve(path);
        assertThat(route).as(path).isInstanceOf(Route.Operation.class);
        return (Route.Operation) route;
    }

    @Nested
    @DisplayName("in service mode")
    class ServiceMode {

        @Test
        @DisplayName("the mount point is the service directory and the service root the application list")
        void roots() {
            assertThat(resolve("/slumber/")).isInstanceOf(Route.ServiceDirectory.class);
            assertThat(resolve("/slumber/svc/")).isInstanceOf(Route.AppList.class);
        }

        @Test
        @DisplayName("the longest app path wins")
        void longestAppPath() {
            assertThat(resolve("/slumber/svc/shop/")).isEqualTo(new Route.AppModels(REGISTRY.app("shop")));
            assertThat(resolve("/slumber/svc/shop/nested1/"))
                    .isEqualTo(new Route.AppModels(REGISTRY.app("shop.nested1")));
            assertThat(resolve("/slumber/svc/shop/nested1/Nested/")).isEqualTo(new Route.ModelMetadata(NESTED_MODEL));
            assertThat(resolve("/slumber/svc/shop/Shop/")).isEqualTo(new Route.ModelMetadata(SHOP_MODEL));
            assertThat(resolve("/slumber/svc/django/contrib/auth/User/"))
                    .isEqualTo(new Route.ModelMetadata(REGISTRY.model(ModelRef.AUTH_USER)));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"/slumber/svc/shop/nested1/Shop/", "/slumber/svc/shop/Nested/",
            "/slumber/svc/django/Shop/", "/slumber/svc/shop/nested1/Nested/nope/", "/slumber/svc/shop/Shop/data2/",
            "/slumber/svc/nowhere/", "/slumber/svc/shop/shop/", "/slumber/svc/Shop/"})
        @DisplayName("a model belongs only to the app that declares it; unknown apps, models and operations are 404")
        void notFound(String path) {
            assertThat(resolve(path)).isInstanceOf(Route.NotFound.class);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"/slumber/other/", "/slumber/other/shop/Shop/", "/slumber/svc2/shop/", "/slumber//",
            "/slumber//shop/Shop/"})
        @DisplayName("another service segment is 404")
        void otherService(String path) {
            assertThat(resolve(path)).isInstanceOf(Route.NotFound.class);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"/", "/slumberx/", "/api/slumber/svc/", "/SLUMBER/svc/"})
        @DisplayName("paths outside the mount point are 404")
        void outside(String path) {
            assertThat(resolve(path)).isInstanceOf(Route.NotFound.class);
        }
    }

    @Nested
    @DisplayName("operations")
    class Operations {

        @Test
        @DisplayName("take the decoded path segments after their name as arguments")
        void arguments() {
            Route.Operation route = operation("/slumber/svc/shop/Shop/data/a%20b%2Fc/caf%C3%A9/");
            assertThat(route.binding()).isSameAs(SHOP_MODEL.operation("data"));
            assertThat(route.arguments()).containsExactly("a b/c", "café");
            assertThat(operation("/slumber/svc/shop/Pizza/instances/").arguments()).isEmpty();
            assertThat(operation("/slumber/svc/shop/Shop/data/a+b/").arguments()).containsExactly("a+b");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"/slumber/svc/shop/Shop/data/%zz/", "/slumber/svc/shop/Shop/data/%/",
            "/slumber/svc/shop/Shop/data/%C3/", "/slumber/svc/shop/Shop/data//", "/slumber/svc/shop/Shop/data/1//",
            "/slumber/svc/shop/Shop/data//1/", "/slumber/svc/shop//", "/slumber/svc/shop/Shop//",
            "/slumber/svc/shops/%zz/", "/slumber/svc/shops//", "/slumber/svc/shops/1//"})
        @DisplayName("a malformed percent-escape or an empty segment is 404")
        void malformed(String path) {
            assertThat(resolve(path)).isInstanceOf(Route.NotFound.class);
        }
    }

    @Nested
    @DisplayName("custom mounts")
    class Mounts {

        @Test
        @DisplayName("are matched before the service segment, with the remaining segments as arguments")
        void mounted() {
            Route.Operation route = operation("/slumber/svc/shops/a%20b/");
            assertThat(route.binding()).isSameAs(SHOP_MODEL.operation("data"));
            assertThat(route.arguments()).containsExactly("a b");
            Route.Operation elsewhere = operation("/slumber/elsewhere/");
            assertThat(elsewhere.binding()).isSameAs(PIZZA.operation("instances"));
            assertThat(elsewhere.arguments()).isEmpty();
        }

        @Test
        @DisplayName("are matched by the longest prefix")
        void longestPrefix() {
            Route.Operation hal = operation("/slumber/svc/shops/hal/");
            assertThat(hal.binding()).isSameAs(SHOP_MODEL.operation("hal"));
            assertThat(hal.arguments()).isEmpty();
            Route.Operation data = operation("/slumber/svc/shops/halibut/");
            assertThat(data.binding()).isSameAs(SHOP_MODEL.operation("data"));
            assertThat(data.arguments()).containsExactly("halibut");
        }

        @Test
        @DisplayName("match whole segments only")
        void wholeSegments() {
            assertThat(resolve("/slumber/elsewhere2/")).isInstanceOf(Route.NotFound.class);
            assertThat(resolve("/slumber/svc/shopsx/")).isInstanceOf(Route.NotFound.class);
        }

        @Test
        @DisplayName("leave the operation at its default URL too")
        void defaultUrlStillServed() {
            assertThat(operation("/slumber/svc/shop/Shop/data/7/").binding()).isSameAs(SHOP_MODEL.operation("data"));
            assertThat(operation("/slumber/svc/shop/Pizza/instances/").binding())
                    .isSameAs(PIZZA.operation("instances"));
        }
    }

    @Nested
    @DisplayName("a missing trailing slash")
    class Redirects {

        @ParameterizedTest(name = "{0}?{1}")
        @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "/slumber/svc/shop/Shop/data/7 | ''         | /slumber/svc/shop/Shop/data/7/",
            "/slumber/svc/shop/Shop/data/7 | a=1&b=%20  | /slumber/svc/shop/Shop/data/7/?a=1&b=%20",
            "/slumber/svc                  | x=y        | /slumber/svc/?x=y",
            "/slumber/svc/shops/7          | ''         | /slumber/svc/shops/7/",
            "/slumber/svc/no/such/thing    | ''         | /slumber/svc/no/such/thing/",
        })
        @DisplayName("gets a 301 to the path with a slash, keeping the query")
        void redirect(String path, String query, String location) {
            assertThat(RESOLVER.resolve(path, query)).isEqualTo(new Route.Redirect(location, false));
        }

        @Test
        @DisplayName("at the mount point is flagged as the directory's redirect")
        void mountPoint() {
            assertThat(RESOLVER.resolve("/slumber", "")).isEqualTo(new Route.Redirect("/slumber/", true));
            assertThat(RESOLVER.resolve("/slumber", "q=1")).isEqualTo(new Route.Redirect("/slumber/?q=1", true));
            assertThat(RESOLVER.resolve("/slumber", null)).isEqualTo(new Route.Redirect("/slumber/", true));
        }
    }

    @Nested
    @DisplayName("in plain mode")
    class PlainMode {

        final Registry registry = compile("/slumber/", SHOP, NESTED);
        final PathResolver resolver = new PathResolver(registry, null);

        @Test
        @DisplayName("the mount point is the application list and apps follow it directly")
        void plain() {
            assertThat(resolver.resolve("/slumber/", "")).isInstanceOf(Route.AppList.class);
            assertThat(resolver.resolve("/slumber/shop/nested1/", ""))
                    .isEqualTo(new Route.AppModels(registry.app("shop.nested1")));
            Route route = resolver.resolve("/slumber/shop/Shop/data/x/", "");
            assertThat(route).isInstanceOf(Route.Operation.class);
            assertThat(((Route.Operation) route).arguments()).isEqualTo(List.of("x"));
            assertThat(resolver.resolve("/slumber/svc/shop/", "")).isInstanceOf(Route.NotFound.class);
        }
    }
}
