package org.slumber.examples.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slumber.core.client.RemoteException;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;
import org.slumber.examples.resilience.Fixtures.Answer;
import org.slumber.examples.resilience.Fixtures.CountingTransport;
import org.slumber.examples.resilience.Fixtures.FakeService;

@DisplayName("The client's user agent, when the remote service fails,")
@Timeout(30)
class ClientFailureTest {

    private static final String OK = "{\"ok\": true, \"_meta\": {\"status\": 200, \"message\": \"OK\"}}";

    private static Answer error(int status, String text) {
        return new Answer(status, "{\"error\": \"" + text + "\", \"_meta\": {\"status\": " + status + "}}");
    }

    private static SlumberClient client(String serviceUrl, Settings settings, CountingTransport transport) {
        return SlumberClient.builder().settings(settings).services(Map.of("remote", serviceUrl)).unsigned()
                .inProcess(false).discoverConfigurers(false).transport(transport).build();
    }

    private static SlumberClient client(FakeService fake) {
        return client(fake.url("/slumber/remote/"), Fixtures.settings(), new CountingTransport());
    }

    @Nested
    @DisplayName("cannot be reached (nothing listens on the port)")
    class Down {

        private final String url = "http://127.0.0.1:" + Fixtures.freePort() + "/slumber/remote/app/Model/data/1/";

        @Test
        @DisplayName("a GET fails with status 0 and the URL in the message, after 3 retries, in bounded time")
        void get() {
            CountingTransport transport = new CountingTransport();
            try (SlumberClient client = client(url, Fixtures.settings(), transport)) {
                long started = System.nanoTime();
                RemoteException failure = catchThrowableOfType(RemoteException.class,
                        () -> client.userAgent().get(url));
                long millis = (System.nanoTime() - started) / 1_000_000;

                assertThat(failure).isNotNull();
                assertThat(failure.status()).isZero();
                assertThat(failure.method()).isEqualTo("GET");
                assertThat(failure.url()).isEqualTo(url);
                assertThat(failure.getMessage()).contains(url);
                assertThat(transport.sent).as("attempts: 1 + 3 retries").hasValue(4);
                assertThat(millis).as("retries back off, but the call ends").isBetween(50L, 10_000L);
            }
        }

        @Test
        @DisplayName("a POST fails with status 0 at once, without a retry")
        void post() {
            CountingTransport transport = new CountingTransport();
            try (SlumberClient client = client(url, Fixtures.settings(), transport)) {
                RemoteException failure = catchThrowableOfType(RemoteException.class,
                        () -> client.userAgent().post(url, Map.of("name", "x")));

                assertThat(failure.status()).isZero();
                assertThat(failure.getMessage()).contains("POST").contains(url);
                assertThat(transport.sent).hasValue(1);
            }
        }

        @Test
        @DisplayName("reading a remote instance's field surfaces the same failure")
        void instanceField() {
            try (SlumberClient client = client(url, Fixtures.settings(), new CountingTransport())) {
                assertThatThrownBy(() -> client.instanceAt(url).string("name"))
                        .isInstanceOfSatisfying(RemoteException.class, e -> assertThat(e.status()).isZero())
                        .hasMessageContaining(url);
            }
        }
    }

    @Nested
    @DisplayName("does not answer in time")
    class Timeouts {

        private final Settings settings = Fixtures.settings()
                .with(Setting.CLIENT_RESPONSE_TIMEOUT, Duration.ofMillis(300));

        @Test
        @DisplayName("a GET fails naming the URL after at most 4 attempts of the response timeout each")
        void get() {
            try (FakeService fake = new FakeService((n, exchange) -> null);
                 SlumberClient client = client(fake.url("/slumber/remote/"), settings, new CountingTransport())) {
                String url = fake.url("/slumber/remote/app/Model/data/1/");
                long started = System.nanoTime();
                RemoteException failure = catchThrowableOfType(RemoteException.class,
                        () -> client.userAgent().get(url));
                long millis = (System.nanoTime() - started) / 1_000_000;

                assertThat(failure).isNotNull();
                assertThat(failure.status()).isZero();
                assertThat(failure.getMessage()).contains(url);
                assertThat(fake.requests.get()).isBetween(1, 4);
                assertThat(millis).as("waited for the timeout, and no longer than 4 of them plus backoff")
                        .isBetween(290L, 4 * 300L + 2_000L);
            }
        }

        @Test
        @DisplayName("are finite by default")
        void finiteByDefault() {
            Settings defaults = Settings.load(Map.of(), new Properties(), getClass().getClassLoader());

            assertThat(defaults.get(Setting.CLIENT_CONNECT_TIMEOUT)).isPositive()
                    .isLessThanOrEqualTo(Duration.ofMinutes(5));
            assertThat(defaults.get(Setting.CLIENT_RESPONSE_TIMEOUT)).isPositive()
                    .isLessThanOrEqualTo(Duration.ofMinutes(5));
        }

        @Test
        @DisplayName("a POST fails after one response timeout, sent once")
        void post() {
            try (FakeService fake = new FakeService((n, exchange) -> null);
                 SlumberClient client = client(fake.url("/slumber/remote/"), settings, new CountingTransport())) {
                String url = fake.url("/slumber/remote/app/Model/create/");
                long started = System.nanoTime();
                RemoteException failure = catchThrowableOfType(RemoteException.class,
                        () -> client.userAgent().post(url, Map.of("name", "x")));
                long millis = (System.nanoTime() - started) / 1_000_000;

                assertThat(failure.status()).isZero();
                assertThat(failure.getMessage()).contains(url);
                assertThat(fake.requests).hasValue(1);
                assertThat(millis).isBetween(290L, 2_000L);
            }
        }
    }

    @Nested
    @DisplayName("answers 5xx")
    class ServerErrors {

        @Test
        @DisplayName("a GET answered 503 once is retried and succeeds: the server sees exactly 2 requests")
        void retriedOnce() {
            try (FakeService fake = new FakeService((n, exchange) -> n == 1 ? error(503, "busy") : new Answer(200, OK));
                 SlumberClient client = client(fake)) {
                Map<String, Object> document = client.userAgent().get(fake.url("/slumber/remote/app/Model/"));

                assertThat(document).containsEntry("ok", true);
                assertThat(fake.requests).hasValue(2);
            }
        }

        @Test
        @DisplayName("a GET answered 500 every time is sent 4 times, then fails with status 500 and the error text")
        void retriesRunOut() {
            try (FakeService fake = new FakeService((n, exchange) -> error(500, "broken " + n));
                 SlumberClient client = client(fake)) {
                String url = fake.url("/slumber/remote/app/Model/");
                RemoteException failure = catchThrowableOfType(RemoteException.class,
                        () -> client.userAgent().get(url));

                assertThat(fake.requests).hasValue(4);
                assertThat(failure.status()).isEqualTo(500);
                assertThat(failure.error()).isEqualTo("broken 4");
                assertThat(failure.getMessage()).contains(url);
            }
        }

        @Test
        @DisplayName("a POST, PUT or DELETE answered 503 is not retried: one request each")
        void writesNotRetried() {
            try (FakeService fake = new FakeService((n, exchange) -> error(503, "busy"));
                 SlumberClient client = client(fake)) {
                String url = fake.url("/slumber/remote/app/Model/data/1/");

                RemoteException post = catchThrowableOfType(RemoteException.class,
                        () -> client.userAgent().post(url, Map.of("a", 1)));
                assertThat(fake.requests).hasValue(1);
                catchThrowableOfType(RemoteException.class, () -> client.userAgent().put(url, Map.of("a", 1)));
                assertThat(fake.requests).hasValue(2);
                catchThrowableOfType(RemoteException.class, () -> client.userAgent().delete(url));
                assertThat(fake.requests).hasValue(3);

                assertThat(post.status()).isEqualTo(503);
                assertThat(post.method()).isEqualTo("POST");
                assertThat(post.error()).isEqualTo("busy");
            }
        }
    }

    @Nested
    @DisplayName("answers 4xx")
    class ClientErrors {

        @Test
        @DisplayName("a GET answered 404 is not retried: one request, status 404 and the server's error text")
        void notFound() {
            try (FakeService fake = new FakeService((n, exchange) -> error(404, "No Model with pk 1"));
                 SlumberClient client = client(fake)) {
                String url = fake.url("/slumber/remote/app/Model/data/1/");
                RemoteException failure = catchThrowableOfType(RemoteException.class,
                        () -> client.userAgent().get(url));

                assertThat(fake.requests).hasValue(1);
                assertThat(failure.status()).isEqualTo(404);
                assertThat(failure.method()).isEqualTo("GET");
                assertThat(failure.url()).isEqualTo(url);
                assertThat(failure.error()).isEqualTo("No Model with pk 1");
                assertThat(failure.getMessage()).contains(url).contains("404").contains("No Model with pk 1");
            }
        }

        @Test
        @DisplayName("GETs answered 400, 401, 403 and 409 are not retried either")
        void otherClientErrors() {
            int[] statuses = {400, 401, 403, 409};
            try (FakeService fake = new FakeService((n, exchange) -> error(statuses[n - 1], "status " + n));
                 SlumberClient client = client(fake)) {
                for (int i = 0; i < statuses.length; i++) {
                    RemoteException failure = catchThrowableOfType(RemoteException.class,
                            () -> client.userAgent().get(fake.url("/slumber/remote/app/Model/")));
                    assertThat(failure.status()).isEqualTo(statuses[i]);
                    assertThat(fake.requests).hasValue(i + 1);
                }
            }
        }
    }

    @Nested
    @DisplayName("again and again")
    class NoLeaks {

        @Test
        @DisplayName("1,000 failed calls leave no threads behind and reuse a few connections")
        void thousandFailures() {
            try (FakeService fake = new FakeService((n, exchange) -> n % 2 == 0 ? error(503, "busy")
                    : error(404, "gone"));
                 SlumberClient client = client(fake)) {
                String url = fake.url("/slumber/remote/app/Model/data/1/");
                for (int i = 0; i < 10; i++) {
                    failOnce(client, url, i);
                }
                int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
                int portsBefore = fake.clientPorts.size();

                for (int i = 10; i < 1_010; i++) {
                    failOnce(client, url, i);
                }

                assertThat(fake.requests).hasValue(1_010);
                assertThat(ManagementFactory.getThreadMXBean().getThreadCount())
                        .as("live threads after 1,000 failures").isLessThanOrEqualTo(threadsBefore + 2);
                assertThat(fake.clientPorts.size() - portsBefore)
                        .as("new connections opened for 1,000 sequential failures").isLessThanOrEqualTo(3);
            }
        }

        @Test
        @DisplayName("1,000 refused connections leave no threads behind")
        void thousandRefusals() {
            String url = "http://127.0.0.1:" + Fixtures.freePort() + "/slumber/remote/app/Model/create/";
            try (SlumberClient client = client(url, Fixtures.settings(), new CountingTransport())) {
                for (int i = 0; i < 10; i++) {
                    catchThrowableOfType(RemoteException.class, () -> client.userAgent().post(url, Map.of()));
                }
                int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();

                for (int i = 0; i < 1_000; i++) {
                    RemoteException failure = catchThrowableOfType(RemoteException.class,
                            () -> client.userAgent().post(url, Map.of()));
                    assertThat(failure.status()).isZero();
                }

                assertThat(ManagementFactory.getThreadMXBean().getThreadCount())
                        .as("live threads after 1,000 refusals").isLessThanOrEqualTo(threadsBefore + 2);
            }
        }

        /** A 404 GET on odd requests, a 503 POST on even ones: neither is retried. */
        private void failOnce(SlumberClient client, String url, int i) {
            RemoteException failure = i % 2 == 0
                    ? catchThrowableOfType(RemoteException.class, () -> client.userAgent().get(url))
                    : catchThrowableOfType(RemoteException.class, () -> client.userAgent().post(url, Map.of("i", i)));
            assertThat(failure.status()).isIn(404, 503);
        }
    }
}
