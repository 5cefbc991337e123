package org.slumber.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slumber.core.auth.FostSignature;

/**
 * Runs {@code wrk} (the Debian package {@code wrk}) against a server: {@code -t<threads>
 * -c<connections> -d<seconds>s --latency} with a generated Lua script whose {@code request()}
 * cycles through an {@link Endpoint}'s ids, and reads Requests/sec and the 99 % latency from
 * its output.
 */
final class WrkRunner {

    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern LATENCY = Pattern.compile("^\\s*(50|99)%\\s+([0-9.]+)(us|ms|s|m)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    /** What one run measured. */
    record Result(double requestsPerSecond, double p50Millis, double p99Millis, long requests, long non2xx,
                  long socketErrors) {
    }

    private final Path wrk;
    private final Path scripts;
    private final int threads;
    private final int connections;

    WrkRunner(Path wrk, Path scripts, int threads, int connections) {
        this.wrk = wrk;
        this.scripts = scripts;
        this.threads = threads;
        this.connections = connections;
    }

    /**
     * The wrk executable: on the PATH, else {@code /usr/bin/wrk}.
     *
     * @throws IllegalStateException telling to install the Debian package wrk when there is none
     */
    static Path find() {
        String path = System.getenv("PATH");
        List<Path> candidates = new ArrayList<>();
        if (path != null) {
            for (String directory : path.split(java.io.File.pathSeparator)) {
                if (!directory.isEmpty()) {
                    candidates.add(Path.of(directory, "wrk"));
                }
            }
        }
        candidates.add(Path.of("/usr/bin/wrk"));
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("wrk is not installed: install the Debian package wrk "
                + "(sudo apt-get install wrk); the server throughput benchmark drives the servers with it");
    }

    /** wrk's threads: the number of request files a pre-signed run reads. */
    int threads() {
        return threads;
    }

    /** The {@code wrk --version} line. */
    String version() {
        try {
            Process process = new ProcessBuilder(wrk.toString(), "--version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(5, TimeUnit.SECONDS);
            String first = output.lines().findFirst().orElse("wrk").trim();
            int space = first.indexOf(' ', first.indexOf(' ') + 1);
            return space > 0 ? first.substring(0, space) : first;
        } catch (IOException e) {
            return "wrk";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "wrk";
        }
    }

    /** Runs wrk against {@code origin} for {@code duration} (whole seconds, at least 1). */
    Result run(String origin, Endpoint endpoint, Duration duration) throws IOException, InterruptedException {
        Path script = script(endpoint);
        long seconds = Math.max(1, duration.toSeconds());
        List<String> command = List.of(wrk.toString(), "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--timeout", "10s", "--latency", "-s", script.toString(), origin + endpoint.path(0));
        return execute(command, seconds);
    }

    /**
     * Runs wrk against {@code origin} for {@code duration}, sending pre-signed requests, each
     * once: wrk's thread {@code i} sends those of the file {@code requests.i} (lines of path,
     * {@code X-FOST-Timestamp} and {@code Authorization}, tab-separated; see
     * {@link #threads()}). A thread that needs more requests than its file holds starts over,
     * and the server refuses the replays.
     */
    Result runPresigned(String origin, Path requests, Duration duration) throws IOException, InterruptedException {
        return runLines(presignedScript(false), origin, requests, duration);
    }

    /**
     * As {@link #runPresigned}, but the signature's values go in headers the server ignores
     * ({@link LoadGenerator.Decoy}): the same bytes as the signed run, unsigned.
     */
    Result runDecoy(String origin, Path requests, Duration duration) throws IOException, InterruptedException {
        return runLines(presignedScript(true), origin, requests, duration);
    }

    private Result runLines(Path script, String origin, Path requests, Duration duration)
            throws IOException, InterruptedException {
        long seconds = Math.max(1, duration.toSeconds());
        List<String> command = List.of(wrk.toString(), "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--timeout", "10s", "--latency", "-s", script.toString(), origin + "/", "--",
                requests.toAbsolutePath().toString());
        return execute(command, seconds);
    }

    private Result execute(List<String> command, long seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("wrk failed (" + String.join(" ", command) + "):\n" + output);
        }
        return parse(output, String.join(" ", command));
    }

    /** Reads a wrk --latency output. */
    static Result parse(String output, String command) {
        Matcher rate = REQUESTS_PER_SECOND.matcher(output);
        if (!rate.find()) {
            throw new IllegalStateException("No Requests/sec in the output of " + command + ":\n" + output);
        }
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Matcher latency = LATENCY.matcher(output);
        while (latency.find()) {
            double millis = millis(Double.parseDouble(latency.group(2)), latency.group(3));
            if (latency.group(1).equals("50")) {
                p50 = millis;
            } else {
                p99 = millis;
            }
        }
        if (Double.isNaN(p99)) {
            throw new IllegalStateException("No 99% latency in the output of " + command + ":\n" + output);
        }
        Matcher requests = REQUESTS.matcher(output);
        Matcher non2xx = NON_2XX.matcher(output);
        Matcher socket = SOCKET_ERRORS.matcher(output);
        long socketErrors = 0;
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                socketErrors += Long.parseLong(socket.group(i));
            }
        }
        return new Result(Double.parseDouble(rate.group(1)), p50, p99,
                requests.find() ? Long.parseLong(requests.group(1)) : -1,
                non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, socketErrors);
    }

    private static double millis(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1_000;
            case "ms" -> value;
            case "s" -> value * 1_000;
            case "m" -> value * 60_000;
            default -> throw new IllegalArgumentException(unit);
        };
    }

    /**
     * Writes the Lua script of pre-signed runs: each thread loads its own file of requests (in
     * {@code init}, before wrk starts timing) and sends them in order.
     */
    private Path presignedScript(boolean decoy) throws IOException {
        Files.createDirectories(scripts);
        Path file = scripts.resolve(decoy ? "presigned-decoy.lua" : "presigned.lua");
        Files.writeString(file, String.format(Locale.ROOT, """
                -- generated by WrkRunner: GET each pre-signed request of a file once%s
                -- thread i reads <file>.<i>; the requests are formatted in init, before wrk starts timing
                local threads = 0
                local requests, count, at = {}, 0, 0

                function setup(thread)
                  thread:set("index", threads)
                  threads = threads + 1
                end

                function init(args)
                  for text in io.lines(args[1] .. "." .. index) do
                    local path, stamp, auth = text:match("^([^\\t]+)\\t([^\\t]+)\\t([^\\t]+)$")
                    count = count + 1
                    requests[count] = wrk.format("GET", path, {
                      ["%s"] = stamp,
                      ["%s"] = "X-FOST-Headers",
                      ["%s"] = auth
                    })
                  end
                end

                function request()
                  at = at %% count + 1
                  return requests[at]
                end
                """, decoy ? " (decoy: the signature in headers the server ignores)" : "",
                decoy ? LoadGenerator.Decoy.TIMESTAMP : FostSignature.TIMESTAMP,
                decoy ? LoadGenerator.Decoy.HEADERS : FostSignature.HEADERS,
                decoy ? LoadGenerator.Decoy.AUTHORIZATION : "Authorization"));
        return file;
    }

    /** Writes the Lua script of an endpoint: each wrk thread cycles through the ids from its own offset. */
    private Path script(Endpoint endpoint) throws IOException {
        Files.createDirectories(scripts);
        String name = endpoint.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "") + ".lua";
        Path file = scripts.resolve(name);
        String lua = String.format(Locale.ROOT, """
                -- generated by %s: GET %s<id>%s for ids %d .. %d
                -- the requests are formatted in init, before wrk starts timing
                local prefix, suffix, first, count = "%s", "%s", %d, %d
                local requests, at, size = {}, 0, 0
                local threads = 0

                function setup(thread)
                  thread:set("offset", threads * 7919)
                  threads = threads + 1
                end

                function init(args)
                  if count == 0 then
                    requests[1], size = wrk.format("GET", prefix), 1
                  else
                    for i = 0, count - 1 do
                      requests[i + 1] = wrk.format("GET", prefix .. string.format("%%d", first + i) .. suffix)
                    end
                    size, at = count, (offset or 0) %% count
                  end
                end

                function request()
                  at = at %% size + 1
                  return requests[at]
                end
                """, WrkRunner.class.getSimpleName(), endpoint.prefix(), endpoint.suffix(), endpoint.first(),
                endpoint.first() + Math.max(0, endpoint.count() - 1), endpoint.prefix(), endpoint.suffix(),
                endpoint.first(), endpoint.count());
        Files.writeString(file, lua);
        return file;
    }
}
