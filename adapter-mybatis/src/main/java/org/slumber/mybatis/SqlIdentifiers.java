package org.slumber.mybatis;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Identifiers in SQL text. Table and column names come only from model descriptors, which
 * allow nothing but ASCII letters, digits and underscores; they are always double-quoted, so
 * their case is kept and reserved words ({@code user}, {@code order}, {@code date}) are safe.
 *
 * <p>Constraint and index names are derived from table and column names, so the same schema
 * always gives the same names; that is how a failed constraint's name is mapped back to the
 * fields it covers.
 */
final class SqlIdentifiers {

    private SqlIdentifiers() {
    }

    /** The identifier in double quotes. */
    static String quote(String identifier) {
        if (identifier.indexOf('"') >= 0) {
            throw new IllegalArgumentException("an SQL identifier may not hold a double quote: " + identifier);
        }
        return '"' + identifier + '"';
    }

    /** {@code alias."column"}. */
    static String qualified(String alias, String column) {
        return alias + '.' + quote(column);
    }

    /**
     * The name of a constraint or index: {@code <prefix>_<table>[_<column>...]}, shortened to at
     * most {@code maxLength} characters by replacing its end with a hash of the whole name.
     */
    static String objectName(String prefix, String table, List<String> columns, int maxLength) {
        StringBuilder name = new StringBuilder(prefix).append('_').append(table);
        for (String column : columns) {
            name.append('_').append(column);
        }
        if (name.length() <= maxLength) {
            return name.toString();
        }
        CRC32 crc = new CRC32();
        crc.update(name.toString().getBytes(StandardCharsets.UTF_8));
        String hash = String.format("%08x", crc.getValue());
        return name.substring(0, maxLength - hash.length() - 1) + '_' + hash;
    }
}
