package org.slumber.core.internal.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slumber.core.SlumberConfigurationException;
import org.slumber.core.settings.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the provider of an SPI role with {@link ServiceLoader}, the way SLF4J finds its
 * binding: a provider that fails to load is reported and skipped, a provider may decline the
 * configuration, the setting of the role chooses among several, and when none is left the
 * error says exactly which dependency to add or which interface to implement.
 */
public final class Adapters {

    private static final Logger LOG = LoggerFactory.getLogger(Adapters.class);

    private Adapters() {
    }

    /**
     * The provider to use for {@code role}.
     *
     * @param configuration what the provider will be opened with, offered to its accepts check
     * @param loader        the class loader to search
     * @throws SlumberConfigurationException when no provider is usable; the message lists what
     *                                       was found, what declined and what was broken
     */
    public static <P, C> P find(Role<P, C> role, Settings settings, C configuration, ClassLoader loader) {
        List<P> found = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        Iterator<P> iterator = ServiceLoader.load(role.providerType(), loader).iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                found.add(iterator.next());
            } catch (ServiceConfigurationError e) {
                broken.add(e.getMessage());
                LOG.warn("Skipping a broken {} adapter: {}", role.name(), e.getMessage());
            }
        }
        found.sort(Comparator.comparing(role.providerName()));
        String wanted = settings.get(role.choice());
        if (wanted != null) {
            for (P provider : found) {
                if (role.providerName().apply(provider).equals(wanted)) {
                    return provider;
                }
            }
            throw new SlumberConfigurationException("Setting " + role.choice().key() + " (from "
                    + settings.sourceOf(role.choice()) + ") asks for the " + role.name() + " adapter '" + wanted
                    + "', but the class path has " + names(role, found) + describeBroken(broken)
                    + ". Add the adapter's jar or change the setting.");
        }
        List<P> accepting = new ArrayList<>();
        List<String> declined = new ArrayList<>();
        for (P provider : found) {
            if (role.accepts().test(provider, configuration)) {
                accepting.add(provider);
            } else {
                declined.add(role.providerName().apply(provider));
            }
        }
        if (accepting.isEmpty()) {
            throw new SlumberConfigurationException(noneMessage(role, declined, broken, configuration));
        }
        P chosen = accepting.get(0);
        if (accepting.size() > 1) {
            LOG.info("Found {} adapters {}; using '{}'. Set {} (or {}) to choose another.", role.name(),
                    names(role, accepting), role.providerName().apply(chosen), role.choice().key(),
                    role.choice().environmentVariable());
        }
        return chosen;
    }

    private static <P, C> String noneMessage(Role<P, C> role, List<String> declined, List<String> broken,
                                             C configuration) {
        StringBuilder message = new StringBuilder("No Slumber ").append(role.name())
                .append(" adapter is usable. Add the dependency ").append(role.defaultModule())
                .append(", or implement ").append(role.providerType().getName())
                .append(" and list the class in META-INF/services/").append(role.providerType().getName())
                .append(", or pass a provider to the builder.");
        if (!declined.isEmpty()) {
            message.append(" Declined ").append(configuration).append(": ").append(declined).append('.');
        }
        message.append(describeBroken(broken));
        return message.toString();
    }

    private static String describeBroken(List<String> broken) {
        return broken.isEmpty() ? "" : " Broken providers (skipped): " + broken;
    }

    private static <P> List<String> names(Role<P, ?> role, List<P> providers) {
        List<String> names = new ArrayList<>();
        for (P provider : providers) {
            names.add(role.providerName().apply(provider));
        }
        return names;
    }
}
