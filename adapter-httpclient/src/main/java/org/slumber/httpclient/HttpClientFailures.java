package org.slumber.httpclient;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.slumber.spi.transport.TransportRequest;
import org.slumber.spi.transport.TransportSettings;

/**
 * Turns HttpClient's {@link IOException}s into ones whose message names the method and URL,
 * keeping the original as the cause and keeping its family, so callers can tell a timeout
 * ({@link SocketTimeoutException}) and a refused or unreachable connection
 * ({@link ConnectException}, {@link NoRouteToHostException}, {@link UnknownHostException})
 * from the rest.
 */
final class HttpClientFailures {

    private HttpClientFailures() {
    }

    /** The exception to throw for {@code failure} while sending {@code request}. */
    static IOException naming(TransportRequest request, IOException failure, TransportSettings settings) {
        String message = request.method() + " " + request.uri() + " failed: " + describe(failure)
                + hint(failure, settings);
        IOException named;
        if (failure instanceof ConnectionRequestTimeoutException || failure instanceof SocketTimeoutException) {
            named = new SocketTimeoutException(message);
        } else if (failure instanceof ConnectException) {
            named = new ConnectException(message);
        } else if (failure instanceof NoRouteToHostException) {
            named = new NoRouteToHostException(message);
        } else if (failure instanceof UnknownHostException) {
            named = new UnknownHostException(message);
        } else if (failure instanceof InterruptedIOException) {
            named = new InterruptedIOException(message);
        } else {
            return new IOException(message, failure);
        }
        named.initCause(failure);
        return named;
    }

    /** Seconds for messages: {@code 5s}, {@code 0.25s}. */
    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString() + "s";
    }

    private static String describe(IOException failure) {
        String text = failure.getMessage();
        return text == null || text.isBlank() ? failure.getClass().getSimpleName() : text;
    }

    private static String hint(IOException failure, TransportSettings settings) {
        if (failure instanceof ConnectionRequestTimeoutException) {
            return " (no pooled connection came free within " + seconds(settings.responseTimeout()) + "; at most "
                    + settings.maxConnectionsPerRoute() + " per route and " + settings.maxConnections() + " in all)";
        }
        if (failure instanceof ConnectTimeoutException) {
            return " (connect timeout " + seconds(settings.connectTimeout()) + ")";
        }
        if (failure instanceof SocketTimeoutException) {
            return " (no answer within the response timeout of " + seconds(settings.responseTimeout()) + ")";
        }
        return "";
    }
}
