package org.slumber.mybatis;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slumber.spi.storage.StorageException;

/**
 * A JDBC URL this adapter can open, and the dialect it speaks there.
 *
 * @param url       the JDBC URL
 * @param dialect   the database's dialect
 * @param temporary whether this adapter chose the URL itself: a fresh in-memory Derby database
 *                  that nobody else knows and that is dropped on close
 */
record DatabaseUrl(String url, Dialect dialect, boolean temporary) {

    private static final String DERBY = "jdbc:derby:";
    private static final String DERBY_NETWORK = "jdbc:derby://";
    private static final String POSTGRESQL = "jdbc:postgresql:";
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^;&]*");
    private static final Pattern USER_INFO = Pattern.compile("//([^/@:]*):[^/@]*@");

    /** Whether this adapter opens the URL: null, embedded Derby, or PostgreSQL. */
    static boolean accepts(String url) {
        return url == null || isEmbeddedDerby(url) || startsWith(url, POSTGRESQL);
    }

    /**
     * The URL to open: the given one, or for null a new in-memory Derby database.
     *
     * @throws StorageException for a URL of another database
     */
    static DatabaseUrl of(String url) {
        if (url == null) {
            return new DatabaseUrl(DERBY + "memory:slumber-" + UUID.randomUUID() + ";create=true", new DerbyDialect(),
                    true);
        }
        if (isEmbeddedDerby(url)) {
            if (DerbyDialect.databaseName(url).isBlank()) {
                throw new StorageException("adapter-mybatis cannot open " + mask(url) + ": it names no database");
            }
            return new DatabaseUrl(url, new DerbyDialect(), false);
        }
        if (startsWith(url, POSTGRESQL)) {
            return new DatabaseUrl(url, new PostgresDialect(), false);
        }
        throw new StorageException("adapter-mybatis cannot open " + mask(url)
                + ": it opens embedded Derby (jdbc:derby:<database>) and PostgreSQL (jdbc:postgresql:) URLs");
    }

    /** The URL without passwords, for messages and logs. */
    String masked() {
        return mask(url);
    }

    /** The URL with any {@code password=} attribute and {@code user:password@} part hidden. */
    static String mask(String url) {
        if (url == null) {
            return "null";
        }
        String masked = PASSWORD.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(masked).replaceAll("//$1:***@");
    }

    private static boolean isEmbeddedDerby(String url) {
        return startsWith(url, DERBY) && !startsWith(url, DERBY_NETWORK);
    }

    private static boolean startsWith(String url, String prefix) {
        return url.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + masked() + ", " + dialect.name().toLowerCase(Locale.ROOT) + "]";
    }
}
