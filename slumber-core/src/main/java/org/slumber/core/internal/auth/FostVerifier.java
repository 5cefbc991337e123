package org.slumber.core.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Duration skew;
    private final Clock clock;
    private final Map<Long, Long> seen = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong lastSweep = new java.util.concurrent.atomic.AtomicLong();

    /**
     * @param secrets key to secret
     * @param skew    how far timestamps may be from now
     * @param clock   the server's clock
     */
    FostVerifier(Map<String, String> secrets, Duration skew, Clock clock) {
        Map<String, FostSignature> map = new LinkedHashMap<>();
        secrets.forEach((key, secret) -> map.put(key, new FostSignature(key, secret)));
        this.signers = Map.copyOf(map);
        this.skew = skew;
        this.clock = clock;
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
        String[] names = signedNames.trim().split("\\s+");
        Map<String, String> signedHeaders = new LinkedHashMap<>();
        String actingUser = null;
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            if (i == 0 && name.equalsIgnoreCase(FostSignature.HEADERS)) {
                continue;
            }
            String value = headers.first(name);
            if (value == null) {
                return Result.refused(key, "signed header " + name + " is missing");
            }
            signedHeaders.put(name, value);
            if (name.equalsIgnoreCase(FostSignature.USER)) {
                actingUser = value;
            }
        }
        if (!names[0].equalsIgnoreCase(FostSignature.HEADERS)) {
            return Result.refused(key, FostSignature.HEADERS + " must name itself first");
        }
        byte[] content = FostSignature.signedContent(request.method(), request.query(), request.body());
        String expected = signer.sign(request.method(), request.path(), timestamp, signedHeaders, content);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            return Result.refused(key, "signature mismatch");
        }
        if (isReplay(key, signedAt, signature, now)) {
            return Result.refused(key, "replayed signature");
        }
        return new Result(actingUser != null ? actingUser : key, key, null);
    }

    /**
     * Whether this signature was seen before, while its timestamp could still pass the skew
     * check. Remembers each accepted signature as a 64-bit digest (the HMAC is already
     * unpredictable, so its first bytes identify it) until its timestamp leaves the window;
     * expired entries are swept at most once a second, by one thread.
     */
    private boolean isReplay(String key, long signedAt, String signature, long now) {
        long digest = digest(key, signature);
        long expires = signedAt + skew.toSeconds() + 1;
        Long previous = seen.putIfAbsent(digest, expires);
        sweep(now);
        return previous != null && previous >= now;
    }

    private void sweep(long now) {
        long last = lastSweep.get();
        if (now > last && lastSweep.compareAndSet(last, now)) {
            seen.values().removeIf(expires -> expires < now);
        }
    }

    private static long digest(String key, String signature) {
        byte[] mac;
        try {
            mac = java.util.Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            mac = signature.getBytes(StandardCharsets.UTF_8);
        }
        long head = java.nio.ByteBuffer.wrap(java.util.Arrays.copyOf(mac, 8)).getLong();
        return head ^ ((long) key.hashCode() << 32);
    }

    /** Seconds since the epoch of a timestamp's first 19 characters, UTC, with 'T' or ' ' in the middle. */
    static long parseTimestamp(String timestamp) {
        String head = timestamp.substring(0, 19).replace(' ', 'T');
        return LocalDateTime.parse(head).toEpochSecond(ZoneOffset.UTC);
    }
}
