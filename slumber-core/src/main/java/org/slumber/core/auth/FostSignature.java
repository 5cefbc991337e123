package org.slumber.core.auth;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
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

    private static final DateTimeFormatter SECOND_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final String key;
    private final SecretKeySpec secret;
    private final java.util.concurrent.atomic.AtomicLong lastMicros = new java.util.concurrent.atomic.AtomicLong();
    /** The {@code yyyy-MM-ddTHH:mm:ss} text of the last second a timestamp was written for. */
    private volatile SecondText lastSecond = new SecondText(Long.MIN_VALUE, "");
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
        return Base64.getEncoder().encodeToString(hmac(method, path, timestamp, signedHeaders, bodyOrQuery));
    }

    /**
     * The HMAC-SHA1 of one request (20 bytes) whose Base64 is its {@link #sign signature}; the
     * parameters are those of {@link #sign}. A server compares it with the presented
     * signature's bytes.
     */
    public byte[] hmac(String method, String path, String timestamp, Map<String, String> signedHeaders,
                       byte[] bodyOrQuery) {
        Mac mac = macs.get();
        mac.update(head(method, path, timestamp, signedHeaders));
        if (bodyOrQuery != null) {
            mac.update(bodyOrQuery);
        }
        return mac.doFinal();
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
        String timestamp = timestamp(now);
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
     * The timestamp header's value for a time: {@code yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'} in UTC, as
     * django-fost-authn writes it. The date and time of day are kept per second, so most calls
     * only append the microseconds.
     */
    String timestamp(Instant time) {
        long second = time.getEpochSecond();
        SecondText cached = lastSecond;
        if (cached.second != second) {
            cached = new SecondText(second, LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC)
                    .format(SECOND_FORMAT));
            lastSecond = cached;
        }
        int micros = time.getNano() / 1_000;
        char[] text = new char[cached.text.length() + 8];
        cached.text.getChars(0, cached.text.length(), text, 0);
        int at = cached.text.length();
        text[at] = '.';
        for (int i = 6; i >= 1; i--) {
            text[at + i] = (char) ('0' + micros % 10);
            micros /= 10;
        }
        text[at + 7] = 'Z';
        return new String(text);
    }

    /** One second's date and time of day as text. */
    private record SecondText(long second, String text) {
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
        StringBuilder head = new StringBuilder(128).append(method).append(' ').append(path).append('\n')
                .append(timestamp).append('\n').append(HEADERS);
        for (String name : signedHeaders.keySet()) {
            head.append(' ').append(name);
        }
        head.append('\n');
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
