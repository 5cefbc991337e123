package org.slumber.site;

import java.time.Duration;
import java.util.Map;
import org.slumber.core.settings.Setting;

/**
 * The settings reference table, generated from {@link Setting#all()} so that it always lists
 * exactly the settings Slumber knows, with their real defaults. The settings page includes it
 * with a raw snippet macro; each row's id is the setting's key, so other pages link to
 * {@code settings.html#slumber.clock_skew}.
 */
final class SettingsTable {

    private SettingsTable() {
    }

    /** How many settings there are. */
    static int count() {
        return Setting.all().size();
    }

    /** The table as an HTML fragment. */
    static String html() {
        StringBuilder out = new StringBuilder(16_384);
        out.append("<table class=\"table table-striped settings\">\n<thead>\n<tr>")
                .append("<th>Environment variable</th><th>Key</th><th>Default</th><th>Values</th><th>Meaning</th>")
                .append("</tr>\n</thead>\n<tbody>\n");
        for (Setting<?> setting : Setting.all()) {
            out.append("<tr id=\"").append(escape(setting.key())).append("\">")
                    .append("<td><code>").append(escape(setting.environmentVariable())).append("</code></td>")
                    .append("<td><code>").append(escape(setting.key())).append("</code></td>")
                    .append("<td>").append(escape(defaultText(setting))).append("</td>")
                    .append("<td>").append(escape(setting.expected()))
                    .append(setting.isSecret() ? "; secret: never logged or shown" : "").append("</td>")
                    .append("<td>").append(escape(setting.description())).append("</td>")
                    .append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    /** A default as the settings accept it: {@code 30s}, {@code 500ms}, {@code (unset)}. */
    static String defaultText(Setting<?> setting) {
        Object value = setting.defaultValue();
        if (value == null) {
            return "(unset)";
        }
        if (value instanceof Map<?, ?> map && map.isEmpty()) {
            return "(none)";
        }
        if (value instanceof Duration duration) {
            long millis = duration.toMillis();
            return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
        }
        return value.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
