package org.slumber.examples.network;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slumber.examples.run.ClassPath;

/**
 * Starts the three services of the network example as three processes on this machine, in
 * order (auth, takeaway, pizzas), each waiting for the previous one to listen, and stops them
 * all when this process ends (Ctrl-C).
 */
public final class NetworkLauncher {

    private static final long START_TIMEOUT_MILLIS = 60_000;

    private NetworkLauncher() {
    }

    /** Starts the processes and waits for them; returns when they have ended. */
    public static void run(NetworkExample.Ports ports, Path examplesDirectory) throws IOException, InterruptedException {
        List<Process> processes = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(processes), "network-shutdown"));
        String classPath = ClassPath.current();
        for (NetworkExample.Role role : NetworkExample.Role.values()) {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classPath, "-Dexamples.dir=" + examplesDirectory,
                    "-Dderby.stream.error.file=" + examplesDirectory.resolve("target/derby-" + role.service() + ".log"),
                    "org.slumber.examples.run.Main", "serve", role.service(), String.valueOf(ports.takeaway()));
            Process process = new ProcessBuilder(command).inheritIO().start();
            processes.add(process);
            awaitPort(ports.of(role), process, role);
            System.out.println("[network] " + role.service() + " is listening on port " + ports.of(role));
        }
        System.out.println();
        System.out.println("The pizza network is running: takeaway " + ports.directory().get("takeaway") + ", pizzas "
                + ports.directory().get("pizzas") + ", auth " + ports.directory().get("auth"));
        System.out.println("Run the demo client in another terminal: "
                + "mvn -B -q -pl examples -am compile exec:java -Dexec.args=demo   (Ctrl-C stops the network)");
        for (Process process : processes) {
            process.waitFor();
        }
    }

    private static void awaitPort(int port, Process process, NetworkExample.Role role) throws InterruptedException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The " + role.service() + " service stopped while starting (exit "
                        + process.exitValue() + "); see its output above");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 200);
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("The " + role.service() + " service did not listen on port " + port
                + " within " + START_TIMEOUT_MILLIS / 1000 + " s");
    }

    private static void stop(List<Process> processes) {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
