package org.slumber.examples.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoublePredicate;

/**
 * One benchmark's printed result: a title, the context (machine, settings, authentication), and
 * a table whose rows are measurements and whose columns are the measured value, what it is
 * compared with, their ratio, the target and whether it was met. Printed as a Markdown table,
 * readable in a terminal and ready to paste into the documentation.
 */
public final class ResultTable {

    /** Whether a row met its target; INFO rows have none. */
    public enum Verdict { PASS, MISS, INFO }

    /** One measurement. All cells are text, formatted by the benchmark. */
    public record Row(String measurement, String value, String baseline, String ratio, String target,
                      Verdict verdict) {
    }

    /** A target on a number (a ratio, or an absolute value): its text and its check. */
    public record Target(String text, DoublePredicate check) {

        /** At least {@code bound}. */
        public static Target atLeast(double bound, String text) {
            return new Target(text, value -> value >= bound);
        }

        /** At most {@code bound}. */
        public static Target atMost(double bound, String text) {
            return new Target(text, value -> value <= bound);
        }

        /** No target: the row is information. */
        public static Target none() {
            return new Target("(info)", null);
        }

        Verdict judge(double value) {
            if (check == null) {
                return Verdict.INFO;
            }
            return !Double.isNaN(value) && check.test(value) ? Verdict.PASS : Verdict.MISS;
        }
    }

    private final String title;
    private final String valueHeader;
    private final String baselineHeader;
    private final List<String> context = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * @param title          what was measured
     * @param valueHeader    the header of the measured column (e.g. "Slumber")
     * @param baselineHeader the header of the compared column (e.g. "raw")
     */
    public ResultTable(String title, String valueHeader, String baselineHeader) {
        this.title = title;
        this.valueHeader = valueHeader;
        this.baselineHeader = baselineHeader;
    }

    public String title() {
        return title;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public List<String> context() {
        return List.copyOf(context);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** Adds a line of context, printed above the table. */
    public ResultTable context(String line) {
        context.add(line);
        return this;
    }

    /** Adds a note, printed below the table. */
    public ResultTable note(String line) {
        notes.add(line);
        return this;
    }

    /** Adds a row as given. */
    public ResultTable add(Row row) {
        rows.add(row);
        return this;
    }

    /**
     * Adds a row whose ratio is {@code value / baseline}, judged against {@code target} (a target
     * on the ratio).
     */
    public ResultTable ratioRow(String measurement, double value, double baseline, String unitFormat,
                                Target target) {
        double ratio = value / baseline;
        return add(new Row(measurement, format(unitFormat, value), format(unitFormat, baseline),
                format("%.2f", ratio), target.text(), target.judge(ratio)));
    }

    /**
     * Adds a row whose target is on the value itself; the ratio {@code value / baseline} is shown
     * for information.
     */
    public ResultTable valueRow(String measurement, double value, double baseline, String unitFormat,
                                Target target) {
        return add(new Row(measurement, format(unitFormat, value), format(unitFormat, baseline),
                format("%.2f", value / baseline), target.text(), target.judge(value)));
    }

    /** Formats a number in the root locale ({@code %,.0f} and the like). */
    public static String format(String pattern, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, pattern, value);
    }

    /** Prints the title, context, table and notes. */
    public void print(PrintStream out) {
        out.println();
        out.println("## " + title);
        out.println();
        for (String line : context) {
            out.println(line);
        }
        if (!context.isEmpty()) {
            out.println();
        }
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"measurement", valueHeader, baselineHeader, "ratio", "target", "result"});
        for (Row row : rows) {
            cells.add(new String[] {row.measurement(), row.value(), row.baseline(), row.ratio(), row.target(),
                    row.verdict() == Verdict.INFO ? "-" : row.verdict().name()});
        }
        int[] widths = new int[6];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (int r = 0; r < cells.size(); r++) {
            StringBuilder text = new StringBuilder("|");
            for (int i = 0; i < widths.length; i++) {
                String cell = cells.get(r)[i];
                boolean numeric = i >= 1 && i <= 3;
                text.append(' ').append(numeric ? pad(cell, widths[i], true) : pad(cell, widths[i], false)).append(" |");
            }
            out.println(text);
            if (r == 0) {
                StringBuilder rule = new StringBuilder("|");
                for (int i = 0; i < widths.length; i++) {
                    rule.append(' ').append("-".repeat(Math.max(3, widths[i] - 1)))
                            .append(i >= 1 && i <= 3 ? ":" : "-").append(" |");
                }
                out.println(rule);
            }
        }
        if (!notes.isEmpty()) {
            out.println();
            for (String note : notes) {
                out.println("- " + note);
            }
        }
        out.flush();
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - text.length()));
        return right ? spaces + text : text + spaces;
    }
}
