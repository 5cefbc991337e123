package org.slumber.spi.tck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.hosting.HostResponse;
import org.slumber.spi.transport.Transport;
import org.slumber.spi.transport.TransportRequest;
import org.slumber.spi.transport.TransportResponse;
import org.slumber.spi.transport.TransportSettings;

/** {@link TransportSettings#responseTimeout()}: a server that does not answer in time. */
abstract class TransportTimeoutChecks extends TransportChecks {

    private static final Duration TIMEOUT = Duration.ofMillis(500);
    private static final Duration MARGIN = Duration.ofMillis(2500);

    TransportTimeoutChecks(TransportFixture fixture) {
        super(fixture);
    }

    @Test
    @DisplayName("gives an IOException naming the URL once the response timeout has passed, not much later")
    void slowAnswer() throws Exception {
        CompletableFuture<HostResponse> never = new CompletableFuture<>();
        handler.answerWith(request -> never);
        Transport impatient = fixture.open(fixture.withResponseTimeout(TIMEOUT));
        URI slow = fixture.uri("/slow");
        try {
            long started = System.nanoTime();
            Throwable failure = catchThrowable(() -> impatient.send(new TransportRequest("GET", slow, null, null)));
            Duration waited = Duration.ofNanos(System.nanoTime() - started);

            assertThat(failure).isInstanceOf(IOException.class).hasMessageContaining(slow.toString());
            assertThat(waited).as("time until the IOException").isGreaterThanOrEqualTo(TIMEOUT.minusMillis(50))
                    .isLessThan(TIMEOUT.plus(MARGIN));
        } finally {
            never.complete(new HostResponse(200, TransportFixture.headers("X-Tck-Answer", "too late"), new byte[0]));
        }
    }

    @Test
    @DisplayName("leaves the transport usable: the next request is answered")
    void usableAfterTimeout() throws Exception {
        CompletableFuture<HostResponse> late = new CompletableFuture<>();
        handler.answerWith(request -> request.path().equals("/slow")
                ? late : CompletableFuture.completedFuture(TransportRecorder.echo(request)));
        Transport impatient = fixture.open(fixture.withResponseTimeout(TIMEOUT));
        try {
            assertThat(catchThrowable(() -> impatient.send(new TransportRequest("GET", fixture.uri("/slow"), null,
                    null)))).isInstanceOf(IOException.class);

            TransportResponse next = impatient.send(new TransportRequest("POST", fixture.uri("/after"),
                    TransportFixture.headers("Content-Type", "text/plain"), "next".getBytes(UTF_8)));

            assertThat(next.status()).isEqualTo(200);
            assertThat(next.headers().first("X-Tck-Target")).isEqualTo("/after");
            assertThat(next.body()).isEqualTo("next".getBytes(UTF_8));
        } finally {
            late.complete(new HostResponse(200, TransportFixture.headers("X-Tck-Answer", "too late"), new byte[0]));
        }
    }
}
