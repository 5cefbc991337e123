package org.slumber.mybatis;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slumber.mybatis.SchemaPlan.UniqueConstraint;
import org.slumber.spi.storage.StorageException;

/**
 * Turns failures of MyBatis and the driver into {@link StorageException}s whose message says
 * which model or link, which operation and which statement, in the manner of MyBatis's own
 * messages:
 *
 * <pre>
 * tck.Shop: insert failed: unique constraint uq_tck_shop_slug on (slug) is violated [SQLState 23505]
 * ### Statement: model.tck_shop.insertGenerated
 * ### SQL: INSERT INTO "tck_shop" ("slug", "name") VALUES (?, ?)
 * </pre>
 *
 * <p>The message never holds a value of a row: for integrity and data errors (SQLState classes
 * 23 and 22), whose driver messages may quote values, it says what went wrong in its own words;
 * for other errors it quotes the first line of the driver's message. The driver's exception
 * stays attached as the cause.
 */
final class StorageFailures {

    /**
     * A constraint name as Derby ({@code identified by 'x'}, {@code constraint 'x'}) and
     * PostgreSQL ({@code constraint "x"}) quote it in their messages.
     */
    private static final Pattern CONSTRAINT_NAME =
            Pattern.compile("(?:constraint|identified by) ['\"]([A-Za-z0-9_]+)['\"]");

    private StorageFailures() {
    }

    /**
     * @param failure   what MyBatis or the driver threw
     * @param subject   the qualified name of the model or link operated on
     * @param operation the storage operation, such as {@code insert}
     * @param statement the id of the statement that failed, or null
     * @param sql       its SQL text with {@code ?} for parameters, or null when unknown
     * @param uniques   the unique constraints the statement can break, for naming their fields
     */
    static StorageException translate(RuntimeException failure, String subject, String operation, String statement,
                                      String sql, List<UniqueConstraint> uniques) {
        SQLException sqlFailure = sqlExceptionIn(failure);
        String where = (statement == null ? "" : "\n### Statement: " + statement)
                + (sql == null ? "" : "\n### SQL: " + sql);
        String prefix = subject + ": " + operation + " failed: ";
        if (sqlFailure == null) {
            return new StorageException(prefix + firstLine(rootCause(failure).getMessage()) + where, failure);
        }
        String state = sqlFailure.getSQLState() == null ? "" : sqlFailure.getSQLState();
        String suffix = " [SQLState " + state + "]" + where;
        String constraint = constraintName(sqlFailure.getMessage());
        if (state.equals("23505")) {
            List<String> fields = fieldsOf(constraint, uniques);
            String reason = constraint == null ? "a unique constraint is violated"
                    : "unique constraint " + constraint + (fields.isEmpty() ? "" : " on " + fields) + " is violated";
            return new StorageException.UniqueViolation(subject, fields, prefix + reason + suffix, failure);
        }
        if (state.equals("23503")) {
            String reason = (constraint == null ? "a foreign key" : "foreign key " + constraint)
                    + " is violated: a reference would point at no row";
            return new StorageException.ReferenceViolation(subject, prefix + reason + suffix, failure);
        }
        if (state.startsWith("40")) {
            return new StorageException.Transient(prefix + "the unit of work was rolled back by the database "
                    + "(deadlock, lock timeout or a concurrent change); running it again may succeed" + suffix, failure);
        }
        String reason;
        if (state.equals("23502")) {
            reason = "a column that takes no null was given null";
        } else if (state.startsWith("23")) {
            reason = "an integrity constraint is violated";
        } else if (state.startsWith("22")) {
            return new StorageException.InvalidValue(subject, prefix + "a value does not fit its column" + suffix,
                    failure);
        } else {
            reason = firstLine(sqlFailure.getMessage());
        }
        return new StorageException(prefix + reason + suffix, failure);
    }

    /** The name of the constraint the driver's message names, or null. */
    static String constraintName(String message) {
        if (message == null) {
            return null;
        }
        Matcher matcher = CONSTRAINT_NAME.matcher(message);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static List<String> fieldsOf(String constraint, List<UniqueConstraint> uniques) {
        if (constraint != null) {
            for (UniqueConstraint unique : uniques) {
                if (unique.name().equalsIgnoreCase(constraint)) {
                    return unique.fields();
                }
            }
        }
        return List.of();
    }

    private static SQLException sqlExceptionIn(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, Boolean.TRUE) == null;
             cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no message";
        }
        String trimmed = message.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end).strip();
    }
}
