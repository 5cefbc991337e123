package org.slumber.core.settings;

import org.slumber.core.SlumberConfigurationException;

/** A setting that is unknown or malformed; the message names it and what was expected. */
public final class SettingsException extends SlumberConfigurationException {

    private static final long serialVersionUID = 1L;

    SettingsException(String message) {
        super(message);
    }
}
