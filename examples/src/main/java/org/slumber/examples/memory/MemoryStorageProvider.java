package org.slumber.examples.memory;

import java.util.Objects;
import org.slumber.spi.storage.Storage;
import org.slumber.spi.storage.StorageException;
import org.slumber.spi.storage.StorageProvider;
import org.slumber.spi.storage.StorageSettings;

/**
 * The storage role kept in memory, under the name {@code memory}: a worked example of a custom
 * storage adapter (see the {@linkplain org.slumber.examples.memory package} for how it was
 * written), and a fast store for tests and try-outs. Nothing survives {@link Storage#close()}
 * or the end of the process.
 *
 * <p>It accepts settings without a database URL and URLs of the form {@code memory:<name>};
 * it declines every other URL, so a {@code jdbc:} URL still goes to adapter-mybatis. Every
 * {@link #open} gives a new, empty store, even for a name used before: the name only appears in
 * messages and logs (there is no static state shared between stores). User, password, pool size
 * and options are ignored: readers never wait, and writers take turns (see
 * {@link MemoryStorage}).
 *
 * <h2>Using it</h2>
 *
 * <p>In code, which wins over discovery (one line):
 *
 * <pre>{@code
 * Slumber server = Slumber.builder()
 *         .storage(new MemoryStorageProvider())
 *         .set(Setting.DATABASE_URL, "memory:pizzas")   // optional; any memory: name, or unset
 *         .start();
 * }</pre>
 *
 * <p>By class path: put a jar on the class path that holds the file
 * {@code META-INF/services/org.slumber.spi.storage.StorageProvider} with the line
 * {@code org.slumber.examples.memory.MemoryStorageProvider}. When adapter-mybatis is on the class
 * path too, choose with {@code SLUMBER_STORAGE=memory} (setting {@code slumber.storage}) or with a
 * {@code memory:} database URL, which adapter-mybatis declines; with no URL both accept and the
 * core takes the first by name, and says so in its log. The examples jar does not register this
 * provider, so the pizza example keeps MyBatis and Derby unless told otherwise.
 *
 * <p>Thread-safe and stateless: one instance may open any number of stores.
 */
// START SNIPPET: memory-provider
public final class MemoryStorageProvider implements StorageProvider {

    /** The URL prefix this provider accepts. */
    public static final String SCHEME = "memory:";

    /** The provider's name, for the setting {@code slumber.storage}. */
    public static final String NAME = "memory";

    /** A provider; the no-argument constructor that {@link java.util.ServiceLoader} needs. */
    public MemoryStorageProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Accepts settings without a URL, and URLs starting with {@code memory:} (any case). */
    @Override
    public boolean accepts(StorageSettings settings) {
        String url = settings.url();
        return url == null || url.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /**
     * Opens a new, empty store.
     *
     * @throws StorageException for a URL this provider does not accept
     */
    @Override
    public Storage open(StorageSettings settings) {
        Objects.requireNonNull(settings, "settings");
        if (!accepts(settings)) {
            String url = settings.url();
            int colon = url.indexOf(':');
            // name only the scheme: the rest of a URL may hold a user and password
            throw new StorageException("The memory storage cannot open a " + (colon < 0 ? "URL without a scheme"
                    : url.substring(0, colon + 1) + " URL") + "; it opens " + SCHEME + "<name> URLs, or no URL");
        }
        return new MemoryStorage(settings.url() == null ? "memory (unnamed)" : settings.url());
    }

    @Override
    public String toString() {
        return "MemoryStorageProvider[memory: in-memory store]";
    }
}
// END SNIPPET: memory-provider
