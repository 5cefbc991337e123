package org.slumber.spi.tck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.Headers;
import org.slumber.spi.hosting.HostRequest;
import org.slumber.spi.transport.TransportRequest;

/** {@link TransportRequest#headers()} as the server receives them. */
abstract class TransportRequestHeaderChecks extends TransportChecks {

    TransportRequestHeaderChecks(TransportFixture fixture) {
        super(fixture);
    }

    @Test
    @DisplayName("arrive with their values, whatever the case of their names")
    void arrive() throws Exception {
        fixture.send("GET", "/headers", TransportFixture.headers(
                "X-Tck-Single", "one value", "x-tck-lower", "lower", "Accept", "application/json",
                "Authorization", "FMAC key:signature"), new byte[0]);

        Headers received = handler.nextRequest().headers();
        assertThat(received.first("X-Tck-Single")).isEqualTo("one value");
        assertThat(received.first("X-TCK-LOWER")).isEqualTo("lower");
        assertThat(received.first("Accept")).isEqualTo("application/json");
        assertThat(received.first("Authorization")).isEqualTo("FMAC key:signature");
    }

    @Test
    @DisplayName("arrive with every value of a repeated field, in order (as separate fields or joined by commas)")
    void repeated() throws Exception {
        fixture.send("GET", "/repeated", TransportFixture.headers(
                "X-Tck-Repeated", "first", "X-Tck-Other", "middle", "X-Tck-Repeated", "second",
                "X-Tck-Repeated", "third"), new byte[0]);

        Headers received = handler.nextRequest().headers();
        assertThat(String.join(", ", received.all("X-Tck-Repeated"))).isEqualTo("first, second, third");
        assertThat(received.first("X-Tck-Other")).isEqualTo("middle");
    }

    @Test
    @DisplayName("carry the Content-Type exactly as given, without an added charset")
    void contentTypeAsGiven() throws Exception {
        List<String> types = List.of("application/json", "text/plain; charset=ISO-8859-1",
                "application/x-www-form-urlencoded");
        for (String type : types) {
            fixture.send("POST", "/typed", TransportFixture.headers("Content-Type", type), "{}".getBytes(UTF_8));

            HostRequest request = handler.nextRequest();
            assertThat(request.headers().all("Content-Type")).as("Content-Type of a body sent as " + type)
                    .containsExactly(type);
        }
    }

    @Test
    @DisplayName("carry no Content-Type when none is given")
    void noContentTypeUnlessGiven() throws Exception {
        fixture.send("POST", "/untyped", Headers.empty(), "raw".getBytes(UTF_8));

        HostRequest request = handler.nextRequest();
        assertThat(request.headers().contains("Content-Type")).as("Content-Type present").isFalse();
        assertThat(request.body()).isEqualTo("raw".getBytes(UTF_8));
    }
}
