package org.slumber.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slumber.examples.run.ClassPath;

/**
 * A server started as a child process of the benchmark ({@code java -cp <this class path>
 * org.slumber.examples.run.Main bench-serve-slumber|bench-serve-raw <db dir> <port>}), so that
 * its start-up can be timed and its resident memory read from {@code /proc/<pid>/status}.
 * Its output goes to a log file; it is stopped with SIGTERM (a graceful stop) when closed, and
 * when this JVM exits.
 */
final class ChildProcess implements AutoCloseable {

    private static final long POLL_MILLIS = 10;

    private final String name;
    private final Process process;
    private final long startedNanos;
    private final int port;
    private final Path log;
    private final Thread stopOnExit;

    private ChildProcess(String name, Process process, long startedNanos, int port, Path log) {
        this.name = name;
        this.process = process;
        this.startedNanos = startedNanos;
        this.port = port;
        this.log = log;
        this.stopOnExit = new Thread(process::destroyForcibly, "bench-child-" + name);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /**
     * Starts a server child.
     *
     * @param command     {@code bench-serve-slumber} or {@code bench-serve-raw}
     * @param jvmFlags    flags before the class path
     * @param environment variables to set; every inherited {@code SLUMBER_*} variable is removed first
     */
    static ChildProcess start(String name, String command, Path database, int port, List<String> jvmFlags,
                              Map<String, String> environment, Path log) throws IOException {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        line.addAll(jvmFlags);
        line.add("-cp");
        line.add(ClassPath.current());
        line.add("-Dderby.stream.error.file=" + log.resolveSibling(name + "-derby.log"));
        line.add("org.slumber.examples.run.Main");
        line.add(command);
        line.add(database.toAbsolutePath().toString());
        line.add(Integer.toString(port));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("SLUMBER_"));
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        return new ChildProcess(name, process, started, port, log);
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** {@code http://127.0.0.1:<port>}. */
    String origin() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Polls {@code GET path} every 10 ms until it answers 200.
     *
     * @return the time from the start of the process to that answer
     */
    Duration awaitAnswer(String path, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The " + name + " server stopped while starting (exit "
                        + process.exitValue() + "); see " + log);
            }
            if (status(port, path) == 200) {
                return Duration.ofNanos(System.nanoTime() - startedNanos);
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException("The " + name + " server did not answer GET " + path + " with 200 within "
                + timeout.toSeconds() + " s; see " + log);
    }

    /** Resident memory in MiB now. */
    double rssMib() {
        return Machine.rssMib(process.pid());
    }

    /** The committed Java heap in MiB now, from {@code jcmd <pid> GC.heap_info} (NaN when unknown). */
    double heapCommittedMib() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process info = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.heap_info")
                    .redirectErrorStream(true).start();
            String output = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            info.waitFor(10, TimeUnit.SECONDS);
            java.util.regex.Matcher total = java.util.regex.Pattern.compile("heap\\s+total (\\d+)K").matcher(output);
            return total.find() ? Long.parseLong(total.group(1)) / 1024.0 : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // shutting down already
        }
    }

    /**
     * The status of {@code GET path} on a loopback port over a fresh connection, or -1 when
     * nothing answers: a plain socket, so that polling costs no client start-up of its own.
     */
    static int status(int port, String path) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder statusLine = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                statusLine.append((char) c);
            }
            String[] parts = statusLine.toString().split(" ");
            return parts.length >= 2 ? Integer.parseInt(parts[1]) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** A port free on the loopback address now. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
