package org.slumber.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A one-line description of this machine and JVM, printed with every table. */
final class Machine {

    private Machine() {
    }

    /** {@code machine: <cpu>, N cores, M GiB; <os>; java <version> (<vm>)}. */
    static String describe() {
        return "machine: " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + memory() + "; " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + "; java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.name") + ")";
    }

    private static String cpuModel() {
        for (String line : lines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim().replaceAll("\\s+", " ");
            }
        }
        return "unknown CPU";
    }

    private static String memory() {
        for (String line : lines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                return String.format(Locale.ROOT, "%.1f GiB RAM", kib / 1024.0 / 1024.0);
            }
        }
        return "unknown RAM";
    }

    /** The resident set size of a process in MiB, from {@code /proc/<pid>/status} (NaN when unknown). */
    static double rssMib(long pid) {
        for (String line : lines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
