package org.slumber.spi.tck;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Timeout;
import org.slumber.spi.hosting.RequestHandler;
import org.slumber.spi.transport.Transport;
import org.slumber.spi.transport.TransportProvider;
import org.slumber.spi.transport.TransportRequest;
import org.slumber.spi.transport.TransportResponse;
import org.slumber.spi.transport.TransportSettings;

/**
 * The compatibility kit of the transport role: extend it, return your provider, and the
 * contracts of {@link TransportProvider}, {@link Transport}, {@link TransportSettings},
 * {@link TransportRequest} and {@link TransportResponse} are checked.
 *
 * <pre>{@code
 * class MyTransportTest extends TransportCompatibilityKit {
 *     @Override protected TransportProvider provider() { return new MyTransportProvider(); }
 * }
 * }</pre>
 *
 * <p>Each test serves a {@link RequestHandler} that records what reaches it and answers as the
 * test says, opens transports with the provider, sends to the handler's URL, and closes
 * everything afterwards. By default {@link #serve} puts the handler behind the JDK's HTTP
 * server on a loopback port. A transport that reaches handlers without sockets (an in-process
 * dispatcher) overrides {@link #serve} to register the handler under a URL of its own, and
 * {@link #usesNetwork()} to return false: the checks that need sockets are then skipped, each
 * with a reason. The whole kit runs in about ten seconds.
 *
 * <p>What is checked, group by group:
 * <ul>
 *   <li>methods: GET, POST, PUT and DELETE reach the server as given (required); PATCH,
 *       OPTIONS, HEAD and an unknown token are checked too, and skipped when the transport
 *       refuses them with {@link IllegalArgumentException} or
 *       {@link UnsupportedOperationException};</li>
 *   <li>the URL: path and query reach the server exactly as encoded, not normalized;</li>
 *   <li>request headers: values, repeated fields, a Content-Type exactly as given and none
 *       added;</li>
 *   <li>bodies: every byte value, empty, 1 MiB, both ways;</li>
 *   <li>the answer: status, headers and body returned whole whatever the status (2xx, 3xx,
 *       4xx, 5xx), after exactly one request: redirects returned, not followed, nothing
 *       retried; repeated header fields; the {@link org.slumber.spi.Headers} contract;</li>
 *   <li>many requests: 8 threads sending 50 requests each through one transport;</li>
 *   <li>the response timeout: an answer that does not come gives an {@link IOException}
 *       naming the URL soon after the timeout, and the transport stays usable;</li>
 *   <li>closing: a closed transport refuses to send, close is idempotent, closed transports
 *       leave no threads, the provider is discoverable;</li>
 *   <li>over the network only: a refused connection and a connect timeout give an
 *       {@link IOException} naming the URL in time; 1,000 failures leave no threads;
 *       connections are kept alive, reused, and bounded per route and in total.</li>
 * </ul>
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
public abstract class TransportCompatibilityKit {

    private final TransportFixture transports =
            new TransportFixture(this::provider, this::settings, this::serve, this::usesNetwork,
                    this::discoverable);

    /** The provider under test; called for each transport the kit opens. */
    protected abstract TransportProvider provider();

    /**
     * The settings transports are opened with: 5 s to connect, 10 s to answer, 50 connections,
     * 20 per route. Tests of timeouts and pool limits replace those values.
     */
    protected TransportSettings settings() {
        return new TransportSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 50, 20);
    }

    /**
     * Makes {@code handler} answer requests sent under the returned endpoint's base URL, until
     * the kit closes it at the end of the test. Called when a test first needs an endpoint,
     * and again when it needs a second one; each call must serve under a base URL of its own.
     *
     * <p>The default starts the JDK's {@code com.sun.net.httpserver.HttpServer} on
     * {@code 127.0.0.1} and a free port, hands it each request whole as a
     * {@link org.slumber.spi.hosting.HostRequest} (raw path and query, headers, body, remote
     * address) on a thread of its own, and writes the
     * {@link org.slumber.spi.hosting.HostResponse} back with a {@code Content-Length}, as a
     * host does.
     *
     * <p>Override it for a transport that dispatches to handlers without sockets, and return
     * {@link TransportEndpoint#of}. The handler may block the thread that calls it, and may
     * complete its answer later on another thread. The kit then expects what a host would
     * have delivered: no body in an answer to HEAD or with status 204 or 304.
     */
    protected TransportEndpoint serve(RequestHandler handler) throws IOException {
        return TransportHttpEndpoint.start(handler);
    }

    /**
     * Whether the transport opens sockets. When false, the checks of refused connections,
     * connect timeouts and connection pools are skipped.
     */
    protected boolean usesNetwork() {
        return true;
    }

    /**
     * Whether the provider is found by {@link java.util.ServiceLoader} and has a public
     * no-argument constructor, as providers of the transport role must. A transport the core
     * makes itself rather than discovers returns false to skip that check.
     */
    protected boolean discoverable() {
        return true;
    }

    @AfterEach
    final void closeTransportsAndEndpoints() {
        transports.close();
    }

    @Nested
    @DisplayName("The method")
    class Methods extends TransportMethodChecks {
        Methods() {
            super(transports);
        }
    }

    @Nested
    @DisplayName("The URL")
    class Urls extends TransportUrlChecks {
        Urls() {
            super(transports);
        }
    }

    @Nested
    @DisplayName("Request headers")
    class RequestHeaders extends TransportRequestHeaderChecks {
        RequestHeaders() {
            super(transports);
        }
    }

    @Nested
    @DisplayName("The body")
    class Bodies extends TransportBodyChecks {
        Bodies() {
            super(transports);
        }
    }

    @Nested
    @DisplayName("The answer")
    class Answers extends TransportAnswerChecks {
        Answers() {
            super(transports);
        }
    }

    @Nested
    @DisplayName("Many requests at once")
    class ManyRequests extends TransportLoadChecks {
        ManyRequests() {
            super(transports);
        }
    }

    @Nested
    @DisplayName("An answer slower than the response timeout")
    class SlowAnswers extends TransportTimeoutChecks {
        SlowAnswers() {
            super(transports);
        }
    }

    @Nested
    @DisplayName("Opening and closing")
    class Closing extends TransportCloseChecks {
        Closing() {
            super(transports);
        }
    }

    @Nested
    @DisplayName("A connection (network transports only)")
    class Connections extends TransportConnectionChecks {
        Connections() {
            super(transports);
        }
    }

    @Nested
    @DisplayName("The connection pool (network transports only)")
    class Pool extends TransportPoolChecks {
        Pool() {
            super(transports);
        }
    }
}
