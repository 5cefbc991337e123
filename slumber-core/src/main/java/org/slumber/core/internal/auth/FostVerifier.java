package org.slumber.core.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slumber.core.auth.FostSignature;
import org.slumber.spi.Headers;
import org.slumber.spi.hosting.HostRequest;

/**
 * Checks FOST HMAC signatures (auth.md, "Server side verification"): known key, parseable
 * timestamp within the clock skew, every named header present, signature equal in constant
 * time, and no replay of a signature seen within the skew window. Thread-safe.
 */
final class FostVerifier {

    /** The outcome of a check: the user to act as, or why the request was refused. */
    record Result(String username, String key, String failure) {
        boolean ok() {
            return failure == null;
        }

        static Result refused(String key, String why) {
            return new Result(null, key, why);
        }
    }

    private final Map<String, FostSignature> signers;
    private final Map<String, byte[]> secrets;
    private final Duration skew;
    private final Clock clock;
    private final ReplayGuard replays;

    /**
     * @param secrets key to secret
     * @param skew    how far timestamps may be from now
     * @param clock   the server's clock
     */
    FostVerifier(Map<String, String> secrets, Duration skew, Clock clock) {
        Map<String, FostSignature> map = new LinkedHashMap<>();
        secrets.forEach((key, secret) -> map.put(key, new FostSignature(key, secret)));
        this.signers = Map.copyOf(map);
        Map<String, byte[]> raw = new LinkedHashMap<>();
        secrets.forEach((key, secret) -> raw.put(key, secret.getBytes(StandardCharsets.UTF_8)));
        this.secrets = Map.copyOf(raw);
        this.skew = skew;
        this.clock = clock;
        this.replays = new ReplayGuard(skew.toSeconds());
    }


    /** Whether a key is known and this is its secret, compared in constant time. */
    boolean knowsSecret(String key, String secret) {
        byte[] known = secrets.get(key);
        return known != null && secret != null
                && MessageDigest.isEqual(known, secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Checks a request whose Authorization header starts with {@code FOST }. */
    Result verify(HostRequest request, String authorization) {
        String credential = authorization.substring(5).trim();
        int colon = credential.indexOf(':');
        if (colon <= 0) {
            return Result.refused(null, "malformed FOST Authorization header");
        }
        String key = credential.substring(0, colon);
        String signature = credential.substring(colon + 1);
        FostSignature signer = signers.get(key);
        if (signer == null) {
            return Result.refused(key, "unknown key");
        }
        Headers headers = request.headers();
        String timestamp = headers.first(FostSignature.TIMESTAMP);
        if (timestamp == null) {
            return Result.refused(key, "no " + FostSignature.TIMESTAMP + " header");
        }
        long signedAt;
        try {
            signedAt = parseTimestamp(timestamp);
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return Result.refused(key, "unparseable timestamp");
        }
        long now = clock.millis() / 1000;
        if (Math.abs(now - signedAt) > skew.toSeconds()) {
            return Result.refused(key, "timestamp outside the allowed clock skew of " + skew.toSeconds() + " s");
        }
        String signedNames = headers.first(FostSignature.HEADERS);
        if (signedNames == null) {
            return Result.refused(key, "no " + FostSignature.HEADERS + " header");
        }
        List<String> names = words(signedNames);
        if (names.isEmpty() || !names.get(0).equalsIgnoreCase(FostSignature.HEADERS)) {
            return Result.refused(key, FostSignature.HEADERS + " must name itself first");
        }
        Map<String, String> signedHeaders = new LinkedHashMap<>();
        String actingUser = null;
        for (int i = 1; i < names.size(); i++) {
            String name = names.get(i);
            String value = headers.first(name);
            if (value == null) {
                return Result.refused(key, "signed header " + name + " is missing");
            }
            signedHeaders.put(name, value);
            if (name.equalsIgnoreCase(FostSignature.USER)) {
                actingUser = value;
            }
        }
        byte[] presented;
        try {
            presented = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return Result.refused(key, "signature mismatch (not Base64)");
        }
        byte[] content = FostSignature.signedContent(request.method(), request.query(), request.body());
        byte[] expected = signer.hmac(request.method(), request.path(), timestamp, signedHeaders, content);
        if (!MessageDigest.isEqual(expected, presented)) {
            return Result.refused(key, "signature mismatch");
        }
        if (!replays.firstUse(now, signedAt, digest(key, expected))) {
            return Result.refused(key, "replayed signature");
        }
        return new Result(actingUser != null ? actingUser : key, key, null);
    }

    /** The words of a header value, split at whitespace. */
    private static List<String> words(String value) {
        List<String> words = new ArrayList<>(4);
        int length = value.length();
        int i = 0;
        while (i < length) {
            while (i < length && Character.isWhitespace(value.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !Character.isWhitespace(value.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(value.substring(start, i));
            }
        }
        return words;
    }

    /** The replay guard's 64-bit digest of an accepted signature: its first 8 bytes, mixed with the key. */
    private static long digest(String key, byte[] mac) {
        long head = 0;
        for (int i = 0; i < 8; i++) {
            head = (head << 8) | (mac[i] & 0xFF);
        }
        return head ^ ((long) key.hashCode() << 32);
    }

    /** Seconds since the epoch of a timestamp's first 19 characters, UTC, with 'T' or ' ' in the middle. */
    static long parseTimestamp(String timestamp) {
        if (timestamp.length() < 19 || timestamp.charAt(4) != '-' || timestamp.charAt(7) != '-'
                || (timestamp.charAt(10) != 'T' && timestamp.charAt(10) != ' ') || timestamp.charAt(13) != ':'
                || timestamp.charAt(16) != ':') {
            throw new DateTimeParseException("not yyyy-MM-dd'T'HH:mm:ss", timestamp, 0);
        }
        int year = digits(timestamp, 0, 4);
        int month = digits(timestamp, 5, 2);
        int day = digits(timestamp, 8, 2);
        int hour = digits(timestamp, 11, 2);
        int minute = digits(timestamp, 14, 2);
        int second = digits(timestamp, 17, 2);
        if (hour > 23 || minute > 59 || second > 59) {
            throw new DateTimeParseException("time out of range", timestamp, 11);
        }
        long days;
        try {
            days = java.time.LocalDate.of(year, month, day).toEpochDay();
        } catch (java.time.DateTimeException e) {
            throw new DateTimeParseException("date out of range", timestamp, 0);
        }
        return days * 86_400 + hour * 3_600L + minute * 60L + second;
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeParseException("not a digit", text, i);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
