package org.slumber.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the snippet macros of the Markdown pages before Doxia renders them.
 *
 * <p>Doxia's snippet macro ({@code <!-- MACRO{snippet|id=ID|file=PATH} -->}, PATH relative to
 * the site module's directory) does not fail on a missing file or id: by default it renders the
 * text "Error during retrieving content skip as ignoreDownloadError activated." instead. With
 * {@code ignoreDownloadError=false} it fails, but with a message that names neither the file nor
 * the id. So this check insists on {@code ignoreDownloadError=false} in every snippet macro and
 * reads each snippet the way Doxia does (a START line and an END line, each holding the word
 * SNIPPET, the word START or END, and the id as a whole word), and says exactly what is wrong.
 */
final class SnippetCheck {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private final Path basedir;
    private int snippets;

    SnippetCheck(Path basedir) {
        this.basedir = basedir;
    }

    /** How many snippet macros the last check saw. */
    int snippets() {
        return snippets;
    }

    /** The problems of every snippet macro in the Markdown files under {@code markdown}. */
    List<String> check(Path markdown) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(markdown)) {
            pages = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path page : pages) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            for (Macros.Macro macro : Macros.of(text)) {
                problems.addAll(checkMacro(markdown.relativize(page) + ":" + macro.line(), macro.body()));
            }
        }
        return problems;
    }

    /** The problems of one macro, given as the text between the braces. */
    List<String> checkMacro(String where, String body) throws IOException {
        String[] parts = body.split("\\|");
        String name = parts[0].trim();
        if (!name.equals("snippet")) {
            return List.of(where + ": macro '" + name + "' is not used on this site; use snippet");
        }
        snippets++;
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals <= 0) {
                return List.of(where + ": parameter '" + parts[i] + "' is not name=value");
            }
            parameters.put(parts[i].substring(0, equals).trim(), parts[i].substring(equals + 1).trim());
        }
        List<String> problems = new ArrayList<>();
        if (!"false".equals(parameters.get("ignoreDownloadError"))) {
            problems.add(where + ": add |ignoreDownloadError=false to the snippet macro, or Doxia renders a "
                    + "missing snippet as an error text instead of failing");
        }
        if (parameters.containsKey("url")) {
            problems.add(where + ": snippets come from files of this repository (file=...), not from a url");
        }
        String file = parameters.get("file");
        if (file == null || file.isEmpty()) {
            problems.add(where + ": the snippet macro needs file=<path relative to the site module>");
            return problems;
        }
        if (file.contains("${")) {
            problems.add(where + ": file=" + file + " holds an expression, which Doxia does not interpolate; "
                    + "write the path relative to the site module (../examples/src/...)");
            return problems;
        }
        Path source = basedir.resolve(file).normalize();
        if (!Files.isRegularFile(source)) {
            problems.add(where + ": file " + file + " does not exist (resolved to " + source + ")");
            return problems;
        }
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        String id = parameters.get("id");
        if (id == null || id.isEmpty()) {
            if (lines.stream().allMatch(String::isBlank)) {
                problems.add(where + ": file " + file + " is empty");
            }
            return problems;
        }
        if (!ID.matcher(id).matches()) {
            problems.add(where + ": snippet id '" + id + "' must be letters, digits, '-' and '_'");
            return problems;
        }
        problems.addAll(checkMarkers(where, file, lines, id));
        return problems;
    }

    /** The problems of the START and END markers of one id in a file's lines. */
    static List<String> checkMarkers(String where, String file, List<String> lines, String id) {
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (isDemarcator(id, "START", lines.get(i))) {
                starts.add(i + 1);
            }
            if (isDemarcator(id, "END", lines.get(i))) {
                ends.add(i + 1);
            }
        }
        String what = "snippet '" + id + "' in " + file;
        if (starts.isEmpty()) {
            return List.of(where + ": " + what + " has no line '" + marker(file, "START", id) + "'");
        }
        if (ends.isEmpty()) {
            return List.of(where + ": " + what + " has no line '" + marker(file, "END", id) + "'");
        }
        if (starts.size() > 1 || ends.size() > 1) {
            return List.of(where + ": " + what + " is ambiguous: START markers on lines " + starts + ", END markers on "
                    + "lines " + ends + " (an id containing the word start or end, or a prefix shared with another "
                    + "id, matches other markers; choose another id)");
        }
        int start = starts.get(0);
        int end = ends.get(0);
        if (end <= start) {
            return List.of(where + ": " + what + " ends (line " + end + ") before it starts (line " + start + ")");
        }
        List<String> content = lines.subList(start, end - 1);
        if (content.stream().allMatch(String::isBlank)) {
            return List.of(where + ": " + what + " is empty (lines " + start + " to " + end + ")");
        }
        int indent = content.stream().filter(line -> !line.isBlank()).mapToInt(SnippetCheck::indent).min()
                .orElse(0);
        for (int i = 0; i < content.size(); i++) {
            if (indent > 0 && content.get(i).isBlank() && content.get(i).length() < indent) {
                return List.of(where + ": " + what + " has an empty line (line " + (start + 1 + i) + "), so Doxia "
                        + "would keep its indentation of " + indent + " spaces; split it into two snippets");
            }
        }
        return List.of();
    }

    /** A marker line as the file's kind of comment writes it: {@code <!-- -->} in XML files, {@code //} elsewhere. */
    static String marker(String file, String what, String id) {
        return file.endsWith(".xml") ? "<!-- " + what + " SNIPPET: " + id + " -->" : "// " + what + " SNIPPET: " + id;
    }

    /**
     * Doxia's test for a marker line ({@code SnippetReader.isDemarcator}): the words SNIPPET and
     * {@code what} in any case, and the id, each bounded by non-word characters.
     */
    static boolean isDemarcator(String id, String what, String line) {
        return Pattern.compile("(^|\\W)(?i:SNIPPET)($|\\W)").matcher(line).find()
                && Pattern.compile("(^|\\W)(?i:" + what + ")($|\\W)").matcher(line).find()
                && Pattern.compile("(^|\\W)" + Pattern.quote(id) + "($|\\W)").matcher(line).find();
    }

    /** Leading spaces, as Doxia counts them. */
    private static int indent(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }
}
