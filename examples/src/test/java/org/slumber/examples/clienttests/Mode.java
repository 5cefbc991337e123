package org.slumber.examples.clienttests;

/** The two ways a client reaches a server that runs in the same JVM. */
enum Mode {

    /** {@code .inProcess(false)}: every request goes through the HTTP transport and Jetty. */
    HTTP(false),
    /** {@code .inProcess(true)}: requests go straight into the server's router, without a socket. */
    IN_PROCESS(true);

    private final boolean inProcess;

    Mode(boolean inProcess) {
        this.inProcess = inProcess;
    }

    boolean inProcess() {
        return inProcess;
    }
}
