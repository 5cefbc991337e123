package org.slumber.examples.pizza;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slumber.core.Slumber;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;
import org.slumber.spi.storage.StorageProvider;
import org.slumber.spi.storage.StorageSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single deployment of the pizza example: service {@code pizzas} on one process, with an
 * on-disk Derby database under {@code examples/target/} and the example's accounts created in
 * a new database. Settings come from the environment like any Slumber service; this class only
 * fills in the example's defaults.
 *
 * <p>The storage is swapped without touching the defaults: with one line in the builder
 * ({@code .storage(new MemoryStorageProvider())}), with the setting {@code slumber.storage}, or
 * with a class path whose only storage adapter takes no {@code jdbc:derby:} URL (then the
 * default database URL is left unset, and that adapter uses its own default).
 */
public final class PizzaExample {

    private static final Logger LOG = LoggerFactory.getLogger(PizzaExample.class);

    /** The secret used when {@code SLUMBER_SECRET} is not set. */
    public static final String DEFAULT_SECRET = "change-me";

    private PizzaExample() {
    }

    /**
     * The example's defaults under the given settings: service, key, secret, database. The
     * database defaults to the on-disk Derby database only when a storage adapter on the class
     * path (the thread's context class loader, where the builder looks) accepts its URL;
     * otherwise it stays unset, with an INFO line.
     */
    public static Settings defaults(Settings loaded, Path examplesDirectory) {
        Settings settings = loaded;
        if (!settings.isSet(Setting.SERVICE)) {
            settings = settings.with(Setting.SERVICE, "pizzas");
        }
        if (!settings.isSet(Setting.KEY)) {
            settings = settings.with(Setting.KEY, ExampleAccounts.SERVICE_USER);
        }
        if (!settings.isSet(Setting.SECRET)) {
            LOG.warn("SLUMBER_SECRET is not set: signing key '{}' uses the default secret '{}'. Set SLUMBER_SECRET "
                    + "for anything but a local try-out.", ExampleAccounts.SERVICE_USER, DEFAULT_SECRET);
            settings = settings.with(Setting.SECRET, DEFAULT_SECRET);
        }
        if (!settings.isSet(Setting.DATABASE_URL)) {
            Path database = examplesDirectory.resolve("target").resolve("pizzas-db").toAbsolutePath();
            String url = "jdbc:derby:" + database + ";create=true";
            if (discoverableStorageAccepts(url)) {
                settings = settings.with(Setting.DATABASE_URL, url);
            } else {
                LOG.info("No storage adapter on the class path takes the example's Derby database {}; leaving {} "
                        + "unset, so the adapter found uses its own default.", database, Setting.DATABASE_URL.key());
            }
        }
        return settings;
    }

    /** Whether a storage provider listed on the context class path accepts the URL (broken ones skipped). */
    private static boolean discoverableStorageAccepts(String url) {
        StorageSettings storage = StorageSettings.of(url);
        Iterator<StorageProvider> providers = ServiceLoader.load(StorageProvider.class,
                Thread.currentThread().getContextClassLoader()).iterator();
        while (true) {
            try {
                if (!providers.hasNext()) {
                    return false;
                }
                if (providers.next().accepts(storage)) {
                    return true;
                }
            } catch (ServiceConfigurationError e) {
                // the core reports broken providers when it looks for the storage itself
            }
        }
    }

    /** Starts the single deployment with these settings (adapters found on the class path). */
    public static Slumber start(Settings settings) {
        // START SNIPPET: example-launch
        return Slumber.builder()
                .settings(settings)
                .onNewDatabase(ExampleAccounts::create)
                .start();
        // END SNIPPET: example-launch
    }
}
