package org.slumber.core.internal.model;

/** How a stored field appears on the wire. */
public enum FieldKind {
    /** A plain value ({@code kind: value}). */
    VALUE("value"),
    /** A foreign key to a model of this process ({@code kind: object}). */
    OBJECT("object"),
    /** A reference to an instance on another service ({@code kind: value}, URL data). */
    REMOTE("value"),
    /** A write-only password: stored hashed, never shown. */
    PASSWORD("value");

    private final String wireName;

    FieldKind(String wireName) {
        this.wireName = wireName;
    }

    /** The {@code kind} shown in metadata and instance data. */
    public String wireName() {
        return wireName;
    }
}
