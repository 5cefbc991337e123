package org.slumber.core.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The replay guard")
class ReplayGuardTest {

    private static final long SKEW = 300;
    private static final long NOW = 1_790_000_000L;

    @Test
    @DisplayName("accepts a signature once and refuses it after that")
    void once() {
        ReplayGuard guard = new ReplayGuard(SKEW);
        assertThat(guard.firstUse(NOW, NOW, 42)).isTrue();
        assertThat(guard.firstUse(NOW, NOW, 42)).isFalse();
        assertThat(guard.firstUse(NOW + 10, NOW, 42)).as("later, within the window").isFalse();
        assertThat(guard.firstUse(NOW, NOW - 1, 42)).as("the same digest signed in another second").isTrue();
    }

    @Test
    @DisplayName("keeps every one of many signatures of one second, whatever their digests")
    void many() {
        ReplayGuard guard = new ReplayGuard(SKEW);
        SplittableRandom random = new SplittableRandom(7);
        long[] digests = new long[50_000];
        for (int i = 0; i < digests.length; i++) {
            digests[i] = i == 0 ? 0 : random.nextLong();
            assertThat(guard.firstUse(NOW, NOW, digests[i])).as("first use of digest %d", i).isTrue();
        }
        for (int i = 0; i < digests.length; i++) {
            assertThat(guard.firstUse(NOW, NOW, digests[i])).as("second use of digest %d", i).isFalse();
        }
        assertThat(guard.size()).isEqualTo(digests.length);
    }

    @Test
    @DisplayName("frees the seconds that fell out of the window, keeping those that did not")
    void frees() {
        ReplayGuard guard = new ReplayGuard(SKEW);
        for (int i = 0; i < 1_000; i++) {
            guard.firstUse(NOW, NOW, i + 1);
            guard.firstUse(NOW, NOW + 100, i + 1);
        }
        assertThat(guard.size()).isEqualTo(2_000);

        guard.firstUse(NOW + SKEW + 1, NOW + SKEW + 1, -1);
        assertThat(guard.size()).as("second NOW can still pass a clock that lags by one second").isEqualTo(2_001);

        guard.firstUse(NOW + SKEW + 2, NOW + SKEW + 2, -2);
        assertThat(guard.size()).as("second NOW freed; NOW + 100 kept").isEqualTo(1_002);
        assertThat(guard.firstUse(NOW + SKEW + 2, NOW + 100, 1)).as("a replay still in the window").isFalse();
    }

    @Test
    @DisplayName("frees everything after a long quiet time, and reuses the ring")
    void quiet() {
        ReplayGuard guard = new ReplayGuard(SKEW);
        guard.firstUse(NOW, NOW, 1);
        long much = NOW + 10 * (2 * SKEW + 2);
        assertThat(guard.firstUse(much, much, 1)).isTrue();
        assertThat(guard.size()).isEqualTo(1);
    }
}
