package org.slumber.examples.docs;

import java.time.Duration;
import org.slumber.core.Slumber;
import org.slumber.core.auth.Accounts;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;

/** Settings given in code, for the site's "Settings" chapter. The first argument is the signing secret. */
public final class SettingsInCode {

    private SettingsInCode() {
    }

    public static void main(String[] args) {
        String secret = args.length > 0 ? args[0] : "change-me";
        // START SNIPPET: settings-in-code
        Settings settings = Settings.load()                           // defaults < slumber.properties < env < -D
                .with(Setting.SERVICE, "bookshop")                    // values set in code win over all of them
                .with(Setting.SECRET, secret)
                .with(Setting.CLIENT_RESPONSE_TIMEOUT, Duration.ofSeconds(10))
                .with("slumber.database.url", "jdbc:derby:memory:bookshop;create=true");   // as text, parsed
        System.out.println(settings.get(Setting.CLIENT_RESPONSE_TIMEOUT));   // PT10S
        System.out.println(settings.sourceOf(Setting.CLIENT_RETRIES));       // "default", or where it came from
        System.out.println(settings);                                        // what is set; secrets as ***
        // END SNIPPET: settings-in-code

        // START SNIPPET: settings-builder
        try (Slumber server = Slumber.builder()
                .settings(settings)
                .set(Setting.MISS_SIGN_DELAY, Duration.ZERO)           // any setting, in code
                .port(0)                                               // any free port
                .app(new BookshopApp())
                .discoverApps(false)
                .onNewDatabase(accounts -> accounts.createUser("bookshop", null, Accounts.Flag.SUPERUSER))
                .start()) {
            SlumberClient client = server.client();     // the server's own: its directory, key and secret
            System.out.println(client.service("bookshop").apps());    // [django.contrib.auth, bookshop]
        }
        // END SNIPPET: settings-builder
    }
}
