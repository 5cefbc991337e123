package org.slumber.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slumber.core.Slumber;
import org.slumber.examples.memory.StorageClassPath;
import org.slumber.mybatis.MyBatisStorageProvider;

/**
 * The samples of the site's "Composing a service" page that start servers run as the page says,
 * on a class path listing adapter-mybatis and the memory store (as {@link ComposeServer#chosen}
 * requires), with a {@code slumber.properties} on it that puts every server on a free loopback
 * port. {@link ComposeServer#explicit()} and the client sample are left out: they fix port 8000,
 * which another process may hold.
 */
@DisplayName("The ComposeServer samples")
class ComposeServerTest {

    private StorageClassPath mybatisAndMemory;

    @BeforeEach
    void classPath(@TempDir Path files) {
        mybatisAndMemory = StorageClassPath.listing(files,
                List.of(MyBatisStorageProvider.class.getName(), RecordingMemoryProvider.class.getName()),
                Map.of("slumber.host", "127.0.0.1", "slumber.port", "0"));
    }

    /** Starts a sample on the class path, checks that it serves, and closes it. */
    private void startsAndStops(Supplier<Slumber> sample) {
        try (Slumber server = mybatisAndMemory.run(sample)) {
            assertThat(server.port()).isPositive();
            assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        }
    }

    @Test
    @DisplayName("discovered() starts from the class path and the settings alone")
    void discovered() {
        startsAndStops(ComposeServer::discovered);
    }

    @Test
    @DisplayName("providers() starts with the adapters' providers passed in code")
    void providers() {
        startsAndStops(ComposeServer::providers);
    }

    @Test
    @DisplayName("chosen() takes the memory store by the setting slumber.storage, though adapter-mybatis accepts too")
    void chosen() {
        int before = RecordingMemoryProvider.OPENED.get();
        startsAndStops(ComposeServer::chosen);
        assertThat(RecordingMemoryProvider.OPENED.get()).as("memory stores opened").isEqualTo(before + 1);
    }

    @Test
    @DisplayName("memoryInCode() starts on the memory store passed to the builder")
    void memoryInCode() {
        int before = RecordingMemoryProvider.OPENED.get();
        startsAndStops(ComposeServer::memoryInCode);
        assertThat(RecordingMemoryProvider.OPENED.get()).as("not discovered: passed in code").isEqualTo(before);
    }
}
