package org.slumber.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.Headers;

/** {@link org.slumber.spi.hosting.HostRequest#headers()} against the {@link Headers} contract. */
abstract class HostingRequestHeaderChecks extends HostingChecks {

    HostingRequestHeaderChecks(HostingFixture fixture) {
        super(fixture);
    }

    @Test
    @DisplayName("are found whatever the case of their names")
    void caseInsensitive() throws IOException {
        Headers headers = headersOf("X-Tck-Mixed-Case: Value One");

        assertThat(headers.first("x-tck-mixed-case")).isEqualTo("Value One");
        assertThat(headers.first("X-TCK-MIXED-CASE")).isEqualTo("Value One");
        assertThat(headers.all("x-TCK-mixed-CASE")).containsExactly("Value One");
        assertThat(headers.contains("X-tck-Mixed-case")).isTrue();
        assertThat(headers.first("Host")).isEqualTo("tck.test");
    }

    @Test
    @DisplayName("keep every value of a repeated field, in the order sent")
    void repeatedInOrder() throws IOException {
        Headers headers = headersOf("X-Tck-Repeated: first", "X-Tck-Other: middle",
                "x-tck-repeated: second", "X-TCK-REPEATED: third");

        assertThat(headers.all("X-Tck-Repeated")).containsExactly("first", "second", "third");
        assertThat(headers.first("X-Tck-Repeated")).isEqualTo("first");
        List<String> tckValues = new ArrayList<>();
        headers.forEach((name, value) -> {
            if (name.toLowerCase(Locale.ROOT).startsWith("x-tck-")) {
                tckValues.add(value);
            }
        });
        assertThat(tckValues).containsExactly("first", "middle", "second", "third");
    }

    @Test
    @DisplayName("report an absent field as null, no values, and not contained")
    void absentField() throws IOException {
        Headers headers = headersOf("X-Tck-Present: yes");

        assertThat(headers.first("X-Tck-Absent")).isNull();
        assertThat(headers.all("X-Tck-Absent")).isEmpty();
        assertThat(headers.contains("X-Tck-Absent")).isFalse();
        assertThat(headers.contains("X-Tck-Present")).isTrue();
    }

    private Headers headersOf(String... fields) throws IOException {
        try (HostingWire wire = fixture.wire()) {
            assertThat(wire.send(HostingWire.head("GET", "/headers", fields)).read(false).status()).isEqualTo(200);
        }
        return handler.nextRequest().headers();
    }
}
