package org.slumber.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Settings")
class SettingsTest {

    @TempDir
    Path dir;

    /** A class loader that sees only a slumber.properties holding {@code content}. */
    private ClassLoader propertiesFile(String content) throws IOException {
        Files.writeString(dir.resolve("slumber.properties"), content, StandardCharsets.ISO_8859_1);
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
    }

    /** A class loader that sees no slumber.properties. */
    private static ClassLoader noFile() {
        return new URLClassLoader(new URL[0], null);
    }

    private static Properties properties(String... pairs) {
        Properties properties = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            properties.setProperty(pairs[i], pairs[i + 1]);
        }
        return properties;
    }

    @Nested
    @DisplayName("take values in rising priority")
    class Priority {

        @Test
        @DisplayName("defaults apply when nothing sets a value")
        void defaults() {
            Settings settings = Settings.load(Map.of(), new Properties(), noFile());
            assertThat(settings.get(Setting.PORT)).isEqualTo(8000);
            assertThat(settings.get(Setting.MOUNT)).isEqualTo("/slumber/");
            assertThat(settings.get(Setting.CLOCK_SKEW)).isEqualTo(Duration.ofSeconds(300));
            assertThat(settings.get(Setting.SERVICE)).isNull();
            assertThat(settings.isSet(Setting.PORT)).isFalse();
            assertThat(settings.sourceOf(Setting.PORT)).isEqualTo("default");
        }

        @Test
        @DisplayName("slumber.properties beats the defaults, the environment beats the file, system properties "
                + "beat the environment and code beats everything")
        void layers() throws IOException {
            ClassLoader loader = propertiesFile("slumber.port=8001\nslumber.threads=10\nslumber.host=file-host\n"
                    + "slumber.service=from-file\n");
            Map<String, String> environment = Map.of("SLUMBER_PORT", "8002", "SLUMBER_THREADS", "20",
                    "SLUMBER_SERVICE", "from-env", "PATH", "/usr/bin");
            Properties system = properties("slumber.port", "8003", "slumber.service", "from-system",
                    "java.version", "17");

            Settings loaded = Settings.load(environment, system, loader);
            Settings coded = loaded.with(Setting.PORT, 8004);

            assertThat(loaded.get(Setting.HOST)).isEqualTo("file-host");
            assertThat(loaded.sourceOf(Setting.HOST)).isEqualTo("slumber.properties");
            assertThat(loaded.get(Setting.THREADS)).isEqualTo(20);
            assertThat(loaded.sourceOf(Setting.THREADS)).isEqualTo("environment variable SLUMBER_THREADS");
            assertThat(loaded.get(Setting.SERVICE)).isEqualTo("from-system");
            assertThat(loaded.sourceOf(Setting.SERVICE)).isEqualTo("system property slumber.service");
            assertThat(loaded.get(Setting.PORT)).isEqualTo(8003);
            assertThat(coded.get(Setting.PORT)).isEqualTo(8004);
            assertThat(coded.sourceOf(Setting.PORT)).isEqualTo("code");
            assertThat(coded.get(Setting.THREADS)).as("other values survive with()").isEqualTo(20);
            assertThat(loaded.get(Setting.PORT)).as("with() leaves the original untouched").isEqualTo(8003);
        }

        @Test
        @DisplayName("text set in code is parsed and trimmed like any other source")
        void withText() {
            Settings settings = Settings.defaults().with("slumber.port", " 8005 ");
            assertThat(settings.get(Setting.PORT)).isEqualTo(8005);
            assertThat(settings.sourceOf(Setting.PORT)).isEqualTo("code");
        }

        @Test
        @DisplayName("a blank environment value or a null set in code falls back to the default")
        void blankMeansUnset() {
            Settings settings = Settings.load(Map.of("SLUMBER_PORT", "  "), new Properties(), noFile());
            assertThat(settings.get(Setting.PORT)).isEqualTo(8000);
            assertThat(settings.isSet(Setting.PORT)).isFalse();
            assertThat(Settings.defaults().with(Setting.PORT, 9000).with(Setting.PORT, null).get(Setting.PORT))
                    .isEqualTo(8000);
        }
    }

    @Nested
    @DisplayName("refuse unknown names")
    class Unknown {

        @Test
        @DisplayName("an unknown slumber.* key in slumber.properties names the key, the file and the known keys")
        void unknownKeyInFile() throws IOException {
            ClassLoader loader = propertiesFile("slumber.colour=red\n");
            assertThatThrownBy(() -> Settings.load(Map.of(), new Properties(), loader))
                    .isInstanceOf(SettingsException.class)
                    .hasMessageContaining("slumber.colour")
                    .hasMessageContaining("slumber.properties")
                    .hasMessageContaining("slumber.port")
                    .hasMessageContaining("slumber.database.url");
        }

        @Test
        @DisplayName("an unknown slumber.* system property names the key and the known keys")
        void unknownSystemProperty() {
            assertThatThrownBy(() -> Settings.load(Map.of(), properties("slumber.x", "1"), noFile()))
                    .isInstanceOf(SettingsException.class)
                    .hasMessageContaining("slumber.x")
                    .hasMessageContaining("system property")
                    .hasMessageContaining("slumber.service");
        }

        @Test
        @DisplayName("an unknown SLUMBER_* variable names the variable and the known variables")
        void unknownVariable() {
            assertThatThrownBy(() -> Settings.load(Map.of("SLUMBER_X", "1"), new Properties(), noFile()))
                    .isInstanceOf(SettingsException.class)
                    .hasMessageContaining("SLUMBER_X")
                    .hasMessageContaining("SLUMBER_PORT")
                    .hasMessageContaining("SLUMBER_DATABASE_URL");
        }

        @Test
        @DisplayName("an unknown key set in code is refused too")
        void unknownInCode() {
            assertThatThrownBy(() -> Settings.defaults().with("slumber.prot", "8000"))
                    .isInstanceOf(SettingsException.class)
                    .hasMessageContaining("slumber.prot")
                    .hasMessageContaining("slumber.port");
        }

        @Test
        @DisplayName("names outside the slumber namespace are ignored")
        void foreignNamesIgnored() {
            Settings settings = Settings.load(Map.of("SLUMBERX", "1", "HOME", "/root"),
                    properties("slumberx", "1", "user.name", "me"), noFile());
            assertThat(settings.toString()).isEqualTo("Settings{}");
        }
    }

    @Nested
    @DisplayName("refuse malformed values, naming the setting, its source and what was expected")
    class Malformed {

        @ParameterizedTest(name = "{0}={1}")
        @CsvSource(delimiter = '|', value = {
            "SLUMBER_PORT              | abc     | slumber.port              | a port number 0-65535",
            "SLUMBER_PORT              | 70000   | slumber.port              | a port number 0-65535",
            "SLUMBER_PORT              | -1      | slumber.port              | a port number 0-65535",
            "SLUMBER_THREADS           | 3       | slumber.threads           | an integer 4-10000",
            "SLUMBER_IDLE_TIMEOUT      | fast    | slumber.idle_timeout      | a duration",
            "SLUMBER_STOP_TIMEOUT      | -5s     | slumber.stop_timeout      | a duration",
            "SLUMBER_CLOCK_SKEW        | PT-5S   | slumber.clock_skew        | a duration",
            "SLUMBER_BASIC_AUTH        | maybe   | slumber.basic_auth        | true or false",
            "SLUMBER_MAX_BODY_BYTES    | lots    | slumber.max_body_bytes    | a size in bytes",
            "SLUMBER_MOUNT             | api/    | slumber.mount             | starts and ends with '/'",
            "SLUMBER_AUTH_APP          | 1auth   | slumber.auth.app          | a dotted app name",
            "SLUMBER_DATABASE_POOL_SIZE| 0       | slumber.database.pool_size| an integer 1-1000",
        })
        @DisplayName("from an environment variable")
        void fromEnvironment(String variable, String raw, String key, String expected) {
            assertThatThrownBy(() -> Settings.load(Map.of(variable, raw), new Properties(), noFile()))
                    .isInstanceOf(SettingsException.class)
                    .hasMessageContaining(key)
                    .hasMessageContaining("environment variable " + variable)
                    .hasMessageContaining('"' + raw + '"')
                    .hasMessageContaining(expected);
        }

        @Test
        @DisplayName("from a system property")
        void fromSystemProperty() {
            assertThatThrownBy(() -> Settings.load(Map.of(), properties("slumber.port", "abc"), noFile()))
                    .isInstanceOf(SettingsException.class)
                    .hasMessageContaining("slumber.port")
                    .hasMessageContaining("system property slumber.port")
                    .hasMessageContaining("\"abc\"")
                    .hasMessageContaining("a port number");
        }

        @Test
        @DisplayName("from slumber.properties")
        void fromFile() throws IOException {
            ClassLoader loader = propertiesFile("slumber.basic_auth=maybe\n");
            assertThatThrownBy(() -> Settings.load(Map.of(), new Properties(), loader))
                    .isInstanceOf(SettingsException.class)
                    .hasMessageContaining("slumber.basic_auth")
                    .hasMessageContaining("slumber.properties")
                    .hasMessageContaining("true or false");
        }

        @Test
        @DisplayName("set as text in code")
        void fromCode() {
            assertThatThrownBy(() -> Settings.defaults().with("slumber.idle_timeout", "fast"))
                    .isInstanceOf(SettingsException.class)
                    .hasMessageContaining("slumber.idle_timeout")
                    .hasMessageContaining("(from code)")
                    .hasMessageContaining("a duration such as 500ms, 30s, 5m or PT30S");
        }
    }

    @Nested
    @DisplayName("never show secrets")
    class Secrets {

        @Test
        @DisplayName("toString() masks slumber.secret and slumber.database.password")
        void maskedInToString() {
            Settings settings = Settings.load(Map.of("SLUMBER_SECRET", "hunter2-secret",
                    "SLUMBER_DATABASE_PASSWORD", "db-pa55word"), properties("slumber.port", "8001"), noFile());
            assertThat(settings.get(Setting.SECRET)).isEqualTo("hunter2-secret");
            assertThat(settings.toString())
                    .contains("slumber.secret=***", "slumber.database.password=***", "slumber.port=8001")
                    .doesNotContain("hunter2-secret", "db-pa55word");
            assertThat(Setting.SECRET.isSecret()).isTrue();
            assertThat(Setting.DATABASE_PASSWORD.isSecret()).isTrue();
        }

        @Test
        @DisplayName("toString() does not show the secrets of slumber.keys")
        void keysMaskedInToString() {
            Settings settings = Settings.defaults().with("slumber.keys", "pizzas:very-s3cret-value");
            assertThat(settings.get(Setting.KEYS)).containsEntry("pizzas", "very-s3cret-value");
            assertThat(settings.toString()).contains("slumber.keys").doesNotContain("very-s3cret-value");
        }

        @Test
        @DisplayName("an error about a malformed slumber.keys does not show the secrets it holds")
        void keysMaskedInErrors() {
            assertThatThrownBy(() -> Settings.load(Map.of("SLUMBER_KEYS", "pizzas:very-s3cret-value,noColon"),
                    new Properties(), noFile()))
                    .isInstanceOf(SettingsException.class)
                    .hasMessageContaining("slumber.keys")
                    .hasMessageNotContaining("very-s3cret-value");
        }
    }

    @Nested
    @DisplayName("parse values")
    class Values {

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource({
            "500ms, PT0.5S",
            "30s,   PT30S",
            "5m,    PT5M",
            "2h,    PT2H",
            "PT5S,  PT5S",
            "pt5s,  PT5S",
            "7,     PT7S",
            "0,     PT0S",
        })
        @DisplayName("durations")
        void durations(String raw, String expected) {
            assertThat(Settings.defaults().with("slumber.idle_timeout", raw).get(Setting.IDLE_TIMEOUT))
                    .isEqualTo(Duration.parse(expected));
        }

        @ParameterizedTest(name = "\"{0}\" is {1} bytes")
        @CsvSource({
            "512k,    524288",
            "512K,    524288",
            "4m,      4194304",
            "1g,      1073741824",
            "1048576, 1048576",
            "0,       0",
        })
        @DisplayName("sizes")
        void sizes(String raw, long expected) {
            assertThat(Settings.defaults().with("slumber.max_body_bytes", raw).get(Setting.MAX_BODY_BYTES))
                    .isEqualTo(expected);
        }

        @Test
        @DisplayName("a size too large for a long is refused, not wrapped around")
        void sizeOverflow() {
            // 2^34 GiB = 2^64 bytes wraps to exactly 0 in long arithmetic
            assertThatThrownBy(() -> Settings.defaults().with("slumber.max_body_bytes", "17179869184g"))
                    .isInstanceOf(SettingsException.class)
                    .hasMessageContaining("slumber.max_body_bytes");
        }

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource({"true, true", "YES, true", "on, true", "1, true", "false, false", "No, false", "off, false",
            "0, false"})
        @DisplayName("booleans")
        void booleans(String raw, boolean expected) {
            assertThat(Settings.defaults().with("slumber.basic_auth", raw).get(Setting.BASIC_AUTH))
                    .isEqualTo(expected);
        }

        @Test
        @DisplayName("keys as key:secret pairs, trimmed, in a map")
        void keys() {
            assertThat(Settings.defaults().with("slumber.keys", "pizzas:abc, shops : d:e").get(Setting.KEYS))
                    .containsOnly(Map.entry("pizzas", "abc"), Map.entry("shops", "d:e"));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"/", "/slumber/", "/api/v1/"})
        @DisplayName("mount points that start and end with '/' are accepted")
        void goodMounts(String raw) {
            assertThat(Settings.defaults().with("slumber.mount", raw).get(Setting.MOUNT)).isEqualTo(raw);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"slumber/", "/slumber", "slumber", "//", "/a//b/", "/a?b/", "/a#b/", "/a b/"})
        @DisplayName("other mount points are refused")
        void badMounts(String raw) {
            assertThatThrownBy(() -> Settings.defaults().with("slumber.mount", raw))
                    .isInstanceOf(SettingsException.class)
                    .hasMessageContaining("slumber.mount")
                    .hasMessageContaining("an absolute path that starts and ends with '/'");
        }

        @ParameterizedTest(name = "port {0}")
        @ValueSource(strings = {"0", "1", "65535"})
        @DisplayName("port limits are inclusive")
        void portLimits(String raw) {
            assertThat(Settings.defaults().with("slumber.port", raw).get(Setting.PORT))
                    .isEqualTo(Integer.parseInt(raw));
        }
    }

    @Test
    @DisplayName("each setting's environment variable is its key in upper case with '_' for '.'")
    void environmentVariableNames() {
        assertThat(Setting.DATABASE_URL.environmentVariable()).isEqualTo("SLUMBER_DATABASE_URL");
        assertThat(Setting.AUTH_CACHE_TTL.environmentVariable()).isEqualTo("SLUMBER_AUTH_CACHE_TTL");
        assertThat(Setting.all()).extracting(Setting::key).doesNotHaveDuplicates().allMatch(k -> k.startsWith("slumber."));
        assertThat(Setting.all()).extracting(Setting::environmentVariable).doesNotHaveDuplicates();
    }
}
