package org.slumber.core.client;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slumber.core.internal.client.Agent;

/**
 * What the navigation objects of one client share: the user agent, the registrations, the
 * directory and the cache times.
 */
final class ClientContext {

    final Agent agent;
    final ClientConfig config;
    final ServiceDirectory directory;
    final Duration metadataTtl;

    ClientContext(Agent agent, ClientConfig config, ServiceDirectory directory, Duration metadataTtl) {
        this.agent = agent;
        this.config = config;
        this.directory = directory;
        this.metadataTtl = metadataTtl;
    }

    /** A model's metadata document, cached for the metadata time. */
    Map<String, Object> metadata(String modelUrl) {
        return agent.get(modelUrl, metadataTtl);
    }

    /** An instance's data document: from the cache when its model has a cache time, else fetched. */
    Map<String, Object> instanceDocument(String url) {
        Map<String, Object> cached = agent.cached(url);
        if (cached != null) {
            return cached;
        }
        Map<String, Object> document = agent.get(url);
        remember(url, document);
        return document;
    }

    /** Caches an instance document fetched or returned by a write, for its model's cache time. */
    void remember(String url, Map<String, Object> document) {
        Object type = document.get("type");
        if (type instanceof String modelUrl) {
            agent.cache(url, document, config.cacheTtl(ContextUrls.resolve(url, modelUrl)));
        }
    }

    /** The instance object of a URL: the scope's one when a scope is open. */
    RemoteInstance instance(String url, String display) {
        Map<String, RemoteInstance> scope = ClientScope.instances();
        if (scope == null) {
            return new RemoteInstance(this, url, display, null);
        }
        RemoteInstance known = scope.get(url);
        if (known == null) {
            known = new RemoteInstance(this, url, display, null);
            scope.put(url, known);
        }
        return known;
    }

    /** An instance whose document is already known (from a get, create or update answer). */
    RemoteInstance loadedInstance(String url, Map<String, Object> document) {
        Map<String, RemoteInstance> scope = ClientScope.instances();
        RemoteInstance instance = scope == null ? null : scope.get(url);
        if (instance == null) {
            instance = new RemoteInstance(this, url, null, document);
            if (scope != null) {
                scope.put(url, instance);
            }
        } else {
            instance.loaded(document);
        }
        return instance;
    }

    /** Views {@code target} as a registered proxy interface. */
    <P> P proxy(Class<P> type, Object target, String modelUrl, List<? extends ClientConfig.Entry<?>> registry,
                String what) {
        List<String> registered = new ArrayList<>();
        for (ClientConfig.Entry<?> entry : registry) {
            if (modelUrl.endsWith(entry.suffix())) {
                if (entry.value().equals(type)) {
                    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                            new ProxyHandler(target)));
                }
                registered.add(((Class<?>) entry.value()).getName());
            }
        }
        throw new RemoteLookupException("No " + what + " proxy " + type.getName() + " is registered for " + modelUrl
                + "; registered for it: " + registered + ". Register it in a ClientConfigurer.");
    }

    /** Runs default methods, and answers the proxy's view method with its target. */
    private record ProxyHandler(Object target) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            String name = method.getName();
            if (method.getParameterCount() == 0 && (name.equals("instance") || name.equals("model"))) {
                return target;
            }
            if (method.getDeclaringClass() == Object.class) {
                return switch (name) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "proxy of " + target;
                };
            }
            throw new UnsupportedOperationException(method.getDeclaringClass().getName() + "." + name
                    + " is abstract; proxy interfaces may only add default methods");
        }
    }
}
