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
 * What FOST signing costs on (1a), against the same server's local development access.
 * A signed request is longer than an unsigned one by three headers, which costs the load
 * generator and Jetty's parser something whoever checks them; so the unsigned requests the
 * signed ones are compared with carry the same bytes under {@link LoadGenerator.Decoy decoy}
 * header names that the server ignores:
 * <ul>
 *   <li><b>wrk, pre-signed</b>: the same load generator as the throughput rows; the requests are
 *       signed before the run (each signature can be used once), and sent signed or as decoys:
 *       the difference is the server's verification (headers, HMAC, replay check). A third run
 *       of plain requests shows what the three headers themselves cost;</li>
 *   <li><b>Java, signed per request</b>: HttpClient 5 threads that sign each request when they
 *       make it, as a Slumber client does, against decoys; the client's signing shares the
 *       cores with the server.</li>
 * </ul>
 * Each round runs every variant once (in an order that alternates), and the median of the
 * rounds' ratios is reported, so that drift of the machine between rounds cancels out.
 */
final class SigningBenchmark {

    private static final Target TARGET = Target.atLeast(0.90, ">= 0.90 (cost <= 10 %)");

    private SigningBenchmark() {
    }

    /** Runs both comparisons against {@code slumber} and adds their rows to {@code table}. */
    static void run(ResultTable table, Endpoint endpoint, ChildProcess slumber, WrkRunner wrk, BenchConfig config,
                    PrintStream log) throws Exception {
        FostSignature signer = new FostSignature(BenchConfig.KEY, BenchConfig.SECRET);
        withWrk(table, endpoint, slumber, wrk, signer, config, log);
        withJava(table, endpoint, slumber, signer, config, log);
    }

    private static void withWrk(ResultTable table, Endpoint endpoint, ChildProcess slumber, WrkRunner wrk,
                                FostSignature signer, BenchConfig config, PrintStream log) throws Exception {
        log.printf("[server] signing cost with wrk: %d round(s) of %d s each: pre-signed, decoys, plain%n",
                config.rounds(), config.round().toSeconds());
        String origin = slumber.origin();
        double warmRate = check(wrk.run(origin, endpoint, config.warmUp()), "plain").requestsPerSecond();
        int pool = poolSize(warmRate, config.round());
        Path file = config.directory().resolve("wrk").resolve("presigned.tsv");
        presign(file, endpoint, signer, poolSize(warmRate, config.warmUp()), 0);
        check(wrk.runPresigned(origin, file, config.warmUp()), "pre-signed");
        Paired againstDecoys = new Paired("decoys");
        Paired againstPlain = new Paired("plain");
        for (int round = 1; round <= config.rounds(); round++) {
            presign(file, endpoint, signer, pool, round);
            double signed = 0;
            double decoy = 0;
            double plain = 0;
            for (int leg = 0; leg < 3; leg++) {
                switch ((leg + round) % 3) {
                    case 0 -> signed = check(wrk.runPresigned(origin, file, config.round()), "pre-signed")
                            .requestsPerSecond();
                    case 1 -> decoy = check(wrk.runDecoy(origin, file, config.round()), "decoy")
                            .requestsPerSecond();
                    default -> plain = check(wrk.run(origin, endpoint, config.round()), "plain").requestsPerSecond();
                }
            }
            againstDecoys.add(decoy, signed);
            againstPlain.add(plain, signed);
            log.printf(Locale.ROOT, "[server] wrk signing round %d: pre-signed %,.0f req/s; decoys %,.0f req/s; "
                    + "plain %,.0f req/s%n", round, signed, decoy, plain);
        }
        againstDecoys.row(table, "(1a) FOST pre-signed vs unsigned, same bytes, wrk: req/s", TARGET);
        againstPlain.row(table, "(1a) FOST pre-signed vs plain unsigned, wrk: req/s", Target.none());
        table.note("wrk signing rounds, req/s: " + againstDecoys.describe("pre-signed") + "; plain "
                + againstPlain.baselines() + "; " + pool + " requests signed before each round");
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
        table.note("Java signing rounds, req/s: " + rounds.describe("signed"));
    }

    /** Enough pre-signed requests for a run of {@code duration} at twice {@code rate}. */
    private static int poolSize(double rate, java.time.Duration duration) {
        return (int) Math.min(3_000_000, Math.max(5_000, 2 * rate * Math.max(1, duration.toSeconds())));
    }

    /**
     * Writes {@code count} requests signed now, one per line: path, timestamp, Authorization,
     * tab-separated. Each round gets fresh signatures, since the server refuses a replay.
     */
    private static void presign(Path file, Endpoint endpoint, FostSignature signer, int count, int round)
            throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                String path = endpoint.path((long) round * 7_919 + i);
                Map<String, String> headers = signer.headers("GET", path, null, null, null);
                out.write(path);
                out.write('\t');
                out.write(headers.get(FostSignature.TIMESTAMP));
                out.write('\t');
                out.write(headers.get("Authorization"));
                out.write('\n');
            }
        }
    }

    private static WrkRunner.Result check(WrkRunner.Result result, String mode) {
        if (result.non2xx() > 0 || result.requests() <= 0) {
            throw new IllegalStateException("The " + mode + " wrk run answered " + result.non2xx() + " of "
                    + result.requests() + " requests with a status other than 2xx/3xx (pre-signed requests run out "
                    + "when the server is faster than the pool was sized for)");
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

    /** Rounds of a baseline and a signed rate; the ratio reported is the median of the rounds' ratios. */
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

        void row(ResultTable table, String measurement, Target target) {
            double ratio = Stats.median(ratios);
            table.add(new ResultTable.Row(String.format(Locale.ROOT, "%s (cost %.1f %%)", measurement,
                    100 * (1 - ratio)), ResultTable.format("%,.0f", Stats.median(signed)),
                    ResultTable.format("%,.0f", Stats.median(baseline)), ResultTable.format("%.2f", ratio),
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
            return text.append(" (the ratio is the median of the rounds' ratios)").toString();
        }
    }
}
