package org.slumber.core.internal.model;

import org.slumber.core.operation.Operation;

/**
 * An operation attached to a model.
 *
 * @param name       the operation's name, its default URL segment
 * @param operation  what answers it
 * @param defaultUrl its default URL path ({@code <model url><name>/})
 * @param mountUri   the custom URI it is also mounted at (relative to the mount point), or null
 * @param mountedUrl the mounted URL path ({@code <mount point><uri>/}), or null
 * @param model      the model it belongs to
 */
public record OperationBinding(String name, Operation operation, String defaultUrl, String mountUri,
                               String mountedUrl, Model model) {

    /** The URL links use: the mounted one when there is one. */
    public String url() {
        return mountedUrl != null ? mountedUrl : defaultUrl;
    }

    /** Whether the operation takes a primary key. */
    public boolean isInstanceOperation() {
        return operation.isInstanceOperation();
    }
}
