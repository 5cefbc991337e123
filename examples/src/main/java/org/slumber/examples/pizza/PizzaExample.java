package org.slumber.examples.pizza;

import java.nio.file.Path;
import org.slumber.core.Slumber;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single deployment of the pizza example: service {@code pizzas} on one process, with an
 * on-disk Derby database under {@code examples/target/} and the example's accounts created in
 * a new database. Settings come from the environment like any Slumber service; this class only
 * fills in the example's defaults.
 */
public final class PizzaExample {

    private static final Logger LOG = LoggerFactory.getLogger(PizzaExample.class);

    /** The secret used when {@code SLUMBER_SECRET} is not set. */
    public static final String DEFAULT_SECRET = "change-me";

    private PizzaExample() {
    }

    /** The example's defaults under the given settings: service, key, secret, database. */
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
            settings = settings.with(Setting.DATABASE_URL, "jdbc:derby:" + database + ";create=true");
        }
        return settings;
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
