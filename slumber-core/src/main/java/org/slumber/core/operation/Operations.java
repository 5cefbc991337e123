package org.slumber.core.operation;

import org.slumber.core.internal.server.HalInstanceList;

/** Ready-made operations apps can attach to their models. */
public final class Operations {

    private Operations() {
    }

    /**
     * The HAL variant of the instance list (wire-protocol.md, "HAL instance list"), to attach
     * as a model operation, usually at a custom URI:
     * {@code .operation("shops-hal", Operations.halInstanceList(), "shops/mount2")}.
     */
    public static Operation halInstanceList() {
        return new HalInstanceList();
    }
}
