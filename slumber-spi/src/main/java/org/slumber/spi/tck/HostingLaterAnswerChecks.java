package org.slumber.spi.tck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.spi.tck.HostingFixture.answer;
import static org.slumber.spi.tck.HostingFixture.request;

import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.hosting.Host;
import org.slumber.spi.hosting.HostResponse;

/** Stages returned by {@link org.slumber.spi.hosting.RequestHandler#handle} that complete later. */
abstract class HostingLaterAnswerChecks extends HostingChecks {

    private static final int PENDING = 20;

    HostingLaterAnswerChecks(HostingFixture fixture) {
        super(fixture);
    }

    @Test
    @DisplayName("on another thread is written when it completes")
    void completedElsewhere() throws Exception {
        handler.answerWith(request -> CompletableFuture.supplyAsync(() -> HostingRecorder.echo(request),
                CompletableFuture.delayedExecutor(150, TimeUnit.MILLISECONDS)));

        HttpResponse<byte[]> response = fixture.get("/later");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), UTF_8)).isEqualTo("GET /later");
    }

    @Test
    @DisplayName("holds no thread: 20 pending answers do not stop a 4-thread host taking more requests")
    void pendingAnswersHoldNoThread() throws Exception {
        Host small = fixture.start(fixture.adjusted(4, 1 << 16, fixture.settings().stopTimeout()));
        CountDownLatch allArrived = new CountDownLatch(PENDING);
        List<CompletableFuture<HostResponse>> pending = new ArrayList<>();
        handler.answerWith(request -> {
            CompletableFuture<HostResponse> answer = new CompletableFuture<>();
            synchronized (pending) {
                pending.add(answer);
            }
            allArrived.countDown();
            return answer;
        });

        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < PENDING; i++) {
            responses.add(fixture.http().sendAsync(request(small, "/pending/" + i).build(), BodyHandlers.ofString()));
        }

        assertThat(allArrived.await(10, TimeUnit.SECONDS)).as("all 20 requests reached the handler").isTrue();
        assertThat(responses).noneMatch(CompletableFuture::isDone);
        synchronized (pending) {
            pending.forEach(answer -> answer.complete(answer(200, "done".getBytes(UTF_8))));
        }
        for (CompletableFuture<HttpResponse<String>> response : responses) {
            assertThat(response.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(response.get().body()).isEqualTo("done");
        }
    }
}
