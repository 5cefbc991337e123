package org.slumber.examples.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL statements one Derby database executes, read from Derby's own statement log: with
 * the database property {@code derby.language.logStatementText} on, Derby writes every
 * statement it executes to {@code derby.log} (the file the system property
 * {@code derby.stream.error.file} names), with the name of its database. {@link #mark()}
 * remembers where the log ends; {@link #statementsSinceMark()} returns the statements of this
 * database logged after it. This counts at the database, below the storage adapter, so
 * statements an adapter issues behind one storage call are counted too.
 */
final class DerbyStatementLog {

    private static final String EXECUTING = "Executing prepared statement: ";
    private static final String COMPILING = "Begin compiling prepared statement: ";
    private static final String END = " :End prepared statement";

    private final Path log;
    private final String database;
    private long mark;

    /**
     * Creates a database (its JDBC URL, without attributes) and turns statement logging on for
     * it; connections opened afterwards log their statements.
     *
     * @throws IllegalStateException when {@code derby.stream.error.file} is not set
     */
    DerbyStatementLog(String url) throws SQLException {
        String file = System.getProperty("derby.stream.error.file");
        if (file == null) {
            throw new IllegalStateException("set the system property derby.stream.error.file (the surefire "
                    + "configuration of examples/pom.xml does) to count Derby's statements");
        }
        this.log = Path.of(file);
        this.database = url.substring("jdbc:derby:".length());
        try (Connection connection = DriverManager.getConnection(url + ";create=true");
             Statement statement = connection.createStatement()) {
            statement.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.language.logStatementText', 'true')");
        }
    }

    /** Remembers the end of the log. */
    void mark() throws IOException {
        mark = Files.exists(log) ? Files.size(log) : 0;
    }

    /**
     * The statements of this database executed since {@link #mark()}, in order. When Derby finds
     * a cached plan out of date it logs the execution, recompiles and logs it again; such a
     * repeat (an execution followed, in the same session, by the compilation of the same
     * statement) is counted once.
     */
    List<String> statementsSinceMark() throws IOException {
        String text;
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            byte[] bytes = new byte[(int) (file.length() - mark)];
            file.seek(mark);
            file.readFully(bytes);
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        List<String> statements = new ArrayList<>();
        java.util.Map<String, String> lastBySession = new java.util.HashMap<>();
        String tag = "(DATABASE = " + database + ")";
        for (String line : text.split("\n")) {
            int at = line.indexOf(tag);
            if (at < 0) {
                continue;
            }
            String session = session(line.substring(0, at));
            int executing = line.indexOf(EXECUTING, at);
            int compiling = line.indexOf(COMPILING, at);
            if (executing >= 0) {
                String sql = statement(line, executing + EXECUTING.length());
                statements.add(sql);
                lastBySession.put(session, sql);
            } else if (compiling >= 0) {
                String sql = statement(line, compiling + COMPILING.length());
                if (sql.equals(lastBySession.remove(session))) {
                    statements.remove(statements.lastIndexOf(sql));
                }
            } else {
                lastBySession.remove(session);
            }
        }
        return statements;
    }

    private static String statement(String line, int from) {
        int end = line.indexOf(END, from);
        return line.substring(from, end < 0 ? line.length() : end).strip();
    }

    private static String session(String head) {
        int at = head.indexOf("(SESSIONID = ");
        return at < 0 ? "" : head.substring(at, head.indexOf(')', at) + 1);
    }
}
