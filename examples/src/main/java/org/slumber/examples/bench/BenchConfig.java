package org.slumber.examples.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The sizes and durations of one benchmark run: the full run, or the short smoke run that CI
 * uses to keep the programs working (about a second per measurement, small data).
 *
 * @param smoke     whether this is the smoke run
 * @param directory where databases, scripts and logs go ({@code examples/target/bench}, or
 *                  {@code examples/target/bench-smoke} for the smoke run)
 * @param jfr       when not null, the Slumber child of the server benchmark records a JFR
 *                  profile into this file
 * @param childJvmFlags the JVM flags of both server child processes (Slumber and raw)
 */
public record BenchConfig(boolean smoke, Path directory, Path jfr, List<String> childJvmFlags) {

    /** The default JVM flags of both server child processes (Slumber and raw). */
    public static final List<String> CHILD_JVM_FLAGS = List.of("-Xms64m", "-Xmx192m", "-XX:+UseG1GC",
            "-XX:MaxMetaspaceSize=96m", "-XX:ReservedCodeCacheSize=48m");

    /** The signing key and secret the Slumber child accepts. */
    public static final String KEY = "service";
    /** The secret of {@link #KEY} in the Slumber child (SLUMBER_SECRET). */
    public static final String SECRET = "bench-secret";
    /** The user the local development access acts as (SLUMBER_DEV_USER). */
    public static final String DEV_USER = "service";

    /** The line every table prints about authentication. */
    public static final String AUTHENTICATION = "authentication: local development access (SLUMBER_DEV_USER="
            + DEV_USER + ")";

    /** The default configuration under an examples directory. */
    public static BenchConfig of(boolean smoke, Path examplesDirectory) {
        return new BenchConfig(smoke, examplesDirectory.resolve("target").resolve(smoke ? "bench-smoke" : "bench")
                .toAbsolutePath(), null, CHILD_JVM_FLAGS);
    }

    /** The same with a JFR recording of the Slumber child. */
    public BenchConfig withJfr(Path file) {
        return new BenchConfig(smoke, directory, file, childJvmFlags);
    }

    /** The same with other JVM flags for the server children. */
    public BenchConfig withChildJvmFlags(List<String> flags) {
        return new BenchConfig(smoke, directory, jfr, List.copyOf(flags));
    }

    /** "smoke" or "full". */
    public String mode() {
        return smoke ? "smoke (CI: short runs, small data; the numbers mean little)" : "full";
    }

    // --- (1) server throughput -------------------------------------------------------------

    /** Pizzas in the throughput database; half of them are exclusive to a shop. */
    public int pizzas() {
        return smoke ? 100 : 1_000;
    }

    /** Shops the exclusive pizzas are spread over. */
    public int shops() {
        return 50;
    }

    /** Prices per pizza. */
    public int pricesPerPizza() {
        return 3;
    }

    /** wrk threads. */
    public int wrkThreads() {
        return 2;
    }

    /** wrk connections, and the threads (and connections) of the Java load generator. */
    public int connections() {
        return 16;
    }

    /** The warm-up before the rounds of one endpoint (per server). */
    public Duration warmUp() {
        return smoke ? Duration.ofSeconds(1) : Duration.ofSeconds(5);
    }

    /** The length of one measured round. */
    public Duration round() {
        return smoke ? Duration.ofSeconds(1) : Duration.ofSeconds(10);
    }

    /** Measured rounds per endpoint and server (the median is reported). */
    public int rounds() {
        return smoke ? 1 : 3;
    }

    /** Paired rounds (dev access, then signed, or the other way round) of the Java signing comparison. */
    public int signingRounds() {
        return smoke ? 1 : 5;
    }

    /** The length of one run of the Java signing comparison. */
    public Duration signingRound() {
        return smoke ? Duration.ofSeconds(1) : Duration.ofSeconds(6);
    }

    // --- (3) paging ---------------------------------------------------------------------------

    /** Pizzas in the paging database. */
    public int pagingRows() {
        return smoke ? 10_000 : 1_000_000;
    }

    /** Items of the one shop's data array (every tenth pizza). */
    public int arrayItems() {
        return pagingRows() / 10;
    }

    /** Warm-up requests per page before measuring. */
    public int pagingWarmUp() {
        return smoke ? 200 : 2_000;
    }

    /** Measured requests per page (first and near the end alternate). */
    public int pagingRepetitions() {
        return smoke ? 300 : 5_000;
    }

    // --- (4) client ---------------------------------------------------------------------------

    /** Warm-up calls per client. */
    public int clientWarmUp() {
        return smoke ? 500 : 20_000;
    }

    /** Measured rounds per client (the median per-call time is reported). */
    public int clientRounds() {
        return smoke ? 3 : 10;
    }

    /** Calls per round. */
    public int clientIterations() {
        return smoke ? 200 : 5_000;
    }

    // --- (5) start-up -------------------------------------------------------------------------

    /** Starts per server (the median is reported). */
    public int starts() {
        return smoke ? 1 : 3;
    }
}
