package org.slumber.spi.storage;

import java.util.Map;
import java.util.Objects;

/**
 * What a storage provider is asked to open.
 *
 * @param url            where the data lives, for JDBC adapters a JDBC URL; {@code null} lets
 *                       the provider choose its default (for adapter-mybatis: an in-memory
 *                       Derby database)
 * @param user           the database user, or {@code null}
 * @param password       the database password, or {@code null}; never logged
 * @param maxConnections the most connections to hold open at once, at least 1
 * @param options        adapter-specific options for adapters composed in code (the core's
 *                       settings pass none); an adapter documents the keys it reads
 */
public record StorageSettings(String url, String user, String password, int maxConnections,
                              Map<String, String> options) {

    public StorageSettings {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, got " + maxConnections);
        }
        options = Map.copyOf(Objects.requireNonNull(options, "options"));
    }

    /** Settings for this URL with no credentials, ten connections and no options. */
    public static StorageSettings of(String url) {
        return new StorageSettings(url, null, null, 10, Map.of());
    }

    /**
     * The URL with the values of password-like parameters ({@code password=}, {@code secret=}, ...)
     * replaced by {@code ***}, for messages and logs.
     */
    public String maskedUrl() {
        return url == null ? null : url.replaceAll("(?i)((?:password|passwd|pwd|secret|token)=)[^;&]*", "$1***");
    }

    @Override
    public String toString() {
        return "StorageSettings[url=" + maskedUrl() + ", user=" + user + ", password=" + (password == null ? "none" : "***")
                + ", maxConnections=" + maxConnections + ", options=" + options.keySet() + "]";
    }
}
