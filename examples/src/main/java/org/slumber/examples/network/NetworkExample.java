package org.slumber.examples.network;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.slumber.core.Slumber;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;
import org.slumber.examples.pizza.ExampleAccounts;
import org.slumber.examples.pizza.NestedApps;
import org.slumber.examples.pizza.PizzaApp;

/**
 * The network deployment of the pizza example (spec/examples.md): three services on one
 * machine. {@code auth} holds the users; {@code takeaway} holds the directory map of all three
 * and the {@code Order} model; {@code pizzas} holds the pizza models and finds the others
 * through the URL of takeaway's directory. Both use the remote authentication backend.
 */
public final class NetworkExample {

    /** The three services, in the order they must start. */
    public enum Role {
        AUTH, TAKEAWAY, PIZZAS;

        /** The service name. */
        public String service() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The ports of the three services. */
    public record Ports(int takeaway, int pizzas, int auth) {

        /** 8000, 8001 and 8002, or those from a base port. */
        public static Ports from(int base) {
            return new Ports(base, base + 1, base + 2);
        }

        int of(Role role) {
            return switch (role) {
                case TAKEAWAY -> takeaway;
                case PIZZAS -> pizzas;
                case AUTH -> auth;
            };
        }

        /** The directory map takeaway and auth hold. */
        public Map<String, String> directory() {
            Map<String, String> map = new LinkedHashMap<>();
            map.put("takeaway", "http://localhost:" + takeaway + "/slumber/takeaway/");
            map.put("pizzas", "http://localhost:" + pizzas + "/slumber/pizzas/");
            map.put("auth", "http://localhost:" + auth + "/slumber/auth/");
            return map;
        }

        /** The URL of takeaway's directory, which pizzas uses. */
        public String directoryUrl() {
            return "http://localhost:" + takeaway + "/slumber/";
        }
    }

    private NetworkExample() {
    }

    /**
     * The settings of one service: its name, port, directory and auth backend, the shared
     * signing key {@code service} with {@code secret}, and a database.
     *
     * @param database where this role's database lives: a directory (on-disk Derby) or null for
     *                 an in-memory one
     */
    public static Settings settings(Settings base, Role role, Ports ports, String secret, Path database) {
        Settings settings = base.with(Setting.SERVICE, role.service())
                .with(Setting.PORT, ports.of(role))
                .with(Setting.KEY, ExampleAccounts.SERVICE_USER)
                .with(Setting.SECRET, secret)
                .with(Setting.DATABASE_URL, database == null
                        ? "jdbc:derby:memory:network-" + role.service() + "-" + System.nanoTime() + ";create=true"
                        : "jdbc:derby:" + database.resolve(role.service() + "-db").toAbsolutePath() + ";create=true");
        // START SNIPPET: network-settings
        if (role == Role.PIZZAS) {
            settings = settings.with(Setting.DIRECTORY, ports.directoryUrl());
        } else {
            StringBuilder map = new StringBuilder();
            ports.directory().forEach((name, url) -> map.append(map.length() == 0 ? "" : ",").append(name)
                    .append('=').append(url));
            settings = settings.with(Setting.DIRECTORY, map.toString());
        }
        return role == Role.AUTH ? settings : settings.with(Setting.AUTH_BACKEND, "remote");
        // END SNIPPET: network-settings
    }

    /** Starts one service of the network with these settings. */
    // START SNIPPET: network-roles
    public static Slumber start(Role role, Settings settings) {
        Slumber.Builder builder = Slumber.builder().settings(settings).discoverApps(false);
        switch (role) {
            case AUTH -> builder.onNewDatabase(ExampleAccounts::create)
                    .permissionsOf(new PizzaApp(PizzaApp.Part.ALL));
            case TAKEAWAY -> builder.app(new PizzaApp(PizzaApp.Part.TAKEAWAY));
            case PIZZAS -> builder.app(new PizzaApp(PizzaApp.Part.PIZZAS))
                    .app(new NestedApps.Nested1()).app(new NestedApps.Nested2())
                    .app(new NestedApps.NoModels()).app(new NestedApps.ExShop());
            default -> throw new IllegalArgumentException(role.toString());
        }
        return builder.start();
    }
    // END SNIPPET: network-roles

    /** Starts the whole network in this JVM (for tests), auth first, with settings changed by {@code customize}. */
    public static List<Slumber> startAll(Ports ports, String secret, UnaryOperator<Settings> customize) {
        List<Slumber> started = new java.util.ArrayList<>();
        try {
            for (Role role : Role.values()) {
                started.add(start(role, customize.apply(settings(Settings.defaults(), role, ports, secret, null))));
            }
            return started;
        } catch (RuntimeException e) {
            started.forEach(Slumber::close);
            throw e;
        }
    }
}
