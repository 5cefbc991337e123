package org.slumber.core.internal.server;

import org.slumber.core.internal.model.Model;
import org.slumber.core.operation.OperationException;

/** Shared parts of keyset-paged answers. */
final class Pages {

    private Pages() {
    }

    /** The key named by a paging parameter ({@code start_after}, {@code lpk}), or null when absent; 400 when not a key. */
    static Object startAfter(Call call, Model model, String parameter) {
        String text = call.query().first(parameter);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return model.key().codec().fromText(text);
        } catch (IllegalArgumentException e) {
            throw new OperationException.BadRequest(parameter + " must be a key of " + model.name() + ", got \""
                    + text + "\"");
        }
    }

    /** {@code url?parameter=<key>} with the key encoded for a query string. */
    static String next(String url, String parameter, Model model, Object key) {
        // a query component: '+', '&', '=', '#' and '%' escaped; spaces as %20, never '+'
        return url + "?" + parameter + "=" + java.net.URLEncoder.encode(model.key().codec().toText(key),
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
