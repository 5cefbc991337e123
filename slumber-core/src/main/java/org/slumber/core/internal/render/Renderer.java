package org.slumber.core.internal.render;

/** Turns an answer into the bytes of one media type. Stateless and thread-safe. */
public interface Renderer {

    /** The Content-Type of what this renderer writes, with its charset. */
    String contentType(Answer answer);

    /** The body bytes. Never throws for any document. */
    byte[] render(Answer answer);

    /**
     * Whether this renderer shows where the reader is, so its answers need
     * {@link Answer#crumbs() breadcrumbs}; they are computed only for those that do.
     */
    default boolean showsLocation() {
        return false;
    }
}
