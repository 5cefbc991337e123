package org.slumber.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Doxia macros of a Markdown page ({@code <!-- MACRO{name|param=value|...} -->}), outside
 * fenced code blocks: a macro shown as an example inside a fence is text, not a macro.
 */
final class Macros {

    private static final Pattern MACRO = Pattern.compile("<!--\\s*MACRO\\{([^}]*)\\}\\s*-->");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    /**
     * One macro.
     *
     * @param start where the macro's text starts in the page
     * @param end   where it ends
     * @param body  the text between the braces
     * @param line  its line number, from 1
     */
    record Macro(int start, int end, String body, int line) {
    }

    private Macros() {
    }

    /** The macros of a page, in order. */
    static List<Macro> of(String markdown) {
        List<Macro> macros = new ArrayList<>();
        String fence = null;
        int offset = 0;
        int number = 0;
        for (String line : markdown.split("\n", -1)) {
            number++;
            Matcher opening = FENCE.matcher(line);
            if (fence == null && opening.find()) {
                fence = opening.group(1);
            } else if (fence != null && closes(fence, line)) {
                fence = null;
            } else if (fence == null) {
                Matcher macro = MACRO.matcher(line);
                while (macro.find()) {
                    macros.add(new Macro(offset + macro.start(), offset + macro.end(), macro.group(1), number));
                }
            }
            offset += line.length() + 1;
        }
        return macros;
    }

    /** Whether a line closes a fence opened by {@code fence}: as many or more of its character, nothing else. */
    private static boolean closes(String fence, String line) {
        String trimmed = line.trim();
        char mark = fence.charAt(0);
        return trimmed.length() >= fence.length() && trimmed.chars().allMatch(c -> c == mark);
    }
}
