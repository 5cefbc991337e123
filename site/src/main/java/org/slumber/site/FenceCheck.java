package org.slumber.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks that no Markdown page pastes code that belongs in a source file: a fenced block whose
 * language is {@code java} or {@code xml} (any case, with {@code ```} or {@code ~~~}) is a
 * problem, since such a sample is compiled or tested only when it is included from a real file
 * with the snippet macro. Fences of other languages ({@code sh}, {@code text}, {@code json}) and
 * fences without a language stay allowed; a fence inside another fence is text.
 */
final class FenceCheck {

    /** The languages whose samples must come from source files. */
    static final Set<String> FORBIDDEN = Set.of("java", "xml");

    private static final Pattern OPENING = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*([^\\s`{]*)");

    private FenceCheck() {
    }

    /** The problems of every Markdown file under {@code markdown}. */
    static List<String> check(Path markdown) throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(markdown)) {
            pages = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            problems.addAll(checkPage(markdown.relativize(page).toString(),
                    Files.readString(page, StandardCharsets.UTF_8)));
        }
        return problems;
    }

    /** The problems of one page, named {@code where} in the messages. */
    static List<String> checkPage(String where, String text) {
        List<String> problems = new ArrayList<>();
        String fence = null;
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            if (fence != null) {
                String trimmed = line.trim();
                char mark = fence.charAt(0);
                if (trimmed.length() >= fence.length() && trimmed.chars().allMatch(c -> c == mark)) {
                    fence = null;
                }
                continue;
            }
            Matcher opening = OPENING.matcher(line);
            if (!opening.find()) {
                continue;
            }
            fence = opening.group(1);
            String language = opening.group(2).toLowerCase(Locale.ROOT);
            if (FORBIDDEN.contains(language)) {
                problems.add(where + ":" + number + ": a fenced " + language + " block pastes code into the page, "
                        + "where nothing compiles or tests it; put it in a source file between START SNIPPET and END "
                        + "SNIPPET markers (in an XML file inside <!-- --> comments) and include it with "
                        + "<!-- MACRO{snippet|id=...|file=...|ignoreDownloadError=false} -->");
            }
        }
        return problems;
    }
}
