package org.slumber.core.auth;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * FOST HMAC request signatures, as django-fost-authn makes and checks them (auth.md,
 * "Request signing"). The signed document is
 * <pre>
 * &lt;METHOD&gt; &lt;path&gt;\n&lt;timestamp&gt;\n&lt;signed header names&gt;\n&lt;value of each further signed header&gt;\n...&lt;body&gt;
 * </pre>
 * and the signature is the Base64 of its HMAC-SHA1 with the secret as key. Thread-safe: a
 * signer keeps one MAC per thread and the last timestamp it used.
 */
public final class FostSignature {

    /** The header naming the signed headers. */
    public static final String HEADERS = "X-FOST-Headers";
    /** The header carrying the time of signing. */
    public static final String TIMESTAMP = "X-FOST-Timestamp";
    /** The header naming the user the caller acts for. */
    public static final String USER = "X-FOST-User";

    private static final DateTimeFormatter TIMESTAMP_FORMAT = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final String key;
    private final SecretKeySpec secret;
    private final java.util.concurrent.atomic.AtomicLong lastMicros = new java.util.concurrent.atomic.AtomicLong();
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    /**
     * A signer for one key.
     *
     * @param key    the identity the server knows the secret by
     * @param secret the shared secret; never logged
     */
    public FostSignature(String key, String secret) {
        this.key = Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secret, "secret");
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("the signing secret of key " + key + " is empty");
        }
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1");
    }

    /** The key this signer signs as. */
    public String key() {
        return key;
    }

    /**
     * The signature of one request.
     *
     * @param method        the HTTP method
     * @param path          the path as sent in the request line, percent-encoded, without query
     * @param timestamp     the timestamp header's value
     * @param signedHeaders the further signed headers (after {@code X-FOST-Headers}), name to
     *                      value, in order
     * @param bodyOrQuery   the raw body for POST, PUT and PATCH, else the raw query string
     *                      without {@code ?}; see {@link #signedContent}
     */
    public String sign(String method, String path, String timestamp, Map<String, String> signedHeaders,
                       byte[] bodyOrQuery) {
        Mac mac = macs.get();
        mac.update(head(method, path, timestamp, signedHeaders));
        if (bodyOrQuery != null) {
            mac.update(bodyOrQuery);
        }
        return Base64.getEncoder().encodeToString(mac.doFinal());
    }

    /**
     * The headers to add to a request to sign it now, acting for {@code actingUser} (or as the
     * key's own user when null): {@code X-FOST-Timestamp}, {@code X-FOST-Headers},
     * {@code X-FOST-User} when acting for someone, and {@code Authorization}.
     */
    public Map<String, String> headers(String method, String path, String query, byte[] body, String actingUser) {
        return headers(method, path, query, body, actingUser, nextTimestamp());
    }

    /**
     * Now, but later than any time this signer used before: timestamps have microseconds, and
     * two requests signed in the same microsecond would otherwise look like a replay.
     */
    private Instant nextTimestamp() {
        Instant now = Instant.now();
        long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        long chosen = lastMicros.accumulateAndGet(micros, (last, wanted) -> Math.max(last + 1, wanted));
        return Instant.ofEpochSecond(chosen / 1_000_000L, (chosen % 1_000_000L) * 1_000);
    }

    /** As {@link #headers(String, String, String, byte[], String)}, signed at a given time. */
    public Map<String, String> headers(String method, String path, String query, byte[] body, String actingUser,
                                       Instant now) {
        String timestamp = TIMESTAMP_FORMAT.format(now);
        Map<String, String> signed = new LinkedHashMap<>();
        if (actingUser != null) {
            signed.put(USER, actingUser);
        }
        String signature = sign(method, path, timestamp, signed, signedContent(method, query, body));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(TIMESTAMP, timestamp);
        headers.put(HEADERS, headerList(signed.keySet()));
        headers.putAll(signed);
        headers.put("Authorization", "FOST " + key + ":" + signature);
        return headers;
    }

    /**
     * What is signed after the headers: the raw body for POST, PUT and PATCH, else the raw query
     * string (empty when there is none).
     */
    public static byte[] signedContent(String method, String query, byte[] body) {
        if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            return body == null ? new byte[0] : body;
        }
        return query == null ? new byte[0] : query.getBytes(StandardCharsets.UTF_8);
    }

    /** The signed header names as sent in {@code X-FOST-Headers}: itself first, then the others. */
    public static String headerList(Iterable<String> further) {
        StringBuilder names = new StringBuilder(HEADERS);
        for (String name : further) {
            names.append(' ').append(name);
        }
        return names.toString();
    }

    /** The signed document (the bytes the HMAC covers). */
    public static byte[] document(String method, String path, String timestamp, Map<String, String> signedHeaders,
                                  byte[] bodyOrQuery) {
        byte[] headBytes = head(method, path, timestamp, signedHeaders);
        byte[] content = bodyOrQuery == null ? new byte[0] : bodyOrQuery;
        byte[] document = new byte[headBytes.length + content.length];
        System.arraycopy(headBytes, 0, document, 0, headBytes.length);
        System.arraycopy(content, 0, document, headBytes.length, content.length);
        return document;
    }

    /** The signed document up to its body: request line, timestamp, header names and values. */
    private static byte[] head(String method, String path, String timestamp, Map<String, String> signedHeaders) {
        List<String> names = new ArrayList<>(signedHeaders.keySet());
        StringBuilder head = new StringBuilder(128).append(method).append(' ').append(path).append('\n')
                .append(timestamp).append('\n').append(headerList(names)).append('\n');
        for (String value : signedHeaders.values()) {
            head.append(value).append('\n');
        }
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A MAC keyed with this signer's secret; one per thread, since Mac objects are not thread-safe. */
    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(secret);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA1 is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "FostSignature[key=" + key + "]";
    }
}
