package org.slumber.core.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-SHA256 password hashes in Django's format,
 * {@code pbkdf2_sha256$<iterations>$<salt>$<base64 hash>}, so that a user table copied from a
 * Django deployment keeps working. Thread-safe.
 */
public final class PasswordHasher {

    private static final String ALGORITHM = "pbkdf2_sha256";
    private static final char[] SALT_CHARACTERS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    private final String dummySalt;

    /** A hasher making new hashes with this many iterations (existing hashes keep theirs). */
    public PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, got " + iterations);
        }
        this.iterations = iterations;
        this.dummySalt = salt();
    }

    /** A new salted hash of a password. */
    public String hash(String password) {
        String saltText = salt();
        return ALGORITHM + "$" + iterations + "$" + saltText + "$" + derive(password, saltText, iterations);
    }

    private String salt() {
        char[] salt = new char[22];
        for (int i = 0; i < salt.length; i++) {
            salt[i] = SALT_CHARACTERS[random.nextInt(SALT_CHARACTERS.length)];
        }
        return new String(salt);
    }

    /**
     * Whether a password matches a stored hash. A null or malformed hash matches nothing, after
     * the same work as a real check, so that answers cost the same whether a user exists or not.
     */
    public boolean matches(String password, String encoded) {
        if (password == null) {
            password = "";
        }
        String[] parts = encoded == null ? new String[0] : encoded.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
            matchesDummy(password);
            return false;
        }
        int storedIterations;
        try {
            storedIterations = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            matchesDummy(password);
            return false;
        }
        if (storedIterations < 1 || storedIterations > 100_000_000) {
            matchesDummy(password);
            return false;
        }
        String expected = parts[3];
        String actual = derive(password, parts[2], storedIterations);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                actual.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Whether a stored hash was made with other settings than this hasher's (another
     * algorithm or iteration count), so it should be replaced at the next successful login:
     * all hashes then cost the same to check, and a login cannot tell apart known users from
     * unknown ones by its time.
     */
    public boolean needsRehash(String encoded) {
        if (encoded == null) {
            return false;
        }
        String[] parts = encoded.split("\\$", -1);
        return parts.length != 4 || !parts[0].equals(ALGORITHM) || !parts[1].equals(String.valueOf(iterations));
    }

    /** Does the work of one check against a dummy hash: for users that do not exist. */
    public void matchesDummy(String password) {
        derive(password == null ? "" : password, dummySalt, iterations);
    }

    private static String derive(String password, String salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt.getBytes(StandardCharsets.UTF_8), rounds, 256);
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }
}
