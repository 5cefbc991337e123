package org.slumber.core.internal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slumber.core.SlumberConfigurationException;

@DisplayName("The service directory")
class DirectoryTest {

    private static final String OWN = "http://localhost:8000/slumber/pizzas/";
    private static final Predicate<String> NO_APPS = name -> false;
    private static final Predicate<String> LOCAL_APPS = Set.of("shop", "shop.nested1")::contains;

    @Nested
    @DisplayName("as a map")
    class AsMap {

        @Test
        @DisplayName("lists each service's URL, with a trailing slash added where missing")
        void services() {
            Directory directory = Directory.parse("pizzas",
                    "pizzas=http://localhost:8000/slumber/pizzas/, auth = https://auth.example/slumber/auth", OWN,
                    NO_APPS);
            assertThat(directory.service()).isEqualTo("pizzas");
            assertThat(directory.services()).containsExactly(
                    Map.entry("pizzas", "http://localhost:8000/slumber/pizzas/"),
                    Map.entry("auth", "https://auth.example/slumber/auth/"));
            assertThat(directory.documentUrl()).isNull();
        }

        @Test
        @DisplayName("maps a local app's name to the own service URL plus the app path")
        void localApps() {
            Directory directory = Directory.parse("pizzas",
                    "pizzas=http://h:8000/slumber/pizzas,shops=shop,nested=shop.nested1", OWN, LOCAL_APPS);
            assertThat(directory.services())
                    .containsEntry("pizzas", "http://h:8000/slumber/pizzas/")
                    .containsEntry("shops", "http://h:8000/slumber/pizzas/shop/")
                    .containsEntry("nested", "http://h:8000/slumber/pizzas/shop/nested1/");
        }

        @Test
        @DisplayName("must list the process's own service, naming both settings")
        void missingOwnService() {
            assertThatThrownBy(() -> Directory.parse("pizzas", "auth=http://auth.example/", OWN, NO_APPS))
                    .isInstanceOf(SlumberConfigurationException.class)
                    .hasMessageContaining("slumber.directory")
                    .hasMessageContaining("slumber.service")
                    .hasMessageContaining("pizzas")
                    .hasMessageContaining("[auth]");
        }

        @ParameterizedTest(name = "pizzas={0}")
        @ValueSource(strings = {"/slumber/pizzas/", "localhost:8000/slumber/pizzas/", "ftp://h/slumber/pizzas/",
            "http:/slumber/pizzas/"})
        @DisplayName("refuses an own service URL that is not an absolute http(s) URL, naming the setting")
        void relativeOwnUrl(String url) {
            assertThatThrownBy(() -> Directory.parse("pizzas", "pizzas=" + url, OWN, NO_APPS))
                    .isInstanceOf(SlumberConfigurationException.class)
                    .hasMessageContaining("slumber.directory")
                    .hasMessageContaining(url);
        }

        @Test
        @DisplayName("refuses a value that is neither a URL nor a local app, naming the service and value")
        void unknownValue() {
            assertThatThrownBy(() -> Directory.parse("pizzas", "pizzas=" + OWN + ",shops=nowhere.app", OWN,
                    LOCAL_APPS))
                    .isInstanceOf(SlumberConfigurationException.class)
                    .hasMessageContaining("slumber.directory")
                    .hasMessageContaining("shops")
                    .hasMessageContaining("nowhere.app");
        }

        @Test
        @DisplayName("refuses an entry without a name")
        void entryWithoutName() {
            assertThatThrownBy(() -> Directory.parse("pizzas", "pizzas=" + OWN + ",=http://x/", OWN, NO_APPS))
                    .isInstanceOf(SlumberConfigurationException.class)
                    .hasMessageContaining("slumber.directory")
                    .hasMessageContaining("name=url");
        }

        @Test
        @DisplayName("in plain mode cannot map a service to a local app, and says which settings to set")
        void plainModeLocalApp() {
            assertThatThrownBy(() -> Directory.parse(null, "shops=shop", OWN, LOCAL_APPS))
                    .isInstanceOf(SlumberConfigurationException.class)
                    .hasMessageContaining("shop")
                    .hasMessageContaining("slumber.service");
        }

        @Test
        @DisplayName("in plain mode may list other services")
        void plainModeMap() {
            Directory directory = Directory.parse(null, "auth=http://auth.example/slumber/auth/", OWN, NO_APPS);
            assertThat(directory.service()).isNull();
            assertThat(directory.services()).containsExactly(Map.entry("auth", "http://auth.example/slumber/auth/"));
        }
    }

    @Nested
    @DisplayName("as the URL of a directory document")
    class AsUrl {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"http://directory.example/slumber/", "http://directory.example/slumber"})
        @DisplayName("gives the own service the directory URL plus the service name and a slash")
        void ownUrl(String url) {
            Directory directory = Directory.parse("pizzas", url, OWN, NO_APPS);
            assertThat(directory.services())
                    .containsExactly(Map.entry("pizzas", "http://directory.example/slumber/pizzas/"));
            assertThat(directory.documentUrl()).isEqualTo(URI.create(url));
            assertThat(directory.service()).isEqualTo("pizzas");
        }

        @Test
        @DisplayName("in plain mode knows no service yet")
        void plainModeUrl() {
            Directory directory = Directory.parse(null, "https://directory.example/", OWN, NO_APPS);
            assertThat(directory.services()).isNull();
            assertThat(directory.documentUrl()).isEqualTo(URI.create("https://directory.example/"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"/directory/", "directory.example/slumber/", "file:///etc/services"})
        @DisplayName("refuses a URL that is not absolute http(s), naming the setting")
        void relativeDirectory(String url) {
            assertThatThrownBy(() -> Directory.parse("pizzas", url, OWN, NO_APPS))
                    .isInstanceOf(SlumberConfigurationException.class)
                    .hasMessageContaining("slumber.directory")
                    .hasMessageContaining(url);
        }
    }

    @Nested
    @DisplayName("when not set")
    class Unset {

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", "  "})
        @DisplayName("in plain mode has no services at all")
        void plainMode(String setting) {
            Directory directory = Directory.parse(null, setting, OWN, NO_APPS);
            assertThat(directory.service()).isNull();
            assertThat(directory.services()).isNull();
            assertThat(directory.documentUrl()).isNull();
            assertThat(Directory.parse(null, null, OWN, NO_APPS).services()).isNull();
        }

        @Test
        @DisplayName("in service mode lists only the own service at its default URL")
        void serviceMode() {
            Directory directory = Directory.parse("pizzas", null, OWN, NO_APPS);
            assertThat(directory.services()).containsExactly(Map.entry("pizzas", OWN));
            assertThat(directory.documentUrl()).isNull();
        }
    }
}
