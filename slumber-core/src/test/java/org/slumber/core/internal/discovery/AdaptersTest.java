package org.slumber.core.internal.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slumber.core.SlumberConfigurationException;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;

@DisplayName("Adapter discovery")
public class AdaptersTest {

    /** A provider interface of a test role, so that nothing else on the class path provides it. */
    public interface Gadget {
        String name();

        boolean accepts(String configuration);
    }

    /** Accepts everything. */
    public static class Alpha implements Gadget {
        @Override
        public String name() {
            return "alpha";
        }

        @Override
        public boolean accepts(String configuration) {
            return true;
        }
    }

    /** Accepts everything but "no-beta". */
    public static class Beta implements Gadget {
        @Override
        public String name() {
            return "beta";
        }

        @Override
        public boolean accepts(String configuration) {
            return !"no-beta".equals(configuration);
        }
    }

    /** Fails while being made. */
    public static class Exploding implements Gadget {
        public Exploding() {
            throw new IllegalStateException("boom");
        }

        @Override
        public String name() {
            return "exploding";
        }

        @Override
        public boolean accepts(String configuration) {
            return true;
        }
    }

    /** Is no Gadget at all. */
    public static class NotAGadget {
    }

    static final Role<Gadget, String> GADGET = new Role<>("gadget", Gadget.class, "org.slumber:adapter-gadget",
            Setting.STORAGE, Gadget::name, Gadget::accepts);

    @TempDir
    Path dir;

    /** A class loader whose only gadget providers are those listed, in this order. */
    private ClassLoader providers(String... classNames) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(Gadget.class.getName()), String.join("\n", classNames) + "\n",
                StandardCharsets.UTF_8);
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, AdaptersTest.class.getClassLoader());
    }

    private static Gadget find(Settings settings, String configuration, ClassLoader loader) {
        return Adapters.find(GADGET, settings, configuration, loader);
    }

    @Nested
    @DisplayName("when no provider is on the class path")
    class None {

        static Stream<Arguments> roles() {
            return Stream.of(
                    Arguments.of(Role.STORAGE, "storage", "org.slumber:adapter-mybatis",
                            "org.slumber.spi.storage.StorageProvider"),
                    Arguments.of(Role.HOSTING, "hosting", "org.slumber:adapter-jetty",
                            "org.slumber.spi.hosting.HostProvider"),
                    Arguments.of(Role.TRANSPORT, "transport", "org.slumber:adapter-httpclient",
                            "org.slumber.spi.transport.TransportProvider"));
        }

        @ParameterizedTest(name = "{1}")
        @MethodSource("roles")
        @DisplayName("fails naming the role, the module to add, the interface and its services file")
        void message(Role<?, ?> role, String name, String module, String providerInterface) {
            ClassLoader empty = new URLClassLoader(new URL[0], null);
            assertThatThrownBy(() -> Adapters.find(role, Settings.defaults(), null, empty))
                    .isInstanceOf(SlumberConfigurationException.class)
                    .hasMessageContaining("No Slumber " + name + " adapter")
                    .hasMessageContaining(module)
                    .hasMessageContaining(providerInterface)
                    .hasMessageContaining("META-INF/services/" + providerInterface);
        }
    }

    @Nested
    @DisplayName("with broken providers")
    class Broken {

        @Test
        @DisplayName("skips a services entry naming a missing class when another provider works")
        void missingClassSkipped() throws IOException {
            ClassLoader loader = providers("com.example.MissingGadget", Alpha.class.getName());
            assertThat(find(Settings.defaults(), "cfg", loader)).isInstanceOf(Alpha.class);
        }

        @Test
        @DisplayName("reports the skipped provider in the log")
        void missingClassLogged() throws IOException {
            ClassLoader loader = providers("com.example.MissingGadget", Alpha.class.getName());
            PrintStream original = System.err;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                find(Settings.defaults(), "cfg", loader);
            } finally {
                System.setErr(original);
            }
            assertThat(captured.toString(StandardCharsets.UTF_8))
                    .contains("gadget")
                    .contains("com.example.MissingGadget");
        }

        @Test
        @DisplayName("skips providers that fail to construct or do not implement the interface")
        void otherBreakage() throws IOException {
            ClassLoader loader = providers(Exploding.class.getName(), NotAGadget.class.getName(),
                    Beta.class.getName());
            assertThat(find(Settings.defaults(), "cfg", loader)).isInstanceOf(Beta.class);
        }

        @Test
        @DisplayName("lists the broken providers when none is usable")
        void onlyBroken() throws IOException {
            ClassLoader loader = providers("com.example.MissingGadget", Exploding.class.getName());
            assertThatThrownBy(() -> find(Settings.defaults(), "cfg", loader))
                    .isInstanceOf(SlumberConfigurationException.class)
                    .hasMessageContaining("No Slumber gadget adapter")
                    .hasMessageContaining("org.slumber:adapter-gadget")
                    .hasMessageContaining("Broken providers")
                    .hasMessageContaining("com.example.MissingGadget")
                    .hasMessageContaining(Exploding.class.getName());
        }
    }

    @Nested
    @DisplayName("choosing among providers")
    class Choosing {

        @Test
        @DisplayName("a provider that declines the configuration is passed over")
        void declining() throws IOException {
            ClassLoader loader = providers(Beta.class.getName(), Alpha.class.getName());
            assertThat(find(Settings.defaults(), "no-beta", loader)).isInstanceOf(Alpha.class);
        }

        @Test
        @DisplayName("when every provider declines, the error names the configuration and who declined")
        void allDecline() throws IOException {
            ClassLoader loader = providers(Beta.class.getName());
            assertThatThrownBy(() -> find(Settings.defaults(), "no-beta", loader))
                    .isInstanceOf(SlumberConfigurationException.class)
                    .hasMessageContaining("No Slumber gadget adapter")
                    .hasMessageContaining("Declined no-beta: [beta]");
        }

        @Test
        @DisplayName("several usable providers give the same one whatever their order: the first by name")
        void deterministic() throws IOException {
            assertThat(find(Settings.defaults(), "cfg", providers(Beta.class.getName(), Alpha.class.getName())))
                    .isInstanceOf(Alpha.class);
            assertThat(find(Settings.defaults(), "cfg", providers(Alpha.class.getName(), Beta.class.getName())))
                    .isInstanceOf(Alpha.class);
        }

        @Test
        @DisplayName("the role's setting chooses among several")
        void settingChooses() throws IOException {
            ClassLoader loader = providers(Alpha.class.getName(), Beta.class.getName());
            assertThat(find(Settings.defaults().with(Setting.STORAGE, "beta"), "cfg", loader))
                    .isInstanceOf(Beta.class);
        }

        @Test
        @DisplayName("a setting naming a missing provider fails, listing the ones found and the setting's source")
        void settingNamesMissing() throws IOException {
            ClassLoader loader = providers(Alpha.class.getName(), "com.example.MissingGadget", Beta.class.getName());
            assertThatThrownBy(() -> find(Settings.defaults().with(Setting.STORAGE, "gamma"), "cfg", loader))
                    .isInstanceOf(SlumberConfigurationException.class)
                    .hasMessageContaining("slumber.storage")
                    .hasMessageContaining("(from code)")
                    .hasMessageContaining("'gamma'")
                    .hasMessageContaining("[alpha, beta]")
                    .hasMessageContaining("com.example.MissingGadget");
        }
    }
}
