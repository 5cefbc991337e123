package org.slumber.examples.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slumber.core.auth.FostSignature;
import org.slumber.examples.bench.ResultTable.Target;

/**
 * What FOST signing costs on (1a), against the same server's local development access:
 * <ul>
 *   <li><b>wrk, pre-signed vs plain</b>: the same load generator as the throughput rows; the
 *       requests are signed before the run (each signature can be used once) and compared with
 *       plain unsigned requests: everything signing costs the server, and what three more
 *       headers cost wrk, which shares the cores;</li>
 *   <li><b>wrk, pre-signed vs the same bytes</b>: the signature sent under
 *       {@link LoadGenerator.Decoy decoy} header names the server ignores, so only the
 *       server's verification (headers, HMAC, replay check) differs;</li>
 *   <li><b>the raw server</b>, decoys against plain: what the three headers cost when nobody
 *       checks them (the harness's part of the first row);</li>
 *   <li><b>Java, signed per request</b>: HttpClient 5 threads that sign each request when they
 *       make it, as a Slumber client does, against decoys; the client's signing shares the
 *       cores with the server.</li>
 * </ul>
 * Each round runs every variant once (in an order that rotates), and the round with the
 * median ratio is reported, so that drift of the machine between rounds cancels out.
 */
final class SigningBenchmark {

    private static final Target TARGET = Target.atLeast(0.90, ">= 0.90 (cost <= 10 %)");

    private SigningBenchmark() {
    }

    /**
     * Runs both comparisons against {@code slumber}, with {@code raw} as the control that shows
     * what the three headers cost when nobody checks them, and adds their rows to {@code table}.
     */
    static void run(ResultTable table, Endpoint endpoint, ChildProcess slumber, ChildProcess raw, WrkRunner wrk,
                    BenchConfig config, PrintStream log) throws Exception {
        FostSignature signer = new FostSignature(BenchConfig.KEY, BenchConfig.SECRET);
        withWrk(table, endpoint, slumber, raw, wrk, signer, config, log);
        withJava(table, endpoint, slumber, signer, config, log);
    }

    private static void withWrk(ResultTable table, Endpoint endpoint, ChildProcess slumber, ChildProcess raw,
                                WrkRunner wrk, FostSignature signer, BenchConfig config, PrintStream log)
            throws Exception {
        log.printf("[server] signing cost with wrk: %d round(s) of %d s each: Slumber pre-signed, decoys, plain; "
                + "raw decoys, plain%n", config.rounds(), config.round().toSeconds());
        double warmRate = check(wrk.run(slumber.origin(), endpoint, config.warmUp()), "plain").requestsPerSecond();
        int pool = poolSize(warmRate, config.round());
        Path files = config.directory().resolve("wrk").resolve("presigned.tsv");
        presign(files, wrk.threads(), endpoint, signer, poolSize(warmRate, config.warmUp()), 0);
        check(wrk.runPresigned(slumber.origin(), files, config.warmUp()), "pre-signed");
        check(wrk.runDecoy(raw.origin(), files, config.warmUp()), "raw decoy");
        Paired againstPlain = new Paired("plain");
        Paired againstDecoys = new Paired("decoys");
        Paired rawControl = new Paired("raw plain");
        for (int round = 1; round <= config.rounds(); round++) {
            presign(files, wrk.threads(), endpoint, signer, pool, round);
            double[] rate = new double[5];
            for (int leg = 0; leg < rate.length; leg++) {
                int variant = (leg + round) % rate.length;
                rate[variant] = switch (variant) {
                    case 0 -> check(wrk.runPresigned(slumber.origin(), files, config.round()), "pre-signed")
                            .requestsPerSecond();
                    case 1 -> check(wrk.runDecoy(slumber.origin(), files, config.round()), "decoy").requestsPerSecond();
                    case 2 -> check(wrk.run(slumber.origin(), endpoint, config.round()), "plain").requestsPerSecond();
                    case 3 -> check(wrk.runDecoy(raw.origin(), files, config.round()), "raw decoy").requestsPerSecond();
                    default -> check(wrk.run(raw.origin(), endpoint, config.round()), "raw plain").requestsPerSecond();
                };
            }
            againstPlain.add(rate[2], rate[0]);
            againstDecoys.add(rate[1], rate[0]);
            rawControl.add(rate[4], rate[3]);
            log.printf(Locale.ROOT, "[server] wrk signing round %d: Slumber pre-signed %,.0f, decoys %,.0f, plain "
                    + "%,.0f req/s; raw decoys %,.0f, plain %,.0f req/s%n", round, rate[0], rate[1], rate[2], rate[3],
                    rate[4]);
        }
        againstPlain.row(table, "(1a) FOST pre-signed vs plain unsigned (dev access), wrk: req/s", TARGET);
        againstDecoys.row(table, "(1a) FOST pre-signed vs unsigned with the same bytes, wrk: req/s", TARGET);
        rawControl.row(table, "(1a) raw server, the same three headers vs plain, wrk: req/s", Target.none());
        table.note("wrk signing rounds, req/s: " + againstPlain.describe("pre-signed") + "; decoys "
                + againstDecoys.baselines() + "; raw " + rawControl.describe("decoys") + "; " + pool
                + " requests signed before each round");
    }

    private static void withJava(ResultTable table, Endpoint endpoint, ChildProcess slumber, FostSignature signer,
                                 BenchConfig config, PrintStream log) throws Exception {
        log.printf("[server] signing cost with the Java load generator: %d threads, %d round(s) of %d s%n",
                config.connections(), config.signingRounds(), config.signingRound().toSeconds());
        LoadGenerator.Requests decoy = LoadGenerator.Requests.decoy(slumber.origin(), endpoint);
        LoadGenerator.Requests signed = LoadGenerator.Requests.signed(slumber.origin(), endpoint, signer);
        Paired rounds = new Paired("decoys");
        try (LoadGenerator load = new LoadGenerator(config.connections())) {
            check(load.run(decoy, config.warmUp()), "decoy");
            check(load.run(signed, config.warmUp()), "signed");
            for (int round = 1; round <= config.signingRounds(); round++) {
                double d = 0;
                double s = 0;
                for (int leg = 0; leg < 2; leg++) {
                    if ((leg + round) % 2 == 0) {
                        d = check(load.run(decoy, config.signingRound()), "decoy").requestsPerSecond();
                    } else {
                        s = check(load.run(signed, config.signingRound()), "signed").requestsPerSecond();
                    }
                }
                rounds.add(d, s);
                log.printf(Locale.ROOT, "[server] Java signing round %d: signed %,.0f req/s; decoys %,.0f req/s%n",
                        round, s, d);
            }
        }
        rounds.row(table, "(1a) FOST signed per request vs unsigned, same bytes, Java: req/s", TARGET);
        table.note("Java signing rounds, req/s: " + rounds.describe("signed") + "; the rows show the round with the "
                + "median ratio");
    }

    /** Enough pre-signed requests for a run of {@code duration} at twice {@code rate}. */
    private static int poolSize(double rate, java.time.Duration duration) {
        return (int) Math.min(3_000_000, Math.max(5_000, 2 * rate * Math.max(1, duration.toSeconds())));
    }

    /**
     * Writes {@code count} requests signed now, dealt out to {@code threads} files
     * ({@code <base>.0}, {@code <base>.1}, ...), one request per line: path, timestamp and
     * Authorization, tab-separated. Each round gets fresh signatures, since the server refuses
     * a replay.
     */
    private static void presign(Path base, int threads, Endpoint endpoint, FostSignature signer, int count,
                                int round) throws IOException {
        Files.createDirectories(base.getParent());
        BufferedWriter[] out = new BufferedWriter[threads];
        try {
            for (int t = 0; t < threads; t++) {
                out[t] = Files.newBufferedWriter(base.resolveSibling(base.getFileName() + "." + t),
                        StandardCharsets.UTF_8);
            }
            for (int i = 0; i < count; i++) {
                String path = endpoint.path((long) round * 7_919 + i);
                Map<String, String> headers = signer.headers("GET", path, null, null, null);
                BufferedWriter file = out[i % threads];
                file.write(path);
                file.write('\t');
                file.write(headers.get(FostSignature.TIMESTAMP));
                file.write('\t');
                file.write(headers.get("Authorization"));
                file.write('\n');
            }
        } finally {
            for (BufferedWriter file : out) {
                if (file != null) {
                    file.close();
                }
            }
        }
    }

    private static WrkRunner.Result check(WrkRunner.Result result, String mode) {
        if (result.non2xx() > 0 || result.requests() <= 0) {
            throw new IllegalStateException("The " + mode + " wrk run answered " + result.non2xx() + " of "
                    + result.requests() + " requests with a status other than 2xx/3xx (pre-signed requests run out "
                    + "when the server is faster than the pool was sized for)");
        }
        if (result.socketErrors() > 0) {
            throw new IllegalStateException("The " + mode + " wrk run had " + result.socketErrors()
                    + " socket errors (connect, read, write or timeout)");
        }
        return result;
    }

    private static LoadGenerator.Result check(LoadGenerator.Result result, String mode) {
        if (result.failures() > 0 || result.requests() == 0) {
            throw new IllegalStateException("The " + mode + " load run had " + result.failures()
                    + " failed requests of " + (result.requests() + result.failures()));
        }
        return result;
    }

    /** Rounds of a baseline and a compared rate; the row reported is the round with the median ratio. */
    private static final class Paired {
        private final String baselineName;
        private final List<Double> baseline = new ArrayList<>();
        private final List<Double> signed = new ArrayList<>();
        private final List<Double> ratios = new ArrayList<>();

        Paired(String baselineName) {
            this.baselineName = baselineName;
        }

        void add(double baselineRate, double signedRate) {
            baseline.add(baselineRate);
            signed.add(signedRate);
            ratios.add(signedRate / baselineRate);
        }

        /**
         * Adds the row of the median round (by ratio; the lower middle one for an even count), so
         * that its two rates and its ratio belong together.
         */
        void row(ResultTable table, String measurement, Target target) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < ratios.size(); i++) {
                order.add(i);
            }
            order.sort(java.util.Comparator.comparingDouble(ratios::get));
            int median = order.get((order.size() - 1) / 2);
            double ratio = ratios.get(median);
            table.add(new ResultTable.Row(String.format(Locale.ROOT, "%s (cost %.1f %%)", measurement,
                    100 * (1 - ratio)), ResultTable.format("%,.0f", signed.get(median)),
                    ResultTable.format("%,.0f", baseline.get(median)), ResultTable.format("%.2f", ratio),
                    target.text(), target.judge(ratio)));
        }

        String baselines() {
            return String.join(" / ", baseline.stream().map(v -> ResultTable.format("%,.0f", v)).toList());
        }

        String describe(String signedName) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < ratios.size(); i++) {
                text.append(i == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%s %,.0f, %s %,.0f (%.2f)",
                        signedName, signed.get(i), baselineName, baseline.get(i), ratios.get(i)));
            }
            return text.toString();
        }
    }
}
