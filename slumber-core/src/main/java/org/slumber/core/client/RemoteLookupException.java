package org.slumber.core.client;

/**
 * A navigation step that names nothing: an unknown service, app, model, field, data array or
 * proxy. The message names what was asked for and what exists.
 */
public class RemoteLookupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RemoteLookupException(String message) {
        super(message);
    }
}
