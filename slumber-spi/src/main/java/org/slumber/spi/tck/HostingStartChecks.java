package org.slumber.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.hosting.Host;
import org.slumber.spi.hosting.HostProvider;

/** {@link HostProvider#start}, {@link Host#address()} and provider discovery. */
abstract class HostingStartChecks extends HostingChecks {

    HostingStartChecks(HostingFixture fixture) {
        super(fixture);
    }

    @Test
    @DisplayName("binds a free port when asked for port 0, and address() reports it")
    void bindsFreePort() throws IOException {
        Host first = fixture.host();
        Host second = fixture.start(fixture.settings().withPort(0));

        assertThat(first.address().getPort()).isPositive().isNotEqualTo(second.address().getPort());
        assertThat(first.port()).isEqualTo(first.address().getPort());
        assertThat(first.address().getAddress()).isEqualTo(InetAddress.getByName(fixture.settings().host()));
        try (HostingWire wire = new HostingWire(HostingFixture.target(second))) {
            assertThat(wire.exchange("GET", "/bound", new byte[0]).status()).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("accepts requests as soon as start() returns")
    void acceptsAtOnce() throws Exception {
        HttpResponse<byte[]> response = fixture.get("/first");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("GET /first");
    }

    @Test
    @DisplayName("throws an IOException naming host and port when the port is taken")
    void refusesTakenPort() throws IOException {
        String host = fixture.settings().host();
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName(host))) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> fixture.start(fixture.settings().withPort(port)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining(host)
                    .hasMessageContaining(String.valueOf(port));
        }
    }

    @Test
    @DisplayName("has a provider with a name, a public no-argument constructor and a ServiceLoader entry")
    void providerIsDiscoverable() throws ReflectiveOperationException {
        HostProvider provider = fixture.provider();
        Class<? extends HostProvider> type = provider.getClass();

        assertThat(provider.name()).isNotBlank();
        assertThat(Modifier.isPublic(type.getModifiers())).as("provider class is public").isTrue();
        assertThat(type.getConstructor().newInstance().name()).isEqualTo(provider.name());
        assertThat(ServiceLoader.load(HostProvider.class, type.getClassLoader()).stream())
                .as("META-INF/services/" + HostProvider.class.getName() + " lists " + type.getName())
                .anyMatch(found -> found.type() == type);
    }
}
