package org.slumber.core.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a mock model lives: {@code service/app path/Model}, the app path being the dotted app
 * name with '/' ({@code pizzas/django/contrib/auth/User} is the model User of the app
 * django.contrib.auth on the service pizzas).
 */
record ModelPath(String service, String app, String model) {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_\\-]+");
    private static final String SHAPE = "a model path is service/app/Model, the parts of a dotted app name "
            + "separated by '/' too, such as \"pizzas/slumber_examples/Pizza\" or \"pizzas/django/contrib/auth/User\"";

    /**
     * Parses a model path.
     *
     * @param what what the path is, for messages ("the model path of key(...)")
     * @throws IllegalArgumentException saying what to fix
     */
    static ModelPath parse(String path, String what) {
        Objects.requireNonNull(path, what);
        String trimmed = path.trim();
        if (trimmed.contains(".")) {
            throw new IllegalArgumentException(capitalized(what) + " \"" + path + "\" has a '.'; " + SHAPE
                    + ". Write \"" + trimmed.replace('.', '/') + "\"");
        }
        if (trimmed.startsWith("/") || trimmed.endsWith("/") || trimmed.contains("//")) {
            throw new IllegalArgumentException(capitalized(what) + " \"" + path + "\" has an empty part (a leading, "
                    + "trailing or doubled '/'); " + SHAPE);
        }
        List<String> parts = Arrays.asList(trimmed.split("/"));
        if (parts.size() < 3) {
            throw new IllegalArgumentException(capitalized(what) + " \"" + path + "\" has " + parts.size()
                    + (parts.size() == 1 ? " part" : " parts") + " but needs at least three; " + SHAPE);
        }
        for (String part : parts) {
            if (!PART.matcher(part).matches()) {
                throw new IllegalArgumentException(capitalized(what) + " \"" + path + "\" has the part \"" + part
                        + "\"; parts hold only letters, digits, '_' and '-'");
            }
        }
        return new ModelPath(parts.get(0), String.join(".", parts.subList(1, parts.size() - 1)),
                parts.get(parts.size() - 1));
    }

    /** The app's URL path segments ({@code django/contrib/auth}). */
    String appPath() {
        return app.replace('.', '/');
    }

    @Override
    public String toString() {
        return service + "/" + appPath() + "/" + model;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
