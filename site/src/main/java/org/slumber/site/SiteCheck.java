package org.slumber.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The site build's own steps, run by the exec plugin of {@code site/pom.xml}:
 *
 * <ul>
 *   <li>{@code prepare BASEDIR} (before the site is rendered): checks every snippet macro of
 *       the Markdown pages ({@link SnippetCheck}), refuses code pasted into them as fenced
 *       {@code java} or {@code xml} blocks ({@link FenceCheck}), and writes the settings table
 *       ({@link SettingsTable});</li>
 *   <li>{@code check BASEDIR} (after): checks the rendered pages ({@link PageCheck}): local
 *       links and anchors, failed or empty snippets, settings the text names, reachability.</li>
 * </ul>
 *
 * <p>Each step lists every problem it found and then fails (an exception, which fails the
 * build), so one run shows everything to fix.
 */
public final class SiteCheck {

    /** Where the Markdown pages are, under the module's directory. */
    static final String MARKDOWN = "src/site/markdown";
    /** Where the rendered site is. */
    static final String SITE = "target/site";
    /** The settings table the settings page includes. */
    static final String SETTINGS_TABLE = "target/generated-fragments/settings-table.html";
    /** The site sources. */
    static final String SOURCES = "src/site";
    /** The copy of the site sources the site plugin renders (its siteDirectory). */
    static final String RENDERED_SOURCES = "target/site-src";

    private SiteCheck() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SiteCheck prepare|check BASEDIR");
        }
        Path basedir = Path.of(args[1]).toAbsolutePath().normalize();
        switch (args[0]) {
            case "prepare" -> prepare(basedir);
            case "check" -> check(basedir);
            default -> throw new IllegalArgumentException("unknown step " + args[0] + "; use prepare or check");
        }
    }

    /**
     * Writes the settings table, checks the snippet macros and the fenced code blocks, and copies the site sources to
     * {@link #RENDERED_SOURCES} with each snippet's file made absolute. (Doxia resolves a
     * relative snippet file against the working directory of the Maven run, not the module, so
     * the sources name files relative to the site module and the copy the plugin renders names
     * them absolutely.) The previous rendering is deleted first, so no page of a removed source
     * survives.
     */
    static void prepare(Path basedir) throws IOException {
        SourceCopy.delete(basedir.resolve(SITE));
        Path table = basedir.resolve(SETTINGS_TABLE);
        Files.createDirectories(table.getParent());
        Files.writeString(table, SettingsTable.html());
        SnippetCheck snippets = new SnippetCheck(basedir);
        List<String> problems = new ArrayList<>(snippets.check(basedir.resolve(MARKDOWN)));
        problems.addAll(FenceCheck.check(basedir.resolve(MARKDOWN)));
        report(problems, "the Markdown pages in " + MARKDOWN, "Fix the macro, or the START/END SNIPPET markers in the "
                + "source file it names; take code samples from source files with the snippet macro (fenced blocks "
                + "stay for sh, text and json).");
        int pages = SourceCopy.copy(basedir.resolve(SOURCES), basedir.resolve(RENDERED_SOURCES), basedir);
        System.out.println("[site] " + SettingsTable.count() + " settings in the settings table; " + snippets.snippets()
                + " snippet macros in " + pages + " pages checked");
    }

    /** Checks the rendered site. */
    static void check(Path basedir) throws IOException {
        Path site = basedir.resolve(SITE);
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            throw new IllegalStateException("No site at " + site + ": the site plugin did not render it");
        }
        PageCheck pages = new PageCheck(site);
        List<String> problems = new ArrayList<>(pages.check());
        report(problems, "the rendered site " + site, "Fix the Markdown page the HTML file comes from (same name, "
                + "in " + MARKDOWN + ") or src/site/site.xml.");
        System.out.println("[site] " + pages.pageCount() + " pages, " + pages.linkCount()
                + " local links and anchors checked: " + site.resolve("index.html"));
    }

    private static void report(List<String> problems, String where, String advice) {
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder().append(problems.size())
                .append(problems.size() == 1 ? " problem in " : " problems in ").append(where).append(':');
        for (String problem : problems) {
            message.append("\n  - ").append(problem);
        }
        message.append("\n").append(advice);
        throw new IllegalStateException(message.toString());
    }
}
