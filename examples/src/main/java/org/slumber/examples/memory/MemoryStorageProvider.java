package org.slumber.examples.memory;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slumber.spi.storage.Storage;
import org.slumber.spi.storage.StorageProvider;
import org.slumber.spi.storage.StorageSettings;

/**
 * The storage role kept in memory, under the name {@code memory}: a worked example of a custom
 * storage adapter (see the {@linkplain org.slumber.examples.memory package} for how it was
 * written), and a fast store for tests and try-outs. Nothing survives {@link Storage#close()}
 * or the end of the process.
 *
 * <p>In discovery it accepts settings without a database URL and URLs of the form
 * {@code memory:<name>}, and declines every other URL, so a {@code jdbc:} URL still goes to
 * adapter-mybatis when both are on the class path. Once chosen explicitly (by the setting
 * {@code slumber.storage=memory} or in the builder), it opens a store for any settings: another
 * URL, such as the pizza example's default {@code jdbc:derby:} database, is ignored with one INFO
 * line, and the store is unnamed. So swapping it in for adapter-mybatis takes that one choice and
 * no change of URL. Every {@link #open} gives a new, empty store, even for a name used before:
 * the name only appears in messages and logs (there is no static state shared between stores).
 * User, password, pool size and options are ignored: readers never wait, and writers take turns
 * (see {@link MemoryStorage}).
 *
 * <h2>Using it</h2>
 *
 * <p>In code, which wins over discovery (one line):
 *
 * <pre>{@code
 * Slumber server = Slumber.builder()
 *         .storage(new MemoryStorageProvider())   // any database URL that is not memory: is ignored
 *         .start();
 * }</pre>
 *
 * <p>By class path: put a jar on the class path that holds the file
 * {@code META-INF/services/org.slumber.spi.storage.StorageProvider} with the line
 * {@code org.slumber.examples.memory.MemoryStorageProvider}. When adapter-mybatis is on the class
 * path too, choose with {@code SLUMBER_STORAGE=memory} (setting {@code slumber.storage}) or with a
 * {@code memory:} database URL, which adapter-mybatis declines; with no URL both accept and the
 * core takes the first by name, and says so in its log. With adapter-mybatis replaced by this
 * provider on the class path, the pizza example needs no other change: its default
 * {@code jdbc:derby:} URL is then one no storage on the class path takes, so it leaves the URL
 * unset (see {@code PizzaExample.defaults}). The examples jar does not register this provider,
 * so the pizza example keeps MyBatis and Derby unless told otherwise.
 *
 * <p>Thread-safe and stateless: one instance may open any number of stores.
 */
// START SNIPPET: memory-provider
public final class MemoryStorageProvider implements StorageProvider {

    private static final Logger LOG = LoggerFactory.getLogger(MemoryStorageProvider.class);

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
     * Opens a new, empty store, named by a {@code memory:} URL or unnamed. The core opens a
     * provider that declined the settings only when it was chosen explicitly (by the setting
     * {@code slumber.storage} or the builder): a URL of another scheme is then ignored, with one
     * INFO line naming only its scheme (the rest may hold a password), so that choice alone swaps
     * this store in. Never throws for a URL.
     */
    @Override
    public Storage open(StorageSettings settings) {
        Objects.requireNonNull(settings, "settings");
        String url = settings.url();
        if (url == null) {
            return new MemoryStorage("memory (unnamed)");
        }
        if (accepts(settings)) {
            return new MemoryStorage(url);
        }
        int colon = url.indexOf(':');
        LOG.info("The memory storage ignores the database URL ({}) and opens an unnamed in-memory store; set the "
                + "database URL to {}<name> to name it, or choose another storage adapter to use the URL.",
                colon < 0 ? "a URL without a scheme" : "a " + url.substring(0, colon + 1) + " URL", SCHEME);
        return new MemoryStorage("memory (unnamed)");
    }

    @Override
    public String toString() {
        return "MemoryStorageProvider[memory: in-memory store]";
    }
}
// END SNIPPET: memory-provider
