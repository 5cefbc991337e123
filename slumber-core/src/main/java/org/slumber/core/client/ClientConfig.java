package org.slumber.core.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What client code registers against model URLs: proxy interfaces and instance cache times.
 * A model URL suffix ({@code "/slumber_examples/Shop/"}) applies to that model in any service;
 * with the service in it ({@code "/pizzas/slumber_examples/Shop/"}) to one service only.
 * Filled while the client is built, read-only afterwards.
 */
public final class ClientConfig {

    /** One registration: a suffix and what it carries. */
    record Entry<T>(String suffix, T value) {
    }

    private final List<Entry<Class<? extends InstanceProxy>>> instanceProxies = new ArrayList<>();
    private final List<Entry<Class<? extends ModelProxy>>> modelProxies = new ArrayList<>();
    private final List<Entry<Duration>> cacheTimes = new ArrayList<>();
    private boolean frozen;

    ClientConfig() {
    }

    /** Lets instances of the models whose URL ends with {@code suffix} be viewed as {@code proxy}. */
    public ClientConfig instanceProxy(String suffix, Class<? extends InstanceProxy> proxy) {
        instanceProxies.add(new Entry<>(checkSuffix(suffix), checkInterface(proxy)));
        return this;
    }

    /** Lets the models whose URL ends with {@code suffix} be viewed as {@code proxy}. */
    public ClientConfig modelProxy(String suffix, Class<? extends ModelProxy> proxy) {
        modelProxies.add(new Entry<>(checkSuffix(suffix), checkInterface(proxy)));
        return this;
    }

    /**
     * Caches GETs of the instances of the models whose URL ends with {@code suffix} for
     * {@code ttl} (instances are not cached otherwise).
     */
    public ClientConfig cacheTtl(String suffix, Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("a cache time cannot be negative: " + ttl);
        }
        checkOpen();
        cacheTimes.add(new Entry<>(checkSuffix(suffix), ttl));
        return this;
    }

    void freeze() {
        frozen = true;
    }

    List<Entry<Class<? extends InstanceProxy>>> instanceProxies() {
        return instanceProxies;
    }

    List<Entry<Class<? extends ModelProxy>>> modelProxies() {
        return modelProxies;
    }

    /** The cache time of the instances of a model, by its URL: the longest matching suffix wins. */
    Duration cacheTtl(String modelUrl) {
        Duration best = Duration.ZERO;
        int bestLength = -1;
        for (Entry<Duration> entry : cacheTimes) {
            if (modelUrl.endsWith(entry.suffix()) && entry.suffix().length() > bestLength) {
                best = entry.value();
                bestLength = entry.suffix().length();
            }
        }
        return best;
    }

    private String checkSuffix(String suffix) {
        checkOpen();
        Objects.requireNonNull(suffix, "suffix");
        if (!suffix.startsWith("/") || !suffix.endsWith("/") || suffix.length() < 3) {
            throw new IllegalArgumentException("a model URL suffix starts and ends with '/', such as "
                    + "\"/slumber_examples/Shop/\"; got \"" + suffix + "\"");
        }
        return suffix;
    }

    private <T> Class<T> checkInterface(Class<T> type) {
        Objects.requireNonNull(type, "proxy");
        if (!type.isInterface()) {
            throw new IllegalArgumentException(type.getName() + " is not an interface; proxies are interfaces "
                    + "with default methods");
        }
        if (!java.lang.reflect.Modifier.isPublic(type.getModifiers())) {
            throw new IllegalArgumentException(type.getName() + " is not public; the client can only run the "
                    + "default methods of public proxy interfaces, so declare it public");
        }
        return type;
    }

    private void checkOpen() {
        if (frozen) {
            throw new IllegalStateException("the client is built; register proxies and cache times in a "
                    + "ClientConfigurer");
        }
    }
}
