package org.slumber.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.slumber.spi.hosting.HostRequest;
import org.slumber.spi.transport.TransportRequest;

/**
 * {@link TransportRequest#uri()}: already percent-encoded, so its path and query reach the
 * server byte for byte, neither decoded, re-encoded nor normalized.
 */
abstract class TransportUrlChecks extends TransportChecks {

    TransportUrlChecks(TransportFixture fixture) {
        super(fixture);
    }

    @TestFactory
    @DisplayName("has its path reach the server exactly as encoded")
    Stream<DynamicTest> sendsRawPath() {
        return Stream.of("/", "/slumber/pizzas/", "/a%20b/%2F/", "/caf%C3%A9/x%25y/", "/tilde%7Eand~/",
                        "/with+plus/and,comma/", "/a//b/", "/p;v=1/q", "/dots/./and/../kept/")
                .map(path -> dynamicTest(path, () -> {
                    handler.forget();
                    assertThat(fixture.send("GET", path).status()).isEqualTo(200);

                    assertThat(handler.nextRequest().path()).isEqualTo(path);
                }));
    }

    @TestFactory
    @DisplayName("has its query reach the server exactly as encoded, and none when it has none")
    Stream<DynamicTest> sendsRawQuery() {
        return Stream.of(
                        Map.entry("/q?a=1&b=two", "a=1&b=two"),
                        Map.entry("/q?x=%20y%2B&empty=&flag", "x=%20y%2B&empty=&flag"),
                        Map.entry("/q?next=%2Fa%3Fb&plus=a+b", "next=%2Fa%3Fb&plus=a+b"),
                        Map.entry("/q?name=caf%C3%A9&pct=%25", "name=caf%C3%A9&pct=%25"),
                        Map.entry("/q?", ""),
                        Map.entry("/q", ""))
                .map(target -> dynamicTest(target.getKey(), () -> {
                    handler.forget();
                    assertThat(fixture.send("GET", target.getKey()).status()).isEqualTo(200);

                    HostRequest request = handler.nextRequest();
                    assertThat(request.path()).isEqualTo("/q");
                    assertThat(request.query()).isEqualTo(target.getValue());
                }));
    }
}
