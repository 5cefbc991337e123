package org.slumber.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Password hashes")
class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    @DisplayName("are salted PBKDF2-SHA256 in Django's format")
    void format() {
        String hash = hasher.hash("pass");
        assertThat(hash).matches("pbkdf2_sha256\\$1000\\$[A-Za-z0-9]{22}\\$[A-Za-z0-9+/=]{44}");
        assertThat(hasher.hash("pass")).isNotEqualTo(hash);
    }

    @Test
    @DisplayName("verify the right password only")
    void verify() {
        String hash = hasher.hash("pass");
        assertThat(hasher.matches("pass", hash)).isTrue();
        assertThat(hasher.matches("Pass", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    @DisplayName("accept a hash made by Django (Python's hashlib) with its own iteration count")
    void djangoCompatible() {
        String django = "pbkdf2_sha256$1000$seasalt$szzDFwsdxBHfx2QlLiUO9jMzsjaWtgGppqfgJ4UMrCM=";
        assertThat(new PasswordHasher(600_000).matches("pass", django)).isTrue();
        assertThat(hasher.matches("wrong", django)).isFalse();
    }

    @Test
    @DisplayName("match nothing for a missing or malformed hash")
    void malformed() {
        assertThat(hasher.matches("pass", null)).isFalse();
        assertThat(hasher.matches("pass", "md5$x$y")).isFalse();
        assertThat(hasher.matches("pass", "pbkdf2_sha256$notanumber$salt$hash")).isFalse();
    }
}
