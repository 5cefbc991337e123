package org.slumber.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.storage.Storage;
import org.slumber.spi.storage.StorageException;
import org.slumber.spi.storage.StorageProvider;
import org.slumber.spi.storage.StorageSettings;

/** The provider: found by ServiceLoader, accepts only what it can open, names URLs without passwords. */
class ProviderTest {

    private final MyBatisStorageProvider provider = new MyBatisStorageProvider();

    @Test
    @DisplayName("is found by ServiceLoader under the name mybatis")
    void isDiscovered() {
        assertThat(ServiceLoader.load(StorageProvider.class))
                .anySatisfy(found -> assertThat(found).isInstanceOf(MyBatisStorageProvider.class)
                        .extracting(StorageProvider::name).isEqualTo("mybatis"));
    }

    @Test
    @DisplayName("accepts no URL, embedded Derby and PostgreSQL URLs")
    void acceptsItsDatabases() {
        assertThat(provider.accepts(StorageSettings.of(null))).isTrue();
        assertThat(provider.accepts(StorageSettings.of("jdbc:derby:memory:x;create=true"))).isTrue();
        assertThat(provider.accepts(StorageSettings.of("jdbc:derby:/var/data/shop"))).isTrue();
        assertThat(provider.accepts(StorageSettings.of("jdbc:postgresql://db.example/shop"))).isTrue();
    }

    @Test
    @DisplayName("declines MySQL, Derby's network client and other URLs")
    void declinesOthers() {
        assertThat(provider.accepts(StorageSettings.of("jdbc:mysql://localhost/shop"))).isFalse();
        assertThat(provider.accepts(StorageSettings.of("jdbc:derby://localhost:1527/shop"))).isFalse();
        assertThat(provider.accepts(StorageSettings.of("jdbc:h2:mem:shop"))).isFalse();
        assertThat(provider.accepts(StorageSettings.of("mongodb://localhost"))).isFalse();
    }

    @Test
    @DisplayName("refuses to open a URL it declines, naming it without its password")
    void refusesOthers() {
        StorageSettings mysql = new StorageSettings("jdbc:mysql://localhost/shop?user=ann&password=hunter2", "ann",
                "hunter2", 2, Map.of());

        assertThatThrownBy(() -> provider.open(mysql))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("jdbc:mysql://localhost/shop?user=ann&password=***")
                .message().doesNotContain("hunter2");
    }

    @Test
    @DisplayName("fails to open an unreachable database with the URL in the message, never the password")
    void namesUnreachableDatabases() {
        StorageSettings missing = new StorageSettings("jdbc:derby:memory:does-not-exist;password=hunter2", "ann",
                "hunter2", 2, Map.of());

        assertThatThrownBy(() -> provider.open(missing))
                .isInstanceOf(StorageException.class)
                .hasMessageStartingWith("Cannot open storage at jdbc:derby:memory:does-not-exist;password=***")
                .message().doesNotContain("hunter2");
    }

    @Test
    @DisplayName("opens a fresh in-memory Derby database when there is no URL")
    void opensFreshDatabases() {
        try (Storage first = provider.open(StorageSettings.of(null));
             Storage second = provider.open(StorageSettings.of(null))) {
            first.createSchema(TestSchema.SCHEMA);

            assertThat(second.createSchema(TestSchema.SCHEMA)).as("the second database is a new one").isTrue();
            assertThat(first.toString()).startsWith("MyBatisStorage[jdbc:derby:memory:slumber-")
                    .isNotEqualTo(second.toString());
        }
    }
}
