package org.slumber.core.internal.server;

import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import org.slumber.core.auth.Accounts;
import org.slumber.core.client.SlumberClient;
import org.slumber.core.internal.client.InProcessHosts;
import org.slumber.core.internal.model.Registry;
import org.slumber.spi.hosting.Host;
import org.slumber.spi.storage.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A started server: its host, storage, router and accounts. Closing stops the host, then the storage. */
public final class RunningServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningServer.class);

    private final String name;
    private final Host host;
    private final Storage storage;
    private final Router router;
    private final Registry registry;
    private final Directory directory;
    private final Accounts accounts;
    private final SlumberClient client;
    private final InProcessHosts.Registration registration;
    private final CountDownLatch stopped = new CountDownLatch(1);

    RunningServer(String name, Host host, Storage storage, Router router, Registry registry, Directory directory,
                  Accounts accounts, SlumberClient client, InProcessHosts.Registration registration) {
        this.name = name;
        this.host = host;
        this.storage = storage;
        this.router = router;
        this.registry = registry;
        this.directory = directory;
        this.accounts = accounts;
        this.client = client;
        this.registration = registration;
    }

    /** The server's own client (its directory and signing key). */
    public SlumberClient client() {
        return client;
    }

    public InetSocketAddress address() {
        return host.address();
    }

    public Router router() {
        return router;
    }

    public Registry registry() {
        return registry;
    }

    public Directory directory() {
        return directory;
    }

    public Accounts accounts() {
        return accounts;
    }

    /** Blocks until {@link #close()} has run. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public synchronized void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        registration.close();
        try {
            host.close();
        } finally {
            try {
                client.close();
            } finally {
                try {
                    storage.close();
                } finally {
                    stopped.countDown();
                    LOG.info("Slumber {} stopped", name);
                }
            }
        }
    }
}
