package org.slumber.core.internal.render;

import java.util.Locale;

/**
 * Chooses a renderer by the {@code Accept} header (wire-protocol.md, "Content negotiation"):
 * JSON by default and for anything not otherwise recognised.
 */
public final class Negotiation {

    private static final Renderer JSON = new JsonRenderer(false);
    private static final Renderer HAL_JSON = new JsonRenderer(true);

    private Negotiation() {
    }

    /** The renderer for an {@code Accept} header (null when absent). */
    public static Renderer choose(String accept) {
        if (accept == null) {
            return JSON;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        if (lower.contains("application/hal+json")) {
            return HAL_JSON;
        }
        return JSON;
    }
}
