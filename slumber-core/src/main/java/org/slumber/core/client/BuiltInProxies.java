package org.slumber.core.client;

/** Registers the proxies the client ships: the User model's, for the auth app. */
final class BuiltInProxies {

    private static final String DJANGO_AUTH = "django.contrib.auth";

    private BuiltInProxies() {
    }

    static void register(ClientConfig config, String authApp) {
        registerFor(config, DJANGO_AUTH);
        if (!authApp.equals(DJANGO_AUTH)) {
            registerFor(config, authApp);
        }
    }

    private static void registerFor(ClientConfig config, String app) {
        String suffix = "/" + app.replace('.', '/') + "/User/";
        config.instanceProxy(suffix, UserProxy.class);
        config.modelProxy(suffix, UserModelProxy.class);
    }
}
