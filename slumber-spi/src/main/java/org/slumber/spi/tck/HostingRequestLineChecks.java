package org.slumber.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.slumber.spi.hosting.HostRequest;

/** {@link HostRequest#method()}, {@link HostRequest#path()} and {@link HostRequest#query()}. */
abstract class HostingRequestLineChecks extends HostingChecks {

    HostingRequestLineChecks(HostingFixture fixture) {
        super(fixture);
    }

    @TestFactory
    @DisplayName("passes the method as sent, known or not")
    Stream<DynamicTest> passesMethod() {
        return Stream.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "PURGE")
                .map(method -> dynamicTest(method, () -> {
                    try (HostingWire wire = fixture.wire()) {
                        HostingRawResponse response = wire.send(HostingWire.head(method, "/method"))
                                .read(method.equals("HEAD"));

                        assertThat(response.status()).isEqualTo(200);
                        assertThat(handler.nextRequest().method()).isEqualTo(method);
                    }
                }));
    }

    @TestFactory
    @DisplayName("passes the path exactly as in the request line, still percent-encoded")
    Stream<DynamicTest> passesRawPath() {
        return Stream.of("/", "/slumber/pizzas/", "/a%20b/%2F/", "/caf%C3%A9/x%25y/", "/with+plus/and,comma/",
                        "/a//b/", "/p;v=1/q")
                .map(path -> dynamicTest(path, () -> {
                    try (HostingWire wire = fixture.wire()) {
                        assertThat(wire.send(HostingWire.head("GET", path)).read(false).status()).isEqualTo(200);
                    }
                    assertThat(handler.nextRequest().path()).isEqualTo(path);
                }));
    }

    @TestFactory
    @DisplayName("passes the raw query without '?', and the empty string when there is none")
    Stream<DynamicTest> passesRawQuery() {
        return Stream.of(
                        Map.entry("/q?a=1&b=two", "a=1&b=two"),
                        Map.entry("/q?x=%20y%2B&empty=&flag", "x=%20y%2B&empty=&flag"),
                        Map.entry("/q?next=%2Fa%3Fb?c", "next=%2Fa%3Fb?c"),
                        Map.entry("/q?", ""),
                        Map.entry("/q", ""))
                .map(target -> dynamicTest(target.getKey(), () -> {
                    try (HostingWire wire = fixture.wire()) {
                        assertThat(wire.send(HostingWire.head("GET", target.getKey())).read(false).status())
                                .isEqualTo(200);
                    }
                    HostRequest request = handler.nextRequest();
                    assertThat(request.path()).isEqualTo("/q");
                    assertThat(request.query()).isEqualTo(target.getValue());
                }));
    }
}
