package org.slumber.spi.tck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A {@link org.slumber.spi.hosting.RequestHandler} that breaks its contract: the host answers 500. */
abstract class HostingFailureChecks extends HostingChecks {

    HostingFailureChecks(HostingFixture fixture) {
        super(fixture);
    }

    @Test
    @DisplayName("whose answer completes exceptionally is answered 500 from refuse(), without details")
    void failedStage() throws Exception {
        handler.answerWith(request -> CompletableFuture.failedFuture(new IllegalStateException("tck-secret-1")));

        assertAnsweredFromRefuse(fixture.get("/fails"), "tck-secret-1");
    }

    @Test
    @DisplayName("whose handle() throws is answered 500 from refuse(), without details")
    void throwingHandle() throws Exception {
        handler.answerWith(request -> {
            throw new IllegalStateException("tck-secret-2");
        });

        assertAnsweredFromRefuse(fixture.get("/fails"), "tck-secret-2");
    }

    @Test
    @DisplayName("whose answer is null is answered 500 from refuse()")
    void nullAnswer() throws Exception {
        handler.answerWith(request -> CompletableFuture.completedFuture(null));

        assertAnsweredFromRefuse(fixture.get("/fails"), "NullPointer");
    }

    private void assertAnsweredFromRefuse(HttpResponse<byte[]> response, String secret) throws Exception {
        HostingRecorder.Refusal refusal = handler.nextRefusal();
        String body = new String(response.body(), UTF_8);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(refusal.status()).isEqualTo(500);
        assertThat(refusal.head().path()).isEqualTo("/fails");
        assertThat(refusal.head().body()).isEmpty();
        assertThat(refusal.reason()).isNotBlank().doesNotContain(secret).doesNotContain("Exception");
        assertThat(response.body()).isEqualTo(HostingRecorder.refusal(500, refusal.reason()).body());
        assertThat(body).doesNotContain(secret).doesNotContain("\tat ").doesNotContain("Exception");
        handler.answerWith(request -> CompletableFuture.completedFuture(HostingRecorder.echo(request)));
        assertThat(fixture.get("/recovered").statusCode()).as("the host still answers").isEqualTo(200);
    }
}
