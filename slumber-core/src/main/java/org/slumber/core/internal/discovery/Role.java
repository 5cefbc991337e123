package org.slumber.core.internal.discovery;

import java.util.function.BiPredicate;
import java.util.function.Function;
import org.slumber.core.settings.Setting;
import org.slumber.spi.hosting.HostProvider;
import org.slumber.spi.storage.StorageProvider;
import org.slumber.spi.storage.StorageSettings;
import org.slumber.spi.transport.TransportProvider;

/**
 * One SPI role as discovery sees it: the provider interface, the module that provides the
 * default adapter, the setting that chooses among several, and how to ask a provider its name
 * and whether it accepts a configuration.
 *
 * @param name          the role's name for messages ("storage")
 * @param providerType  the provider interface
 * @param defaultModule the Maven coordinates of the default adapter
 * @param choice        the setting naming the provider to use
 * @param providerName  the provider's name
 * @param accepts       whether the provider accepts the configuration it would get
 * @param <P>           the provider interface
 * @param <C>           what the provider is configured with
 */
public record Role<P, C>(String name, Class<P> providerType, String defaultModule, Setting<String> choice,
                         Function<P, String> providerName, BiPredicate<P, C> accepts) {

    /** The storage role. */
    public static final Role<StorageProvider, StorageSettings> STORAGE = new Role<>("storage",
            StorageProvider.class, "org.slumber:adapter-mybatis", Setting.STORAGE, StorageProvider::name,
            StorageProvider::accepts);

    /** The hosting role. */
    public static final Role<HostProvider, Object> HOSTING = new Role<>("hosting", HostProvider.class,
            "org.slumber:adapter-jetty", Setting.HOSTING, HostProvider::name, (p, c) -> true);

    /** The transport role. */
    public static final Role<TransportProvider, Object> TRANSPORT = new Role<>("transport",
            TransportProvider.class, "org.slumber:adapter-httpclient", Setting.TRANSPORT, TransportProvider::name,
            (p, c) -> true);
}
