package org.slumber.core.settings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One named setting: its key ({@code slumber.database.url}), the environment variable that
 * gives it ({@code SLUMBER_DATABASE_URL}), its type, its default and what it means. The
 * constants here are every setting Slumber knows; {@link Settings} rejects any other
 * {@code slumber.*} key or {@code SLUMBER_*} variable at start-up. The list of settings is a
 * registry filled once, when this class is initialised; it never changes afterwards.
 *
 * @param <T> the type of the value
 */
public final class Setting<T> {

    private static final Map<String, Setting<?>> BY_KEY = new LinkedHashMap<>();

    // --- service and directory
    /** The service name; none means plain mode. */
    public static final Setting<String> SERVICE = text("slumber.service", null,
            "The service name of this process (e.g. pizzas); unset for plain mode.");
    /** The directory: an absolute URL of a directory document, or a map. */
    public static final Setting<String> DIRECTORY = text("slumber.directory", null,
            "The service directory: an absolute URL of a directory document, or a map "
                    + "name=url,name=url (a value may be the name of a local app).");
    /** Where Slumber is mounted. */
    public static final Setting<String> MOUNT = define("slumber.mount", "/slumber/", Parsers::mountPoint,
            "an absolute path that starts and ends with '/'", "The URL path Slumber is mounted at.");

    // --- hosting
    /** The address to listen on. */
    public static final Setting<String> HOST = text("slumber.host", "0.0.0.0",
            "The address the server binds (0.0.0.0 for every interface, 127.0.0.1 for loopback only).");
    /** The port to listen on. */
    public static final Setting<Integer> PORT = define("slumber.port", 8000, v -> Parsers.integer(v, 0, 65535),
            "a port number 0-65535 (0: any free port)", "The port the server listens on.");
    /** The most threads serving requests. */
    public static final Setting<Integer> THREADS = define("slumber.threads", 64, v -> Parsers.integer(v, 4, 10_000),
            "an integer 4-10000", "The most threads serving requests at once.");
    /** The largest request body. */
    public static final Setting<Long> MAX_BODY_BYTES = define("slumber.max_body_bytes", 1L << 20,
            v -> Parsers.bytes(v), "a size in bytes, e.g. 1048576, 512k or 4m",
            "The largest request body accepted; larger ones get 413.");
    /** How long idle connections stay open. */
    public static final Setting<Duration> IDLE_TIMEOUT = duration("slumber.idle_timeout", Duration.ofSeconds(30),
            "How long an idle connection is kept open.");
    /** How long a stop waits for requests in flight. */
    public static final Setting<Duration> STOP_TIMEOUT = duration("slumber.stop_timeout", Duration.ofSeconds(10),
            "How long a graceful stop waits for requests in flight.");

    // --- adapters
    /** The storage adapter to use when several are found. */
    public static final Setting<String> STORAGE = text("slumber.storage", null,
            "The name of the storage adapter to use when several are on the class path (e.g. mybatis).");
    /** The hosting adapter to use when several are found. */
    public static final Setting<String> HOSTING = text("slumber.hosting", null,
            "The name of the hosting adapter to use when several are on the class path (e.g. jetty).");
    /** The transport adapter to use when several are found. */
    public static final Setting<String> TRANSPORT = text("slumber.transport", null,
            "The name of the transport adapter to use when several are on the class path (e.g. httpclient).");

    // --- database
    /** The database URL. */
    public static final Setting<String> DATABASE_URL = text("slumber.database.url", null,
            "The database, as a JDBC URL (jdbc:derby:target/db;create=true, jdbc:postgresql://host/db); "
                    + "unset: an in-memory Derby database.");
    /** The database user. */
    public static final Setting<String> DATABASE_USER = text("slumber.database.user", null, "The database user.");
    /** The database password. */
    public static final Setting<String> DATABASE_PASSWORD = secret("slumber.database.password",
            "The database password (never logged).");
    /** The connection pool size. */
    public static final Setting<Integer> DATABASE_POOL_SIZE = define("slumber.database.pool_size", 16,
            v -> Parsers.integer(v, 1, 1000), "an integer 1-1000", "The most database connections held open.");

    // --- authentication
    /** The key this process signs with. */
    public static final Setting<String> KEY = text("slumber.key", null,
            "The key (identity) this process signs requests with; default: the service name.");
    /** The secret this process signs with. */
    public static final Setting<String> SECRET = secret("slumber.secret",
            "The shared secret of this process's key (never logged); unset: requests are not signed and "
                    + "only slumber.keys are accepted.");
    /** Further accepted keys. */
    public static final Setting<Map<String, String>> KEYS = register(new Setting<>("slumber.keys", Map.of(),
            Parsers::keyMap, "a list key:secret,key:secret",
            "Further signing keys this server accepts, each with its secret (never logged).", true));
    /** The allowed clock skew of signed requests. */
    public static final Setting<Duration> CLOCK_SKEW = duration("slumber.clock_skew", Duration.ofSeconds(300),
            "How far a signed request's timestamp may be from the server's clock.");
    /** The delay after a failed signature. */
    public static final Setting<Duration> MISS_SIGN_DELAY = duration("slumber.miss_sign_delay",
            Duration.ofMillis(500), "The delay added to the answer when a signature fails (slows guessing).");
    /** Local development access. */
    public static final Setting<String> DEV_USER = text("slumber.dev_user", null,
            "Local development access: requests from the loopback address without credentials act as this "
                    + "user. Never set it in production.");
    /** HTTP Basic authentication. */
    public static final Setting<Boolean> BASIC_AUTH = define("slumber.basic_auth", false, Parsers::bool,
            "true or false", "Accept HTTP Basic credentials of the auth app's users (for browsers and curl).");
    /** The name of the auth app. */
    public static final Setting<String> AUTH_APP = define("slumber.auth.app", "django.contrib.auth",
            Parsers::appName, "a dotted app name", "The name of the built-in auth app.");
    /** How long authenticated users are remembered. */
    public static final Setting<Duration> AUTH_CACHE_TTL = duration("slumber.auth.cache_ttl", Duration.ofSeconds(2),
            "How long a looked-up user (and a verified Basic credential) is remembered; 0 turns the cache off.");
    /** Where users and permissions come from. */
    public static final Setting<String> AUTH_BACKEND = define("slumber.auth.backend", "local",
            v -> Parsers.oneOf(v, "local", "remote"), "local or remote",
            "Where users and permissions come from: this service's own auth app (local), or the service "
                    + "called auth in the directory (remote).");
    /** PBKDF2 iterations for new password hashes. */
    public static final Setting<Integer> PASSWORD_ITERATIONS = define("slumber.password.iterations", 600_000,
            v -> Parsers.integer(v, 1, 100_000_000), "an integer >= 1",
            "PBKDF2-SHA256 iterations for new password hashes (existing hashes keep theirs).");

    // --- client
    /** The client's connect timeout. */
    public static final Setting<Duration> CLIENT_CONNECT_TIMEOUT = define("slumber.client.connect_timeout",
            Duration.ofSeconds(5), Parsers::positiveDuration, "a positive duration such as 500ms or 5s",
            "How long the client waits for a connection to another service.");
    /** The client's response timeout. */
    public static final Setting<Duration> CLIENT_RESPONSE_TIMEOUT = define("slumber.client.response_timeout",
            Duration.ofSeconds(30), Parsers::positiveDuration, "a positive duration such as 500ms or 30s",
            "How long the client waits for another service's answer.");
    /** The client's connection limit. */
    public static final Setting<Integer> CLIENT_MAX_CONNECTIONS = define("slumber.client.max_connections", 50,
            v -> Parsers.integer(v, 1, 10_000), "an integer 1-10000",
            "The most connections the client holds open to other services in total.");
    /** The client's connection limit per host. */
    public static final Setting<Integer> CLIENT_MAX_CONNECTIONS_PER_ROUTE = define(
            "slumber.client.max_connections_per_route", 20, v -> Parsers.integer(v, 1, 10_000),
            "an integer 1-10000", "The most connections the client holds open to one host and port.");
    /** How often a GET is retried. */
    public static final Setting<Integer> CLIENT_RETRIES = define("slumber.client.retries", 3,
            v -> Parsers.integer(v, 0, 10), "an integer 0-10",
            "How often the client sends a GET again after a connection failure or a 5xx answer.");
    /** How long model metadata is cached. */
    public static final Setting<Duration> CLIENT_METADATA_TTL = duration("slumber.client.metadata_ttl",
            Duration.ofSeconds(2), "How long the client caches a model's metadata.");

    private final String key;
    private final String environmentVariable;
    private final T defaultValue;
    private final Function<String, T> parser;
    private final String expected;
    private final String description;
    private final boolean secret;

    private Setting(String key, T defaultValue, Function<String, T> parser, String expected, String description,
                    boolean secret) {
        this.key = key;
        this.environmentVariable = key.toUpperCase(Locale.ROOT).replace('.', '_');
        this.defaultValue = defaultValue;
        this.parser = parser;
        this.expected = expected;
        this.description = description;
        this.secret = secret;
    }

    private static <T> Setting<T> define(String key, T defaultValue, Function<String, T> parser,
                                                     String expected, String description) {
        return register(new Setting<>(key, defaultValue, parser, expected, description, false));
    }

    private static Setting<String> text(String key, String defaultValue, String description) {
        return define(key, defaultValue, Function.identity(), "text", description);
    }

    private static Setting<String> secret(String key, String description) {
        return register(new Setting<>(key, null, Function.identity(), "text", description, true));
    }

    private static Setting<Duration> duration(String key, Duration defaultValue, String description) {
        return define(key, defaultValue, Parsers::duration, "a duration such as 500ms, 30s, 5m or PT30S",
                description);
    }

    private static synchronized <T> Setting<T> register(Setting<T> setting) {
        if (!setting.key.startsWith("slumber.")) {
            throw new IllegalArgumentException("setting keys start with 'slumber.', got " + setting.key);
        }
        if (BY_KEY.putIfAbsent(setting.key, setting) != null) {
            throw new IllegalArgumentException("setting " + setting.key + " is defined twice");
        }
        return setting;
    }

    /** Every known setting, in definition order. */
    public static synchronized List<Setting<?>> all() {
        return Collections.unmodifiableList(new ArrayList<>(BY_KEY.values()));
    }

    /** The setting of this key, or null. */
    static synchronized Setting<?> byKey(String key) {
        return BY_KEY.get(key);
    }

    /** The setting given by this environment variable, or null. */
    static synchronized Setting<?> byEnvironmentVariable(String name) {
        for (Setting<?> setting : BY_KEY.values()) {
            if (setting.environmentVariable.equals(name)) {
                return setting;
            }
        }
        return null;
    }

    /** The key, e.g. {@code slumber.database.url}. */
    public String key() {
        return key;
    }

    /** The environment variable, e.g. {@code SLUMBER_DATABASE_URL}. */
    public String environmentVariable() {
        return environmentVariable;
    }

    /** The value when nothing sets it; may be null. */
    public T defaultValue() {
        return defaultValue;
    }

    /** What a valid value looks like, for error messages. */
    public String expected() {
        return expected;
    }

    /** What the setting does. */
    public String description() {
        return description;
    }

    /** Whether values must never be logged or shown. */
    public boolean isSecret() {
        return secret;
    }

    /** Checks a value set in code by writing it as text and reading it back as any source would. */
    void check(T value) {
        String text;
        if (value instanceof Duration duration) {
            text = duration.toString();
        } else if (value instanceof Map<?, ?> map) {
            StringBuilder entries = new StringBuilder();
            map.forEach((k, v) -> entries.append(entries.length() == 0 ? "" : ",").append(k).append(':').append(v));
            text = entries.toString();
        } else {
            text = String.valueOf(value);
        }
        if (value instanceof Map<?, ?> map && map.isEmpty()) {
            return;
        }
        parse(text, "code");
    }

    T parse(String raw, String source) {
        try {
            return Objects.requireNonNull(parser.apply(raw.trim()));
        } catch (RuntimeException e) {
            String shown = secret ? "***" : '"' + raw + '"';
            String reason = secret || e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
            throw new SettingsException("Setting " + key + " (from " + source + ") is " + shown + "; expected "
                    + expected + reason);
        }
    }

    @Override
    public String toString() {
        return key;
    }
}
