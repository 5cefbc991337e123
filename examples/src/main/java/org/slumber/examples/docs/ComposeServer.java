package org.slumber.examples.docs;

import java.util.Map;
import org.slumber.core.Slumber;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;
import org.slumber.examples.memory.MemoryStorageProvider;
import org.slumber.httpclient.HttpClientTransportProvider;
import org.slumber.jetty.JettyHost;
import org.slumber.jetty.JettyHostProvider;
import org.slumber.mybatis.MyBatisStorage;
import org.slumber.mybatis.MyBatisStorageProvider;

/**
 * Composing the core with adapters, for the site's "Composing a service" chapter: found on the
 * class path, passed explicitly, or chosen among several by a setting.
 */
public final class ComposeServer {

    private ComposeServer() {
    }

    /** Everything from the class path and the environment. */
    static Slumber discovered() {
        // START SNIPPET: compose-discovered
        // slumber-core + adapter-mybatis + adapter-jetty (+ adapter-httpclient) on the class path;
        // apps listed in META-INF/services/org.slumber.core.app.SlumberApp; settings from the
        // environment (SLUMBER_SERVICE, SLUMBER_PORT, SLUMBER_DATABASE_URL, ...)
        Slumber server = Slumber.builder().start();
        // END SNIPPET: compose-discovered
        return server;
    }

    /** Every adapter and app chosen in code. */
    static Slumber explicit() {
        // START SNIPPET: compose-explicit
        Slumber server = Slumber.builder()
                .settings(Settings.load())                               // slumber.properties, environment, -D
                .service("bookshop")
                .directory(Map.of("bookshop", "http://localhost:8000/slumber/bookshop/"))
                .storage(MyBatisStorage.embeddedDerby("target/bookshop-db"))  // an open storage, or
                //  .storage(new MyBatisStorageProvider())                  // a provider, opened with the settings
                .host(JettyHost.onPort(8000))                            // or new JettyHostProvider()
                .app(new BookshopApp())
                .discoverApps(false)                                     // only the apps given here
                .start();
        // END SNIPPET: compose-explicit
        return server;
    }

    /** The alternatives of {@link #explicit()}, spelled out so they compile too. */
    static Slumber providers() {
        return Slumber.builder()
                .storage(new MyBatisStorageProvider())
                .host(new JettyHostProvider())
                .start();
    }

    /**
     * The memory store instead of MyBatis, both found on the class path. It runs as the comment
     * says only where a jar lists the memory store in its services file beside adapter-mybatis;
     * the examples jar does not (so that the pizza example keeps MyBatis), and
     * {@code ComposeServerTest} makes such a class path to run it. Elsewhere it fails naming the
     * missing adapter, as the site's "When none is found" shows.
     */
    static Slumber chosen() {
        // START SNIPPET: compose-chosen
        // adapter-mybatis on the class path, and a jar whose
        // META-INF/services/org.slumber.spi.storage.StorageProvider lists
        // org.slumber.examples.memory.MemoryStorageProvider
        Slumber server = Slumber.builder()
                .set(Setting.STORAGE, "memory")             // as SLUMBER_STORAGE=memory or -Dslumber.storage=memory
                .start();
        // END SNIPPET: compose-chosen
        return server;
    }

    /** The memory store passed in code, which needs no services entry at all. */
    static Slumber memoryInCode() {
        // START SNIPPET: compose-memory
        Slumber server = Slumber.builder()
                .storage(new MemoryStorageProvider())
                .set(Setting.DATABASE_URL, "memory:bookshop")   // optional: names the store; other URLs are ignored
                .start();
        // END SNIPPET: compose-memory
        return server;
    }

    /** A client with an explicit transport, and one that never takes the in-process shortcut. */
    static void clients() {
        // START SNIPPET: compose-client
        try (SlumberClient client = SlumberClient.builder()
                .directory("http://localhost:8000/slumber/")
                .transport(new HttpClientTransportProvider())   // instead of the one ServiceLoader finds
                .inProcess(false)                               // even servers in this JVM over the network
                .build()) {
            System.out.println(client.services());
        }
        // END SNIPPET: compose-client
    }

    /** Starting, serving until stopped, and stopping. */
    public static void main(String[] args) throws InterruptedException {
        // START SNIPPET: compose-lifecycle
        try (Slumber server = Slumber.builder().service("bookshop").app(new BookshopApp()).discoverApps(false)
                .start()) {
            System.out.println("Serving " + server.localUrl() + " on port " + server.port());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));   // Ctrl-C stops gracefully
            server.awaitStop();
        }
        // END SNIPPET: compose-lifecycle
    }
}
