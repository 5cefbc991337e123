package org.slumber.core.settings;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The settings of one process: an immutable map from {@link Setting} to value, read from, in
 * rising priority, the defaults, {@code slumber.properties} on the class path, environment
 * variables ({@code SLUMBER_PORT}), system properties ({@code -Dslumber.port=8001}) and values
 * set in code with {@link #with}. Unknown {@code slumber.*} keys and {@code SLUMBER_*}
 * variables, and malformed values, fail at once with a {@link SettingsException} that names
 * the setting, where it came from and what was expected.
 */
public final class Settings {

    private static final String PROPERTIES_FILE = "slumber.properties";

    private final Map<Setting<?>, Object> values;
    private final Map<Setting<?>, String> sources;

    private Settings(Map<Setting<?>, Object> values, Map<Setting<?>, String> sources) {
        this.values = values;
        this.sources = sources;
    }

    /** Only the defaults. */
    public static Settings defaults() {
        return new Settings(Map.of(), Map.of());
    }

    /** The defaults, then {@code slumber.properties}, the environment and system properties. */
    public static Settings load() {
        return load(System.getenv(), System.getProperties(), Thread.currentThread().getContextClassLoader());
    }

    /** As {@link #load()}, from explicit sources (for tests and embedding). */
    public static Settings load(Map<String, String> environment, Properties systemProperties, ClassLoader loader) {
        Map<Setting<?>, Object> values = new HashMap<>();
        Map<Setting<?>, String> sources = new HashMap<>();
        Properties file = readPropertiesFile(loader);
        for (String name : file.stringPropertyNames()) {
            if (name.startsWith("slumber.")) {
                put(values, sources, known(name, PROPERTIES_FILE), file.getProperty(name), PROPERTIES_FILE);
            }
        }
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            String name = variable.getKey();
            if (name.startsWith("SLUMBER_")) {
                Setting<?> setting = Setting.byEnvironmentVariable(name);
                if (setting == null) {
                    throw new SettingsException("Unknown environment variable " + name + "; Slumber knows "
                            + knownVariables() + ". Remove or rename it.");
                }
                put(values, sources, setting, variable.getValue(), "environment variable " + name);
            }
        }
        for (String name : systemProperties.stringPropertyNames()) {
            if (name.startsWith("slumber.")) {
                put(values, sources, known(name, "system property"), systemProperties.getProperty(name),
                        "system property " + name);
            }
        }
        return new Settings(Map.copyOf(values), Map.copyOf(sources));
    }

    /**
     * These settings with one value set in code (the highest priority). The value is checked
     * like a value from any other source.
     *
     * @throws SettingsException when the value is not one the setting accepts
     */
    public <T> Settings with(Setting<T> setting, T value) {
        if (value != null) {
            setting.check(value);
        }
        Map<Setting<?>, Object> newValues = new HashMap<>(values);
        Map<Setting<?>, String> newSources = new HashMap<>(sources);
        if (value == null) {
            newValues.remove(setting);
        } else {
            newValues.put(setting, value);
        }
        newSources.put(setting, "code");
        return new Settings(Map.copyOf(newValues), Map.copyOf(newSources));
    }

    /** These settings with one value, given as text, set in code. */
    public Settings with(String key, String value) {
        Setting<?> setting = known(key, "code");
        return withParsed(setting, value);
    }

    private <T> Settings withParsed(Setting<T> setting, String raw) {
        return with(setting, raw == null ? null : setting.parse(raw, "code"));
    }

    /** The value of a setting: what was set, else its default (which may be null). */
    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        Object value = values.get(setting);
        return value == null ? setting.defaultValue() : (T) value;
    }

    /** Whether something other than the default gives this setting. */
    public boolean isSet(Setting<?> setting) {
        return values.containsKey(setting);
    }

    /** Where the value came from, for messages: "environment variable SLUMBER_PORT", "default", ... */
    public String sourceOf(Setting<?> setting) {
        return sources.getOrDefault(setting, "default");
    }

    @Override
    public String toString() {
        Map<String, String> shown = new LinkedHashMap<>();
        for (Setting<?> setting : Setting.all()) {
            if (values.containsKey(setting)) {
                shown.put(setting.key(), setting.isSecret() ? "***" : String.valueOf(values.get(setting)));
            }
        }
        return "Settings" + shown;
    }

    private static <T> void put(Map<Setting<?>, Object> values, Map<Setting<?>, String> sources, Setting<T> setting,
                                String raw, String source) {
        if (raw == null || raw.isBlank()) {
            values.remove(setting);
        } else {
            values.put(setting, setting.parse(raw, source));
        }
        sources.put(setting, source);
    }

    private static Setting<?> known(String key, String source) {
        Setting<?> setting = Setting.byKey(key);
        if (setting == null) {
            StringBuilder keys = new StringBuilder();
            for (Setting<?> each : Setting.all()) {
                keys.append(keys.length() == 0 ? "" : ", ").append(each.key());
            }
            throw new SettingsException("Unknown setting " + key + " (from " + source + "); Slumber knows " + keys
                    + ".");
        }
        return setting;
    }

    private static String knownVariables() {
        StringBuilder names = new StringBuilder();
        for (Setting<?> each : Setting.all()) {
            names.append(names.length() == 0 ? "" : ", ").append(each.environmentVariable());
        }
        return names.toString();
    }

    private static Properties readPropertiesFile(ClassLoader loader) {
        Properties properties = new Properties();
        ClassLoader effective = loader != null ? loader : Settings.class.getClassLoader();
        try (InputStream in = effective.getResourceAsStream(PROPERTIES_FILE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new SettingsException("Cannot read " + PROPERTIES_FILE + " from the class path: " + e.getMessage());
        }
        return properties;
    }
}
