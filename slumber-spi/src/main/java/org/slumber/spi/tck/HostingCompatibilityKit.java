package org.slumber.spi.tck;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Timeout;
import org.slumber.spi.hosting.Host;
import org.slumber.spi.hosting.HostProvider;
import org.slumber.spi.hosting.HostRequest;
import org.slumber.spi.hosting.HostResponse;
import org.slumber.spi.hosting.HostSettings;
import org.slumber.spi.hosting.RequestHandler;

/**
 * The compatibility kit of the hosting role: extend it, return your provider, and the
 * contracts of {@link HostProvider}, {@link Host}, {@link HostSettings}, {@link HostRequest},
 * {@link HostResponse} and {@link RequestHandler} are checked over real HTTP.
 *
 * <pre>{@code
 * class MyHostTest extends HostingCompatibilityKit {
 *     @Override protected HostProvider provider() { return new MyHostProvider(); }
 * }
 * }</pre>
 *
 * <p>Each test starts its own hosts, on port 0 of the address in {@link #settings()}, with a
 * handler that records what it is handed and answers as the test says. It speaks to them with
 * the JDK's {@link java.net.http.HttpClient}, or over a raw socket where the exact bytes
 * matter (percent-encoded request lines, repeated header fields, hand-made chunks, bodies that
 * never come), and closes them afterwards. The whole kit runs in a few seconds.
 *
 * <p>What is checked, group by group:
 * <ul>
 *   <li>starting: port 0 binds a free port that {@link Host#address()} reports; requests are
 *       accepted once {@code start} returns; a taken port gives an {@code IOException} naming
 *       host and port; the provider is public, has a no-argument constructor and a
 *       {@code ServiceLoader} entry;</li>
 *   <li>the request as handed over: method (any token), raw path, raw query, headers (case,
 *       repetition, order), body bytes (binary, empty, at the limit, chunked), remote address;</li>
 *   <li>the answer as written: status, every header field in order, body, Content-Length, no
 *       body for HEAD; answers completed later on another thread, without holding a thread;</li>
 *   <li>refusals: bodies over the limit, declared or chunked, answered 413 with what
 *       {@link RequestHandler#refuse} returned and without calling {@code handle}; an
 *       unparseable request line answered 400 the same way; a failing or throwing handler
 *       answered 500 the same way, with no details of the failure;</li>
 *   <li>connections: 200 concurrent requests over 16 connections, kept-alive connections,
 *       idle ones closed after the idle timeout;</li>
 *   <li>closing: requests in flight finish, new connections are refused, a stuck request is
 *       given up after the stop timeout, closing twice is harmless.</li>
 * </ul>
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
public abstract class HostingCompatibilityKit {

    private final HostingFixture hosting = new HostingFixture(this::provider, this::settings);

    /** The provider under test; called for each host the kit starts. */
    protected abstract HostProvider provider();

    /**
     * The settings hosts are started with; the kit replaces the port, and in some tests the
     * thread count, body limit, idle timeout and stop timeout. The address must be reachable
     * from this JVM.
     */
    protected HostSettings settings() {
        return HostSettings.loopback();
    }

    @AfterEach
    final void closeHosts() {
        hosting.close();
    }

    @Nested
    @DisplayName("Starting a host")
    class Starting extends HostingStartChecks {
        Starting() {
            super(hosting);
        }
    }

    @Nested
    @DisplayName("The request line")
    class RequestLine extends HostingRequestLineChecks {
        RequestLine() {
            super(hosting);
        }
    }

    @Nested
    @DisplayName("Request headers")
    class RequestHeaders extends HostingRequestHeaderChecks {
        RequestHeaders() {
            super(hosting);
        }
    }

    @Nested
    @DisplayName("The request body")
    class RequestBody extends HostingRequestBodyChecks {
        RequestBody() {
            super(hosting);
        }
    }

    @Nested
    @DisplayName("The answer")
    class Answers extends HostingAnswerChecks {
        Answers() {
            super(hosting);
        }
    }

    @Nested
    @DisplayName("An answer completed later")
    class LaterAnswers extends HostingLaterAnswerChecks {
        LaterAnswers() {
            super(hosting);
        }
    }

    @Nested
    @DisplayName("A request refused before handling")
    class Refused extends HostingRefusalChecks {
        Refused() {
            super(hosting);
        }
    }

    @Nested
    @DisplayName("A failing handler")
    class FailingHandler extends HostingFailureChecks {
        FailingHandler() {
            super(hosting);
        }
    }

    @Nested
    @DisplayName("Many requests")
    class ManyRequests extends HostingLoadChecks {
        ManyRequests() {
            super(hosting);
        }
    }

    @Nested
    @DisplayName("Closing a host")
    class Closing extends HostingCloseChecks {
        Closing() {
            super(hosting);
        }
    }
}
