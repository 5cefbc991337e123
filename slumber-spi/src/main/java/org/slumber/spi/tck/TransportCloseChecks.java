package org.slumber.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.ServiceLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.transport.Transport;
import org.slumber.spi.transport.TransportProvider;
import org.slumber.spi.transport.TransportRequest;

/** {@link TransportProvider#open}, {@link Transport#close()} and provider discovery. */
abstract class TransportCloseChecks extends TransportChecks {

    private static final int TRANSPORTS = 20;
    private static final int THREAD_SLACK = 3;

    TransportCloseChecks(TransportFixture fixture) {
        super(fixture);
    }

    @Test
    @DisplayName("a closed transport refuses to send, with an IllegalStateException or an IOException")
    void closedRefuses() throws Exception {
        Transport closing = fixture.open(fixture.settings());
        URI uri = fixture.uri("/before-close");
        assertThat(closing.send(new TransportRequest("GET", uri, null, null)).status()).isEqualTo(200);
        handler.nextRequest();

        closing.close();
        Throwable refused = catchThrowable(() -> closing.send(new TransportRequest("GET", fixture.uri("/after-close"),
                null, null)));

        assertThat(refused).as("send after close").isInstanceOfAny(IllegalStateException.class, IOException.class);
        assertThat(handler.remainingRequests()).as("requests that reached the server after close").isEmpty();
    }

    @Test
    @DisplayName("close can be called again and again, used or not")
    void closeIdempotent() throws Exception {
        Transport used = fixture.open(fixture.settings());
        Transport unused = fixture.open(fixture.settings());
        assertThat(used.send(new TransportRequest("GET", fixture.uri("/used"), null, null)).status()).isEqualTo(200);

        for (Transport each : new Transport[] {used, unused}) {
            assertThatCode(each::close).doesNotThrowAnyException();
            assertThatCode(each::close).as("second close").doesNotThrowAnyException();
            assertThatCode(each::close).as("third close").doesNotThrowAnyException();
        }
    }

    @Test
    @DisplayName("opening, using and closing 20 transports leaves no threads behind")
    void noThreadsLeftByClosedTransports() throws Exception {
        URI uri = fixture.uri("/short-lived");
        useAndClose(uri);
        int before = TransportFixture.liveThreads();

        for (int i = 0; i < TRANSPORTS; i++) {
            useAndClose(uri);
        }

        assertThat(TransportFixture.liveThreadsSettledTo(before + THREAD_SLACK))
                .as("live threads after " + TRANSPORTS + " transports were opened, used and closed; before: " + before)
                .isLessThanOrEqualTo(before + THREAD_SLACK);
        assertThat(handler.handleCalls()).isEqualTo(TRANSPORTS + 1);
    }

    @Test
    @DisplayName("has a provider with a name, a public no-argument constructor and a ServiceLoader entry")
    void providerIsDiscoverable() throws ReflectiveOperationException {
        assumeTrue(fixture.discoverable(), "skipped: discoverable() is false, the provider is made, not discovered");
        TransportProvider provider = fixture.provider();
        Class<? extends TransportProvider> type = provider.getClass();

        assertThat(provider.name()).isNotBlank();
        assertThat(Modifier.isPublic(type.getModifiers())).as("provider class is public").isTrue();
        assertThat(type.getConstructor().newInstance().name()).isEqualTo(provider.name());
        assertThat(ServiceLoader.load(TransportProvider.class, type.getClassLoader()).stream())
                .as("META-INF/services/" + TransportProvider.class.getName() + " lists " + type.getName())
                .anyMatch(found -> found.type() == type);
    }

    private void useAndClose(URI uri) throws IOException {
        try (Transport shortLived = fixture.provider().open(fixture.settings())) {
            assertThat(shortLived.send(new TransportRequest("GET", uri, null, null)).status()).isEqualTo(200);
        }
    }
}
