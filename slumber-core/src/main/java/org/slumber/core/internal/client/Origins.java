package org.slumber.core.internal.client;

import java.net.URI;
import java.util.Locale;

/** The origin ({@code scheme://host:port}) of URLs, for deciding what the client trusts. */
public final class Origins {

    private Origins() {
    }

    /** {@code scheme://host:port}, lower-cased, with the default port made explicit. */
    public static String of(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort() >= 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + ":" + port;
    }

    /** Whether two URLs share their origin. */
    public static boolean same(URI a, URI b) {
        return of(a).equals(of(b));
    }
}
