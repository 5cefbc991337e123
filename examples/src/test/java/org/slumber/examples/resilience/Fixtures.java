package org.slumber.examples.resilience;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.slumber.core.Slumber;
import org.slumber.core.client.ClientConfigurer;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;
import org.slumber.examples.pizza.ExampleAccounts;
import org.slumber.examples.pizza.PizzaExample;
import org.slumber.httpclient.HttpClientTransportProvider;
import org.slumber.jetty.JettyHostProvider;
import org.slumber.spi.hosting.Host;
import org.slumber.spi.hosting.HostProvider;
import org.slumber.spi.hosting.HostRequest;
import org.slumber.spi.hosting.HostResponse;
import org.slumber.spi.hosting.HostSettings;
import org.slumber.spi.hosting.RequestHandler;
import org.slumber.spi.transport.Transport;
import org.slumber.spi.transport.TransportProvider;
import org.slumber.spi.transport.TransportRequest;
import org.slumber.spi.transport.TransportResponse;
import org.slumber.spi.transport.TransportSettings;

/** What the resilience tests share: servers that count requests, network-only clients, fake services. */
final class Fixtures {

    static final String KEY = ExampleAccounts.SERVICE_USER;
    static final String SECRET = "resilience-secret";

    private Fixtures() {
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loopback, port 0, the test secret, an in-memory database, no miss-sign delay, fast hashes. */
    static Settings settings() {
        return Settings.load(Map.of(), new Properties(), Fixtures.class.getClassLoader())
                .with(Setting.HOST, "127.0.0.1")
                .with(Setting.PORT, 0)
                .with(Setting.SECRET, SECRET)
                .with(Setting.DATABASE_URL, "jdbc:derby:memory:resilience-" + UUID.randomUUID() + ";create=true")
                .with(Setting.MISS_SIGN_DELAY, Duration.ZERO)
                .with(Setting.PASSWORD_ITERATIONS, 1000)
                .with(Setting.AUTH_CACHE_TTL, Duration.ZERO)
                .with(Setting.THREADS, 8);
    }

    /** The pizza example's single deployment (service {@code pizzas}) on this host provider. */
    static Slumber startPizzas(Settings settings, HostProvider host) {
        return Slumber.builder().settings(PizzaExample.defaults(settings, Path.of("target")))
                .onNewDatabase(ExampleAccounts::create).host(host).start();
    }

    /** A client that never takes the in-process shortcut, signing as the example's key. */
    static SlumberClient networkClient(Settings settings, Map<String, String> services,
                                       ClientConfigurer... configurers) {
        SlumberClient.Builder builder = SlumberClient.builder().settings(settings).services(services)
                .signing(KEY, SECRET).inProcess(false).discoverConfigurers(false);
        for (ClientConfigurer configurer : configurers) {
            builder.configure(configurer);
        }
        return builder.build();
    }

    /** An HTTP answer: status, headers, the JSON body as a map (null when it is not a JSON object). */
    record Reply(int status, HttpHeaders headers, Map<String, Object> json) {

        @SuppressWarnings("unchecked")
        Object meta(String key) {
            return json == null ? null : ((Map<String, Object>) json.get("_meta")).get(key);
        }
    }

    /** Made on first use only: the HTTP client starts a thread. */
    private static final class Web {
        static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        static final ObjectMapper JSON = new ObjectMapper();
    }

    /** GETs a URL with HTTP Basic credentials. */
    @SuppressWarnings("unchecked")
    static Reply basicGet(String url, String username, String password) {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = Web.HTTP.send(HttpRequest
                    .newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Basic " + credentials).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Object json = response.body().isEmpty() ? null : Web.JSON.readValue(response.body(), Object.class);
            return new Reply(response.statusCode(), response.headers(),
                    json instanceof Map ? (Map<String, Object>) json : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The Jetty host, handing every request to the core through a recorder. */
    static final class CountingHost implements HostProvider {

        private final Queue<HostRequest> seen = new ConcurrentLinkedQueue<>();

        @Override
        public String name() {
            return "counting-jetty";
        }

        @Override
        public Host start(HostSettings settings, RequestHandler handler) throws IOException {
            return new JettyHostProvider().start(settings, new RequestHandler() {
                @Override
                public CompletionStage<HostResponse> handle(HostRequest request) {
                    seen.add(request);
                    return handler.handle(request);
                }

                @Override
                public HostResponse refuse(HostRequest head, int status, String reason) {
                    return handler.refuse(head, status, reason);
                }
            });
        }

        /** How many requests so far matched. */
        long count(Predicate<HostRequest> which) {
            return seen.stream().filter(which).count();
        }

        /** How many requests of this method so far had exactly this path. */
        long count(String method, String path) {
            return count(request -> request.method().equals(method) && request.path().equals(path));
        }

        /** The requests so far, oldest first. */
        List<HostRequest> requests() {
            return new ArrayList<>(seen);
        }
    }

    /** The HttpClient transport, counting what is sent through it (each attempt of a retried GET). */
    static final class CountingTransport implements TransportProvider {

        final AtomicInteger sent = new AtomicInteger();

        @Override
        public String name() {
            return "counting-httpclient";
        }

        @Override
        public Transport open(TransportSettings settings) {
            Transport delegate = new HttpClientTransportProvider().open(settings);
            return new Transport() {
                @Override
                public TransportResponse send(TransportRequest request) throws IOException {
                    sent.incrementAndGet();
                    return delegate.send(request);
                }

                @Override
                public void close() {
                    delegate.close();
                }
            };
        }
    }

    /** What a fake service answers: a status and a body. */
    record Answer(int status, String json) {
    }

    /**
     * A tiny JDK HTTP server answering by a script, counting requests and the client ports they
     * came from (one port per connection). Its 16 threads are started at once, so that it adds
     * no threads while a test runs.
     */
    static final class FakeService implements AutoCloseable {

        static {
            // the JDK server writes head and body separately: without this, Nagle's algorithm and
            // delayed ACKs cost 40 ms per answer on a kept-alive connection
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }

        interface Script {
            /** The answer to the n-th request (from 1); null: never answer (until closed). */
            Answer answer(int n, HttpExchange exchange);
        }

        final AtomicInteger requests = new AtomicInteger();
        final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
        private final HttpServer server;
        private final ThreadPoolExecutor executor = new ThreadPoolExecutor(16, 16, 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>());
        private final CountDownLatch closing = new CountDownLatch(1);

        FakeService(Script script) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", exchange -> {
                int n = requests.incrementAndGet();
                clientPorts.add(exchange.getRemoteAddress().getPort());
                exchange.getRequestBody().readAllBytes();
                Answer answer = script.answer(n, exchange);
                if (answer == null) {
                    try {
                        closing.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.close();
                    return;
                }
                byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(answer.status(), body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            executor.prestartAllCoreThreads();
            server.setExecutor(executor);
            server.start();
        }

        /** An absolute URL on this server. */
        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        @Override
        public void close() {
            closing.countDown();
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
