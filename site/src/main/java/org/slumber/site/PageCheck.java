package org.slumber.site;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slumber.core.settings.Setting;

/**
 * Checks the rendered site: every {@code href} and {@code src} that points into the site must
 * name an existing file (and, with a {@code #fragment}, an element with that id or an anchor
 * with that name in it); no page may show a failed or empty snippet; every setting key
 * ({@code slumber.x}) and variable ({@code SLUMBER_X}) a page names must be one Slumber knows;
 * every page must be reachable from {@code index.html}. Links with a scheme ({@code https:},
 * {@code mailto:}) are left alone.
 *
 * <p>The pages are Doxia's output, well-formed enough for a small tag scanner: comments,
 * scripts and style sheets are skipped, attributes are read from start tags and their
 * character references decoded.
 */
final class PageCheck {

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SCRIPT = Pattern.compile("(<(script|style)\\b[^>]*>).*?(</\\2\\s*>)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)(\\s[^>]*)?>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Pattern EMPTY_PRE = Pattern.compile(
            "<pre\\b[^>]*>\\s*(<code\\b[^>]*>)?\\s*(</code>)?\\s*</pre>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SETTING_KEY = Pattern.compile("(?<![\\w.$/-])slumber\\.[a-z][a-z_]*(\\.[a-z][a-z_]*)*");
    private static final Pattern SETTING_VARIABLE = Pattern.compile("\\bSLUMBER_[A-Z][A-Z0-9_]*\\b");
    /** What Doxia's snippet macro renders when it cannot read a snippet. */
    static final String FAILED_SNIPPET = "Error during retrieving content";
    /**
     * Names that look like settings but are not: the settings file, and django-slumber's Django
     * setting for client apps, which the pages compare with ClientConfigurer.
     */
    private static final Set<String> NOT_SETTINGS = Set.of("slumber.properties", "SLUMBER_CLIENT_APPS");

    private final Path site;
    private final Map<Path, Set<String>> anchors = new HashMap<>();
    private int pages;
    private int links;

    PageCheck(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    int pageCount() {
        return pages;
    }

    int linkCount() {
        return links;
    }

    /** Every problem of the site, each naming the page and what is wrong. */
    List<String> check() throws IOException {
        List<Path> htmlFiles;
        try (Stream<Path> files = Files.walk(site)) {
            htmlFiles = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Set<String> keys = new HashSet<>(NOT_SETTINGS);
        Set<String> variables = new HashSet<>(NOT_SETTINGS);
        for (Setting<?> setting : Setting.all()) {
            keys.add(setting.key());
            variables.add(setting.environmentVariable());
        }
        List<String> problems = new ArrayList<>();
        Map<Path, Set<Path>> graph = new HashMap<>();
        for (Path page : htmlFiles) {
            pages++;
            String name = site.relativize(page).toString();
            String html = stripped(Files.readString(page, StandardCharsets.UTF_8));
            if (html.contains(FAILED_SNIPPET)) {
                problems.add(name + ": shows a snippet Doxia could not read (\"" + FAILED_SNIPPET + "...\")");
            }
            if (EMPTY_PRE.matcher(html).find()) {
                problems.add(name + ": has an empty code block (a snippet with nothing between its markers?)");
            }
            Set<String> unknown = new TreeSet<>();
            Matcher key = SETTING_KEY.matcher(html);
            while (key.find()) {
                if (!keys.contains(key.group())) {
                    unknown.add(key.group());
                }
            }
            Matcher variable = SETTING_VARIABLE.matcher(html);
            while (variable.find()) {
                if (!variables.contains(variable.group())) {
                    unknown.add(variable.group());
                }
            }
            for (String each : unknown) {
                problems.add(name + ": names the setting " + each + ", which Slumber does not have (see "
                        + "Setting.all())");
            }
            Set<Path> targets = new LinkedHashSet<>();
            for (Link link : links(html)) {
                String problem = checkLink(page, link, targets);
                if (problem != null) {
                    problems.add(name + ": " + link.attribute + "=\"" + link.value + "\" " + problem);
                }
            }
            graph.put(page, targets);
        }
        problems.addAll(unreachable(htmlFiles, graph));
        return problems;
    }

    /** A page's text without comments and without the content of scripts and style sheets. */
    static String stripped(String html) {
        return SCRIPT.matcher(COMMENT.matcher(html).replaceAll("")).replaceAll("$1$3");
    }

    /** One link of a page. */
    record Link(String tag, String attribute, String value) {
    }

    /** The href and src attributes of a (stripped) page, decoded. */
    static List<Link> links(String html) {
        List<Link> found = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String attributes = tag.group(2);
            if (attributes == null) {
                continue;
            }
            Matcher attribute = ATTRIBUTE.matcher(attributes);
            while (attribute.find()) {
                String name = attribute.group(1).toLowerCase(java.util.Locale.ROOT);
                if (name.equals("href") || name.equals("src")) {
                    found.add(new Link(tag.group(1).toLowerCase(java.util.Locale.ROOT), name,
                            decode(value(attribute))));
                }
            }
        }
        return found;
    }

    /** The ids and anchor names of a (stripped) page. */
    static Set<String> ids(String html) {
        Set<String> ids = new HashSet<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String attributes = tag.group(2);
            if (attributes == null) {
                continue;
            }
            boolean anchor = tag.group(1).equalsIgnoreCase("a");
            Matcher attribute = ATTRIBUTE.matcher(attributes);
            while (attribute.find()) {
                String name = attribute.group(1).toLowerCase(java.util.Locale.ROOT);
                if (name.equals("id") || anchor && name.equals("name")) {
                    ids.add(decode(value(attribute)));
                }
            }
        }
        return ids;
    }

    /** Null when the link is fine, else what is wrong. Adds a local page it leads to to {@code targets}. */
    private String checkLink(Path page, Link link, Set<Path> targets) throws IOException {
        String value = link.value.trim();
        if (SCHEME.matcher(value).find() || value.startsWith("//")) {
            return null;
        }
        links++;
        int hash = value.indexOf('#');
        String fragment = hash < 0 ? null : value.substring(hash + 1);
        String path = hash < 0 ? value : value.substring(0, hash);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path target;
        if (path.isEmpty()) {
            target = page;
        } else {
            String decoded;
            try {
                decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return "is not a valid URL path";
            }
            target = decoded.startsWith("/") ? site.resolve(decoded.substring(1)) : page.getParent().resolve(decoded);
            target = target.normalize();
            if (!target.startsWith(site)) {
                return "points outside the site (" + target + ")";
            }
            if (Files.isDirectory(target)) {
                target = target.resolve("index.html");
            }
            if (!Files.isRegularFile(target)) {
                return "points to a missing file " + site.relativize(target);
            }
        }
        if (target.toString().endsWith(".html")) {
            targets.add(target);
            if (fragment != null && !fragment.isEmpty()) {
                String id = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
                if (!anchorsOf(target).contains(id)) {
                    return "points to a missing anchor #" + id + " in " + site.relativize(target);
                }
            }
        }
        return null;
    }

    private Set<String> anchorsOf(Path page) throws IOException {
        Set<String> known = anchors.get(page);
        if (known == null) {
            known = ids(stripped(Files.readString(page, StandardCharsets.UTF_8)));
            anchors.put(page, known);
        }
        return known;
    }

    /** The pages no chain of links from index.html reaches. */
    private List<String> unreachable(List<Path> htmlFiles, Map<Path, Set<Path>> graph) {
        Path index = site.resolve("index.html");
        Set<Path> seen = new HashSet<>();
        Deque<Path> todo = new ArrayDeque<>();
        todo.add(index);
        seen.add(index);
        while (!todo.isEmpty()) {
            for (Path next : graph.getOrDefault(todo.poll(), Set.of())) {
                if (seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (Path page : htmlFiles) {
            if (!seen.contains(page)) {
                problems.add(site.relativize(page) + ": no link leads to it from index.html; add it to the menu in "
                        + "src/site/site.xml or link to it");
            }
        }
        return problems;
    }

    private static String value(Matcher attribute) {
        for (int group = 2; group <= 4; group++) {
            if (attribute.group(group) != null) {
                return attribute.group(group);
            }
        }
        return "";
    }

    /** Decodes character references ({@code &amp;}, {@code &#39;}, {@code &#x2F;}). */
    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> name.startsWith("#x") || name.startsWith("#X")
                        ? new String(Character.toChars(Integer.parseInt(name.substring(2), 16)))
                        : name.startsWith("#") ? new String(Character.toChars(Integer.parseInt(name.substring(1))))
                        : reference.group();
            };
            reference.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        reference.appendTail(out);
        return out.toString();
    }
}
