package org.slumber.core.internal.client;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slumber.core.auth.FostSignature;
import org.slumber.core.client.RemoteException;
import org.slumber.core.client.RemoteInstance;
import org.slumber.core.client.UserAgent;
import org.slumber.core.internal.json.Json;
import org.slumber.spi.Headers;
import org.slumber.spi.transport.Transport;
import org.slumber.spi.transport.TransportRequest;
import org.slumber.spi.transport.TransportResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's one user agent: signs, forwards the acting user, caches and retries GETs, and
 * sends through its transport (the {@link InProcessTransport}, which takes the shortcut for
 * servers in this JVM and else the network). Thread-safe.
 */
public final class Agent implements UserAgent {

    private static final Logger LOG = LoggerFactory.getLogger(Agent.class);
    private static final int MAX_REDIRECTS = 3;
    private static final long[] BACKOFF_MILLIS = {25, 100, 250};

    private final FostSignature signer;
    private final String key;
    private final String secret;
    private final boolean inProcess;
    private final java.util.function.Predicate<URI> trusted;
    private final Transport transport;
    private final int getRetries;
    private final ResponseCache cache = new ResponseCache();
    private final AtomicLong requests = new AtomicLong();

    /**
     * @param key        the signing key, or null for unsigned requests
     * @param secret     its secret, or null
     * @param inProcess  whether requests for servers in this JVM skip serialising (and the network)
     * @param trusted    which URLs are signed: those of the directory's services; a request to
     *                   any other host goes unsigned, so no signature (and no acting user) leaks
     * @param transport  sends the requests (the in-process transport over the network one)
     * @param getRetries how often a GET is sent again after a connection failure or a 5xx
     */
    public Agent(String key, String secret, boolean inProcess, java.util.function.Predicate<URI> trusted,
                 Transport transport, int getRetries) {
        this.key = key;
        this.secret = secret;
        this.signer = key == null ? null : new FostSignature(key, secret);
        this.inProcess = inProcess;
        this.trusted = trusted;
        this.transport = transport;
        this.getRetries = getRetries;
    }

    @Override
    public Map<String, Object> get(String url) {
        return get(url, Duration.ZERO);
    }

    /** GETs a document, answering from the cache for up to {@code ttl} (zero: never cached). */
    public Map<String, Object> get(String url, Duration ttl) {
        boolean cached = !ttl.isZero() && !ttl.isNegative();
        if (cached) {
            Map<String, Object> hit = cache.get(cacheKey(url));
            if (hit != null) {
                return hit;
            }
        }
        Map<String, Object> document = exchange("GET", url, null);
        if (cached) {
            cache.put(cacheKey(url), document, ttl);
        }
        return document;
    }

    @Override
    public Map<String, Object> post(String url, Map<String, ?> body) {
        return exchange("POST", url, body);
    }

    @Override
    public Map<String, Object> put(String url, Map<String, ?> body) {
        return exchange("PUT", url, body);
    }

    @Override
    public Map<String, Object> delete(String url) {
        return exchange("DELETE", url, null);
    }

    /** The cached answer of a URL, or null. */
    public Map<String, Object> cached(String url) {
        return cache.get(cacheKey(url));
    }

    /** Caches an answer for {@code ttl} (nothing for zero). */
    public void cache(String url, Map<String, Object> document, Duration ttl) {
        if (!ttl.isZero() && !ttl.isNegative()) {
            cache.put(cacheKey(url), document, ttl);
        }
    }

    /**
     * Answers are cached per acting user: another user may be refused what one was shown. The
     * URL comes first, so dropping a URL drops it for every user.
     */
    private static String cacheKey(String url) {
        String user = ActingUser.current();
        return user == null ? url + "\u0000" : url + "\u0000" + user;
    }

    /** Drops cached answers for a URL and the URLs below it, for every acting user. */
    public void invalidate(String url) {
        cache.invalidate(url);
    }

    /** How many requests this agent has sent (in-process ones included), for tests and benchmarks. */
    public long requestCount() {
        return requests.get();
    }

    private Map<String, Object> exchange(String method, String url, Map<String, ?> body) {
        Map<String, Object> document = body == null ? null : wireValues(body);
        byte[] bytes = document == null ? new byte[0] : Json.write(document);
        String target = url;
        for (int redirects = 0; ; redirects++) {
            Answer answer = withRetries(method, target, bytes, document);
            if (answer.status < 300 || answer.status >= 400) {
                return document(method, target, answer);
            }
            String location = answer.location;
            String next = location == null ? null : URI.create(target).resolve(location).toString();
            if (!method.equals("GET") || next == null || redirects == MAX_REDIRECTS
                    || !Origins.same(URI.create(target), URI.create(next))) {
                throw new RemoteException(method, target, answer.status, location == null ? "a redirect without a "
                        + "Location" : "redirected to " + location + (!method.equals("GET")
                        ? "; only GETs follow redirects" : redirects == MAX_REDIRECTS ? " once too often"
                        : "; redirects to another host are not followed"), null);
            }
            target = next;
        }
    }

    private Answer withRetries(String method, String url, byte[] bytes, Map<String, Object> body) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new RemoteException(method, url, 0, "not a URL: " + e.getMessage(), e);
        }
        if (!uri.isAbsolute()) {
            throw new RemoteException(method, url, 0, "not an absolute URL", null);
        }
        int attempts = method.equals("GET") ? 1 + getRetries : 1;
        for (int attempt = 1; ; attempt++) {
            Answer answer;
            try {
                answer = send(method, uri, bytes, body);
            } catch (IOException e) {
                if (attempt < attempts) {
                    backOff(method, url, attempt, e.getMessage());
                    continue;
                }
                throw new RemoteException(method, url, 0, e.getMessage(), e);
            } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                throw new RemoteException(method, url, 0, e.getMessage(), e);
            }
            if (answer.status >= 500 && attempt < attempts) {
                backOff(method, url, attempt, "status " + answer.status);
                continue;
            }
            return answer;
        }
    }

    /** An answer: status, the raw body or the document itself (in-process), and a redirect's Location. */
    private record Answer(int status, byte[] body, Map<String, Object> document, String location) {
    }

    private Answer send(String method, URI uri, byte[] body, Map<String, Object> document) throws IOException {
        requests.incrementAndGet();
        boolean hasBody = document != null;
        if (inProcess) {
            LocalDispatch local = InProcessHosts.findLocal(uri);
            if (local != null) {
                boolean sign = key != null && trusted.test(uri);
                LocalDispatch.Result answer = local.answer(method, uri.getRawPath(), uri.getRawQuery(),
                        hasBody ? document : null, sign ? key : null, sign ? secret : null,
                        sign ? ActingUser.current() : null);
                return new Answer(answer.status(), null, answer.document(), answer.location());
            }
        }
        Headers.Builder headers = Headers.builder().add("Accept", "application/json");
        if (hasBody) {
            headers.add("Content-Type", "application/json");
        }
        if (signer != null && trusted.test(uri)) {
            signer.headers(method, uri.getRawPath(), uri.getRawQuery(), body, ActingUser.current())
                    .forEach(headers::add);
        }
        TransportResponse response = transport.send(new TransportRequest(method, uri, headers.build(), body));
        return new Answer(response.status(), response.body(), null, response.headers().first("Location"));
    }

    private static void backOff(String method, String url, int attempt, String why) {
        LOG.debug("Retrying {} {} after {} (attempt {})", method, url, why, attempt);
        try {
            Thread.sleep(BACKOFF_MILLIS[Math.min(attempt - 1, BACKOFF_MILLIS.length - 1)]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException(method, url, 0, "interrupted while retrying", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document(String method, String url, Answer answer) {
        if (answer.document != null) {
            if (answer.status >= 400) {
                Object error = answer.document.get("error");
                throw new RemoteException(method, url, answer.status, error == null ? null : error.toString(), null);
            }
            return answer.document;
        }
        Object parsed = null;
        if (answer.body.length > 0) {
            try {
                parsed = Json.read(answer.body);
            } catch (IllegalArgumentException e) {
                parsed = null;
            }
        }
        Map<String, Object> document = parsed instanceof Map ? (Map<String, Object>) parsed : null;
        if (answer.status >= 400) {
            Object error = document == null ? null : document.get("error");
            String text = error instanceof String ? (String) error
                    : new String(answer.body, 0, Math.min(answer.body.length, 200), StandardCharsets.UTF_8);
            throw new RemoteException(method, url, answer.status, text, null);
        }
        if (document == null) {
            if (answer.body.length == 0) {
                return new LinkedHashMap<>();
            }
            throw new RemoteException(method, url, answer.status, "the answer is not a JSON object", null);
        }
        return document;
    }

    /** A body as JSON values: remote instances as their URLs, the rest as JSON would carry it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> wireValues(Map<String, ?> body) {
        Map<String, Object> values = new LinkedHashMap<>();
        body.forEach((name, value) -> values.put(name, value instanceof RemoteInstance instance
                ? instance.referenceUrl() : value));
        return (Map<String, Object>) Json.copy(values);
    }
}
