package org.slumber.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Keeps the benchmark programs working: runs {@code bench --smoke} (all four benchmarks with
 * small data and about a second per measurement, then the summary) through the same entry
 * point as {@code mvn exec:java -Dexec.args="bench --smoke"}, and checks that every table was
 * printed with every row filled. It does not check the targets: those are for the full runs on
 * a quiet machine, not for CI. The server benchmark needs {@code wrk} (the Debian package wrk).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchSmokeTest {

    private List<ResultTable> tables;
    private String printed;

    @BeforeAll
    void runTheBenchmarks() throws Exception {
        try {
            WrkRunner.find();
        } catch (IllegalStateException e) {
            fail("The benchmark smoke test needs wrk: install the Debian package wrk (apt-get install wrk). "
                    + e.getMessage());
        }
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(new Tee(captured, System.out), true, StandardCharsets.UTF_8)) {
            tables = BenchCommands.run("bench", List.of("--smoke"), examplesDirectory(), out);
        }
        printed = captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyBenchmarkPrintsItsTableThenTheSummary() {
        assertThat(tables).extracting(ResultTable::title).satisfiesExactly(
                title -> assertThat(title).startsWith("Server throughput"),
                title -> assertThat(title).startsWith("Paging cost"),
                title -> assertThat(title).startsWith("Client"),
                title -> assertThat(title).startsWith("Start-up and memory"),
                title -> assertThat(title).startsWith("Summary"));
        for (ResultTable table : tables) {
            assertThat(printed).contains("## " + table.title());
        }
        assertThat(printed).contains("| measurement").contains("machine: ")
                .contains("authentication: local development access (SLUMBER_DEV_USER=service)")
                .contains("JSON check: the raw server's answers equal Slumber's");
    }

    @Test
    void serverTableHasEveryRow() {
        assertFilled(tables.get(0), 13);
    }

    @Test
    void pagingTableHasEveryRow() {
        assertFilled(tables.get(1), 5);
    }

    @Test
    void clientTableHasEveryRow() {
        assertFilled(tables.get(2), 2);
    }

    @Test
    void startupTableHasEveryRow() {
        assertFilled(tables.get(3), 3);
    }

    @Test
    void summaryHoldsEveryRow() {
        assertFilled(tables.get(4), 13 + 5 + 2 + 3);
    }

    private static void assertFilled(ResultTable table, int rows) {
        assertThat(table.rows()).as(table.title()).hasSize(rows);
        for (ResultTable.Row row : table.rows()) {
            assertThat(List.of(row.measurement(), row.value(), row.baseline(), row.ratio(), row.target()))
                    .as("row %s of %s", row, table.title())
                    .allSatisfy(cell -> assertThat(cell).isNotBlank().isNotEqualTo("n/a"));
            assertThat(row.verdict()).as("row %s", row).isNotNull();
            if (row.verdict() != ResultTable.Verdict.INFO) {
                assertThat(Double.parseDouble(row.ratio())).as("ratio of %s", row).isPositive();
            }
        }
    }

    /** The examples module's directory (the working directory of its tests). */
    private static Path examplesDirectory() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("examples").resolve("src")) ? here.resolve("examples") : here;
    }

    /** Writes to two streams. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }

        @Override
        public void flush() throws java.io.IOException {
            first.flush();
            second.flush();
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
