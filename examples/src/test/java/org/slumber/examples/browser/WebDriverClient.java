package org.slumber.examples.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A minimal W3C WebDriver client for a headless Chromium driven by chromedriver, spoken directly
 * over HTTP with the JDK's HttpClient and Jackson (no Selenium): it starts
 * {@code chromedriver --port=<free port>} as a child process, opens one session with a fresh
 * profile, and offers navigate, find (CSS selector or XPath, polled for a bounded time), click,
 * text, attribute, back, screenshot, script, CDP commands and close. Every failed command says
 * what was sent, the HTTP status and WebDriver's error and message.
 *
 * <p>When chromium or chromedriver is missing or cannot start, {@link #start} fails with an
 * {@link AssertionError} that says to install the Debian packages {@code chromium} and
 * {@code chromium-driver}.
 */
final class WebDriverClient implements AutoCloseable {

    static final String INSTALL_HINT = "install the Debian packages chromium and chromium-driver "
            + "(apt-get install chromium chromium-driver)";

    /** The W3C key of an element reference. */
    private static final String ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** How long {@link #find} and the waits poll by default. */
    static final Duration WAIT = Duration.ofSeconds(5);

    private final Process driver;
    private final Thread reaper;
    private final String base;
    private final Path profile;
    private final Path log;
    private String session;

    private WebDriverClient(Process driver, Thread reaper, String base, Path profile, Path log) {
        this.driver = driver;
        this.reaper = reaper;
        this.base = base;
        this.profile = profile;
        this.log = log;
    }

    /** How an element is looked up. */
    record By(String using, String value) {

        static By css(String selector) {
            return new By("css selector", selector);
        }

        static By xpath(String expression) {
            return new By("xpath", expression);
        }

        @Override
        public String toString() {
            return using + " " + value;
        }
    }

    /** A WebDriver error answer, with what was sent. */
    static final class WebDriverException extends RuntimeException {

        private final String error;

        WebDriverException(String message, String error) {
            super(message);
            this.error = error;
        }

        /** WebDriver's error code ({@code no such element}, ...), or null for transport failures. */
        String error() {
            return error;
        }
    }

    /**
     * Starts chromedriver and a headless Chromium session with a fresh profile; the driver's log
     * goes to {@code workDirectory/chromedriver.log}.
     */
    static WebDriverClient start(Path chromium, Path chromedriver, Path workDirectory) {
        for (Path program : List.of(chromium, chromedriver)) {
            if (!Files.isExecutable(program)) {
                throw new AssertionError(program + " is missing or not executable: " + INSTALL_HINT);
            }
        }
        Path profile;
        Path log = workDirectory.resolve("chromedriver.log").toAbsolutePath();
        try {
            Files.createDirectories(workDirectory);
            Files.deleteIfExists(log);
            profile = Files.createTempDirectory("slumber-chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = freePort();
        Process process;
        try {
            process = new ProcessBuilder(chromedriver.toString(), "--port=" + port)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            deleteTree(profile);
            throw new AssertionError("cannot start " + chromedriver + " (" + e.getMessage() + "): " + INSTALL_HINT, e);
        }
        Thread reaper = new Thread(() -> destroy(process), "chromedriver-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
        WebDriverClient client = new WebDriverClient(process, reaper, "http://127.0.0.1:" + port, profile, log);
        try {
            client.awaitReady(Duration.ofSeconds(15));
            client.newSession(chromium);
            client.command("POST", "/timeouts", Map.of("pageLoad", 15_000, "script", 5_000, "implicit", 0));
            return client;
        } catch (RuntimeException | AssertionError e) {
            client.close();
            throw new AssertionError("cannot start headless Chromium through " + chromedriver + " and " + chromium
                    + " (" + e.getMessage() + "); chromedriver log " + log + ":\n" + client.logTail() + "\n"
                    + INSTALL_HINT + "; chromedriver's --verbose log says more", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!driver.isAlive()) {
                throw new AssertionError("chromedriver exited with status " + driver.exitValue());
            }
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/status"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
                JsonNode value = JSON.readTree(response.body()).path("value");
                if (value.path("ready").asBoolean(false)) {
                    return;
                }
                last = response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(100);
        }
        throw new AssertionError("chromedriver did not become ready within " + timeout + ": " + last);
    }

    private void newSession(Path chromium) {
        List<String> args = List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--user-data-dir=" + profile, "--window-size=1200,900");
        Map<String, Object> options = Map.of("binary", chromium.toString(), "args", args);
        Map<String, Object> capabilities = Map.of("capabilities",
                Map.of("alwaysMatch", Map.of("browserName", "chrome", "goog:chromeOptions", options)));
        JsonNode value = send("POST", "/session", capabilities, Duration.ofSeconds(60));
        session = value.path("sessionId").asText(null);
        if (session == null) {
            throw new AssertionError("no sessionId in the answer to POST /session: " + value);
        }
    }

    // ---- commands ----

    /** Opens a URL and waits for it to load. */
    void navigate(String url) {
        command("POST", "/url", Map.of("url", url));
    }

    String currentUrl() {
        return command("GET", "/url", null).asText();
    }

    String title() {
        return command("GET", "/title", null).asText();
    }

    /** Goes back in history. */
    void back() {
        command("POST", "/back", Map.of());
    }

    /** Runs a script in the page and gives its result as JSON. */
    JsonNode execute(String script, Object... args) {
        return command("POST", "/execute/sync", Map.of("script", script, "args", List.of(args)));
    }

    /** Runs a Chrome DevTools Protocol command through chromedriver's passthrough. */
    JsonNode cdp(String cmd, Map<String, ?> params) {
        return command("POST", "/goog/cdp/execute", Map.of("cmd", cmd, "params", params));
    }

    /** Resizes the browser window (the viewport follows). */
    void windowSize(int width, int height) {
        command("POST", "/window/rect", Map.of("width", width, "height", height));
    }

    /** A PNG of the viewport. */
    byte[] screenshot() {
        return Base64.getDecoder().decode(command("GET", "/screenshot", null).asText());
    }

    /** The first element matching, polled for up to {@link #WAIT}. */
    Element find(By by) {
        return find(null, by, WAIT);
    }

    /** All elements matching now (possibly none). */
    List<Element> findAll(By by) {
        return findAll(null, by);
    }

    /** Polls until a condition holds, up to {@code timeout}; fails saying what was awaited. */
    void waitUntil(String what, Duration timeout, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (true) {
            try {
                if (Boolean.TRUE.equals(condition.get())) {
                    return;
                }
            } catch (WebDriverException e) {
                last = e;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout.toMillis() + " ms for " + what + "; the page is "
                        + safeUrl() + (last == null ? "" : "; last error: " + last.getMessage()));
            }
            sleep(50);
        }
    }

    /** Waits until the page's URL is {@code url} and the document has loaded. */
    void waitForUrl(String url) {
        waitUntil("the URL " + url, WAIT, () -> url.equals(currentUrl())
                && "complete".equals(execute("return document.readyState").asText()));
    }

    private String safeUrl() {
        try {
            return currentUrl();
        } catch (RuntimeException e) {
            return "(unknown: " + e.getMessage() + ")";
        }
    }

    private Element find(String parent, By by, Duration timeout) {
        String path = parent == null ? "/element" : "/element/" + parent + "/element";
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return new Element(elementId(command("POST", path, Map.of("using", by.using(), "value", by.value()))),
                        by);
            } catch (WebDriverException e) {
                if (!"no such element".equals(e.error()) || System.nanoTime() > deadline) {
                    throw new AssertionError("no element " + by + " within " + timeout.toMillis() + " ms on "
                            + safeUrl() + ": " + e.getMessage(), e);
                }
            }
            sleep(50);
        }
    }

    private List<Element> findAll(String parent, By by) {
        String path = parent == null ? "/elements" : "/element/" + parent + "/elements";
        JsonNode found = command("POST", path, Map.of("using", by.using(), "value", by.value()));
        List<Element> elements = new ArrayList<>();
        for (JsonNode reference : found) {
            elements.add(new Element(elementId(reference), by));
        }
        return elements;
    }

    private static String elementId(JsonNode reference) {
        String id = reference.path(ELEMENT_KEY).asText(null);
        if (id == null) {
            throw new IllegalStateException("not an element reference: " + reference);
        }
        return id;
    }

    /** An element of the current page. */
    final class Element {

        private final String id;
        private final By by;

        private Element(String id, By by) {
            this.id = id;
            this.by = by;
        }

        /** The first descendant matching, polled for up to {@link #WAIT}. */
        Element find(By child) {
            return WebDriverClient.this.find(id, child, WAIT);
        }

        List<Element> findAll(By child) {
            return WebDriverClient.this.findAll(id, child);
        }

        /** The rendered text, as a person sees it. */
        String text() {
            return command("GET", "/element/" + id + "/text", null).asText();
        }

        /** An attribute as written in the markup, or null. */
        String attribute(String name) {
            JsonNode value = command("GET", "/element/" + id + "/attribute/" + name, null);
            return value.isNull() ? null : value.asText();
        }

        /** A DOM property ({@code href} gives the absolute URL), or null. */
        String property(String name) {
            JsonNode value = command("GET", "/element/" + id + "/property/" + name, null);
            return value.isNull() ? null : value.asText();
        }

        /** A computed CSS value. */
        String css(String property) {
            return command("GET", "/element/" + id + "/css/" + property, null).asText();
        }

        void click() {
            command("POST", "/element/" + id + "/click", Map.of());
        }

        @Override
        public String toString() {
            return "element " + by;
        }
    }

    // ---- transport ----

    /** A command of the session; {@code path} is relative to {@code /session/<id>}. */
    private JsonNode command(String method, String path, Object body) {
        if (session == null) {
            throw new IllegalStateException("no WebDriver session");
        }
        return send(method, "/session/" + session + path, body, Duration.ofSeconds(30));
    }

    private JsonNode send(String method, String path, Object body, Duration timeout) {
        String what = method + " " + path;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode answer;
            try {
                answer = JSON.readTree(response.body());
            } catch (IOException e) {
                throw new WebDriverException("WebDriver " + what + " -> HTTP " + response.statusCode()
                        + " with a body that is not JSON: " + response.body(), null);
            }
            JsonNode value = answer == null ? null : answer.get("value");
            if (response.statusCode() != 200 || value == null
                    || value instanceof ObjectNode object && object.has("error")) {
                String error = value == null ? null : value.path("error").asText(null);
                String message = value == null ? response.body() : value.path("message").asText("");
                throw new WebDriverException("WebDriver " + what + " -> HTTP " + response.statusCode() + " "
                        + error + ": " + message, error);
            }
            return value;
        } catch (IOException e) {
            throw new WebDriverException("WebDriver " + what + " failed: " + e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The last lines of chromedriver's log. */
    String logTail() {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read the log: " + e + ")";
        }
    }

    /** Ends the session (closing Chromium), stops chromedriver and deletes the profile. */
    @Override
    public void close() {
        try {
            if (session != null && driver.isAlive()) {
                send("DELETE", "/session/" + session, null, Duration.ofSeconds(15));
            }
        } catch (RuntimeException e) {
            // the driver goes anyway
        } finally {
            session = null;
            destroy(driver);
            try {
                Runtime.getRuntime().removeShutdownHook(reaper);
            } catch (IllegalStateException e) {
                // shutting down already
            }
            deleteTree(profile);
        }
    }

    /** Stops chromedriver and whatever it started that is still running (by process handle). */
    private static void destroy(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle child : descendants) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
    }

    private static void deleteTree(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // Chromium may still be writing; a leftover temp directory is harmless
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // as above
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
