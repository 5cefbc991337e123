package org.slumber.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks of the site build find what they are meant to find. */
class SiteCheckTest {

    @TempDir
    Path dir;

    private static final String JAVA = String.join("\n",
            "class A {",
            "    // START SNIPPET: one",
            "    int x;",
            "    // END SNIPPET: one",
            "    // START SNIPPET: quick-start",
            "    int y;",
            "    // END SNIPPET: quick-start",
            "    // START SNIPPET: gap",
            "    int z;",
            "",
            "    int w;",
            "    // END SNIPPET: gap",
            "}");

    private List<String> snippetProblems(String markdown) throws IOException {
        Files.writeString(dir.resolve("A.java"), JAVA);
        Path pages = Files.createDirectories(dir.resolve("markdown"));
        Files.writeString(pages.resolve("page.md"), markdown);
        return new SnippetCheck(dir).check(pages);
    }

    @Test
    void aSnippetThatExistsPasses() throws IOException {
        assertEquals(List.of(), snippetProblems("<!-- MACRO{snippet|id=one|file=A.java|ignoreDownloadError=false} -->\n"));
    }

    @Test
    void aMissingIdFileOrFlagIsReported() throws IOException {
        List<String> problems = snippetProblems(String.join("\n",
                "<!-- MACRO{snippet|id=two|file=A.java|ignoreDownloadError=false} -->",
                "<!-- MACRO{snippet|id=one|file=B.java|ignoreDownloadError=false} -->",
                "<!-- MACRO{snippet|id=one|file=A.java} -->", ""));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("page.md:1: snippet 'two' in A.java has no line '// START SNIPPET: two'"),
                problems.get(0));
        assertTrue(problems.get(1).contains("file B.java does not exist"), problems.get(1));
        assertTrue(problems.get(2).contains("ignoreDownloadError=false"), problems.get(2));
    }

    @Test
    void ambiguousAndIndentedSnippetsAreReported() throws IOException {
        List<String> problems = snippetProblems(String.join("\n",
                "<!-- MACRO{snippet|id=quick-start|file=A.java|ignoreDownloadError=false} -->",
                "<!-- MACRO{snippet|id=gap|file=A.java|ignoreDownloadError=false} -->", ""));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("is ambiguous"), problems.get(0));
        assertTrue(problems.get(1).contains("has an empty line"), problems.get(1));
    }

    @Test
    void aMacroInAFencedBlockIsText() throws IOException {
        assertEquals(List.of(), snippetProblems("```text\n<!-- MACRO{snippet|id=none|file=X.java} -->\n```\n"));
        String copied = SourceCopy.absolute("```\n<!-- MACRO{snippet|file=a} -->\n```\n"
                + "<!-- MACRO{snippet|file=b|id=c} -->\n", dir);
        assertTrue(copied.contains("file=a}"), copied);
        assertTrue(copied.contains("file=" + dir.resolve("b") + "|id=c"), copied);
    }

    @Test
    void javaAndXmlFencesAreReportedOtherFencesPass() {
        List<String> problems = FenceCheck.checkPage("page.md", String.join("\n",
                "```sh", "mvn -B verify", "```",
                "```json", "{\"a\": 1}", "```",
                "```text", "```java", "text, in a text fence", "```",
                "```", "no language", "```",
                "```java", "class A {}", "```",
                "~~~ XML", "<a/>", "~~~",
                "````Java title=\"A\"", "```", "````", ""));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("page.md:14: a fenced java block"), problems.get(0));
        assertTrue(problems.get(1).startsWith("page.md:17: a fenced xml block"), problems.get(1));
        assertTrue(problems.get(2).startsWith("page.md:20: a fenced java block"), problems.get(2));
        assertTrue(problems.get(0).contains("MACRO{snippet"), problems.get(0));
    }

    @Test
    void theSitesPagesHaveNoJavaOrXmlFences() throws IOException {
        assertEquals(List.of(), FenceCheck.check(Path.of(SiteCheck.MARKDOWN)));
    }

    @Test
    void markersInXmlFilesAreXmlComments() throws IOException {
        Files.writeString(dir.resolve("pom.xml"), String.join("\n", "<project>",
                "  <!-- START SNIPPET: deps -->", "  <dependencies/>", "  <!-- END SNIPPET: deps -->", "</project>"));
        Path pages = Files.createDirectories(dir.resolve("markdown"));
        Files.writeString(pages.resolve("page.md"), "<!-- MACRO{snippet|id=deps|file=pom.xml|ignoreDownloadError=false} -->\n"
                + "<!-- MACRO{snippet|id=none|file=pom.xml|ignoreDownloadError=false} -->\n");
        List<String> problems = new SnippetCheck(dir).check(pages);
        assertEquals(List.of("page.md:2: snippet 'none' in pom.xml has no line '<!-- START SNIPPET: none -->'"),
                problems);
    }

    private List<String> pageProblems(String index, String other) throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), index);
        Files.writeString(site.resolve("other.html"), other);
        return new PageCheck(site).check();
    }

    @Test
    void goodLinksPass() throws IOException {
        assertEquals(List.of(), pageProblems(
                "<a href=\"other.html#There\">x</a> <a href=\"#top\" id=\"top\">t</a> <a href=\"https://example.com/x\">e</a>",
                "<section><a id=\"There\"></a><a href=\"index.html\">back</a></section>"));
    }

    @Test
    void brokenLinksAnchorsSnippetsAndSettingsAreReported() throws IOException {
        List<String> problems = pageProblems(String.join("\n",
                "<a href=\"missing.html\">m</a>",
                "<a href=\"other.html#Nowhere\">n</a>",
                "<img src=\"img/none.png\"/>",
                "<pre><code>Error during retrieving content skip as ignoreDownloadError activated.</code></pre>",
                "<pre><code></code></pre>",
                "<p>set slumber.port and slumber.no_such, SLUMBER_PORT and SLUMBER_NO_SUCH; org.slumber.core is a package</p>"),
                "<p>no way back, and nobody links here? index does.</p>");
        String all = String.join("\n", problems);
        assertTrue(all.contains("href=\"missing.html\" points to a missing file missing.html"), all);
        assertTrue(all.contains("href=\"other.html#Nowhere\" points to a missing anchor #Nowhere in other.html"), all);
        assertTrue(all.contains("src=\"img/none.png\" points to a missing file"), all);
        assertTrue(all.contains("shows a snippet Doxia could not read"), all);
        assertTrue(all.contains("has an empty code block"), all);
        assertTrue(all.contains("names the setting slumber.no_such"), all);
        assertTrue(all.contains("names the setting SLUMBER_NO_SUCH"), all);
        assertEquals(7, problems.size(), all);
    }

    @Test
    void aPageNoLinkReachesIsReported() throws IOException {
        List<String> problems = pageProblems("<p>alone</p>", "<a href=\"index.html\">i</a>");
        assertEquals(List.of("other.html: no link leads to it from index.html; add it to the menu in src/site/site.xml "
                + "or link to it"), problems);
    }

    @Test
    void theSettingsTableListsEverySetting() {
        String table = SettingsTable.html();
        for (org.slumber.core.settings.Setting<?> setting : org.slumber.core.settings.Setting.all()) {
            assertTrue(table.contains("<tr id=\"" + setting.key() + "\">"), setting.key());
        }
        assertTrue(table.contains("<td>300s</td>"), "clock skew default");
        assertTrue(table.contains("<td>500ms</td>"), "miss-sign delay default");
    }
}
