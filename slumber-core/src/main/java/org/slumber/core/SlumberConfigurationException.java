package org.slumber.core;

/**
 * A start-up error a user can fix: a missing adapter, a bad setting, an app that declares
 * something impossible. The message names the setting, class or declaration to change.
 */
public class SlumberConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SlumberConfigurationException(String message) {
        super(message);
    }

    public SlumberConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
