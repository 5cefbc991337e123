package org.slumber.core.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.slumber.core.auth.User;
import org.slumber.spi.hosting.HostRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides who a request acts as (auth.md): a FOST signature, HTTP Basic credentials (when
 * enabled), or local development access (when enabled, for loopback requests without
 * credentials). Failures are logged at INFO without secrets and make the request
 * {@link Outcome.Refused refused}. Thread-safe.
 */
public final class Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);

    /** Who a request acts as. */
    public sealed interface Outcome {
        /** No credentials. */
        record Anonymous() implements Outcome {
        }

        /** Valid credentials of an active user. */
        record Authenticated(User user) implements Outcome {
        }

        /** Credentials that failed: answered 401, after the miss-sign delay when {@code delay} is set. */
        record Refused(String reason, boolean delay) implements Outcome {
        }
    }

    private static final Outcome ANONYMOUS = new Outcome.Anonymous();

    private final FostVerifier fost;
    private final AuthBackend backend;
    private final boolean basic;
    private final String devUser;
    private final TtlCache<String, User> basicCredentials;
    private final TtlCache<String, Boolean> refusedCredentials;
    private final javax.crypto.spec.SecretKeySpec credentialKey;

    /**
     * @param secrets  accepted signing keys and their secrets
     * @param skew     allowed clock skew of signatures
     * @param backend  where users are found
     * @param basic    whether HTTP Basic is accepted
     * @param devUser  the user loopback requests without credentials act as, or null
     * @param cacheTtl how long a verified Basic credential is remembered
     */
    public Authenticator(Map<String, String> secrets, Duration skew, Clock clock, AuthBackend backend, boolean basic,
                         String devUser, Duration cacheTtl) {
        this.fost = new FostVerifier(secrets, skew, clock);
        this.backend = backend;
        this.basic = basic;
        this.devUser = devUser;
        this.basicCredentials = new TtlCache<>(cacheTtl, 10_000);
        this.refusedCredentials = new TtlCache<>(cacheTtl, 10_000);
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        this.credentialKey = new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256");
    }

    /** Whether HTTP Basic is accepted (then 401 answers also offer it). */
    public boolean acceptsBasic() {
        return basic;
    }

    /** Who the request acts as. */
    public Outcome authenticate(HostRequest request) {
        String authorization = request.headers().first("Authorization");
        if (authorization != null) {
            if (authorization.regionMatches(true, 0, "FOST ", 0, 5)) {
                return fost(request, authorization);
            }
            if (basic && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                return basic(authorization);
            }
            LOG.info("Refused {} {}: unsupported Authorization scheme", request.method(), LogText.quote(request.path()));
            return new Outcome.Refused("unsupported Authorization scheme", false);
        }
        if (devUser != null && request.remote() != null && request.remote().getAddress() != null
                && request.remote().getAddress().isLoopbackAddress()) {
            Optional<User> user = backend.user(devUser);
            if (user.isPresent() && user.get().active()) {
                return new Outcome.Authenticated(user.get());
            }
            LOG.warn("Local development access names user {}, who does not exist or is inactive", devUser);
        }
        return ANONYMOUS;
    }

    /**
     * Who a request from a client in this JVM acts as: the same checks as a signature (a known
     * key whose secret matches, compared in constant time; an existing, active user) without the
     * HMAC, since the request never left the process. Without a key: as an unsigned loopback
     * request (anonymous, or local development access).
     */
    public Outcome authenticateLocal(String key, String secret, String actingUser, HostRequest head) {
        if (key == null) {
            return authenticate(head);
        }
        if (!fost.knowsSecret(key, secret)) {
            LOG.info("Refused in-process request of key {} on {} {}: unknown key or wrong secret", LogText.quote(key),
                    head.method(), LogText.quote(head.path()));
            return new Outcome.Refused("unknown key or wrong secret", true);
        }
        String username = actingUser != null ? actingUser : key;
        Optional<User> user = backend.user(username);
        if (user.isEmpty() || !user.get().active()) {
            LOG.info("Refused in-process request of key {}: user {} {}", LogText.quote(key), LogText.quote(username),
                    user.isEmpty() ? "does not exist" : "is inactive");
            return new Outcome.Refused("unknown or inactive user", true);
        }
        return new Outcome.Authenticated(user.get());
    }

    private Outcome fost(HostRequest request, String authorization) {
        FostVerifier.Result result = fost.verify(request, authorization);
        if (!result.ok()) {
            LOG.info("Refused FOST signature of key {} on {} {}: {}", LogText.quote(result.key()), request.method(),
                    LogText.quote(request.path()), result.failure());
            return new Outcome.Refused(result.failure(), true);
        }
        Optional<User> user = backend.user(result.username());
        if (user.isEmpty() || !user.get().active()) {
            LOG.info("Refused FOST signature of key {} on {} {}: user {} {}", LogText.quote(result.key()),
                    request.method(), LogText.quote(request.path()), LogText.quote(result.username()),
                    user.isEmpty() ? "does not exist" : "is inactive");
            return new Outcome.Refused("unknown or inactive user", true);
        }
        return new Outcome.Authenticated(user.get());
    }

    private Outcome basic(String authorization) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new Outcome.Refused("malformed Basic credentials", true);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return new Outcome.Refused("malformed Basic credentials", true);
        }
        String username = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        String digest = credentialDigest(decoded);
        if (refusedCredentials.get(digest, k -> null) != null) {
            return new Outcome.Refused("wrong user name or password", true);
        }
        User user = basicCredentials.get(digest, k -> backend.authenticate(username, password).orElse(null));
        if (user == null) {
            refusedCredentials.get(digest, k -> Boolean.TRUE);
            LOG.info("Refused Basic credentials of user {}", LogText.quote(username));
            return new Outcome.Refused("wrong user name or password", true);
        }
        return new Outcome.Authenticated(user);
    }

    /**
     * An HMAC-SHA256 of the credential under a random per-process key, so the cache never
     * holds a password nor a digest that could be attacked offline.
     */
    private String credentialDigest(String credential) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(credentialKey);
            return Base64.getEncoder().encodeToString(mac.doFinal(credential.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | java.security.InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
