package org.slumber.examples.clienttests;

import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The two ways a client reaches a server that runs in the same JVM. */
enum Mode {

    /** {@code .inProcess(false)}: every request goes through the HTTP transport and Jetty. */
    HTTP(false, "over HTTP"),
    /** {@code .inProcess(true)}: requests go straight into the server's router, without a socket. */
    IN_PROCESS(true, "through the in-process shortcut");

    private final boolean inProcess;
    private final String displayName;

    Mode(boolean inProcess, String displayName) {
        this.inProcess = inProcess;
        this.displayName = displayName;
    }

    boolean inProcess() {
        return inProcess;
    }

    /** Every mode, named as the reports show it: the arguments of {@link InBothModes}. */
    static Stream<Arguments> named() {
        return Arrays.stream(values()).map(mode -> argumentSet(mode.displayName, mode));
    }
}
