package org.slumber.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Copies the site sources for rendering, making the files of snippet macros absolute. */
final class SourceCopy {

    private static final Pattern FILE = Pattern.compile("(\\|\\s*file\\s*=\\s*)([^|}]+)");

    private SourceCopy() {
    }

    /**
     * Copies every file under {@code from} to {@code to} (emptied first); in Markdown files the
     * {@code file=} of each macro is resolved against {@code basedir}.
     *
     * @return how many Markdown pages were copied
     */
    static int copy(Path from, Path to, Path basedir) throws IOException {
        delete(to);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        int pages = 0;
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            if (file.toString().endsWith(".md")) {
                Files.writeString(target, absolute(Files.readString(file, StandardCharsets.UTF_8), basedir),
                        StandardCharsets.UTF_8);
                pages++;
            } else {
                Files.copy(file, target);
            }
        }
        return pages;
    }

    /** A page's text with the {@code file=} of every macro resolved against {@code basedir}. */
    static String absolute(String markdown, Path basedir) {
        StringBuilder out = new StringBuilder(markdown.length() + 1024);
        int copied = 0;
        for (Macros.Macro macro : Macros.of(markdown)) {
            out.append(markdown, copied, macro.start());
            Matcher file = FILE.matcher(markdown.substring(macro.start(), macro.end()));
            StringBuilder rewritten = new StringBuilder();
            while (file.find()) {
                String path = basedir.resolve(file.group(2).trim()).normalize().toString();
                file.appendReplacement(rewritten, Matcher.quoteReplacement(file.group(1) + path));
            }
            file.appendTail(rewritten);
            out.append(rewritten);
            copied = macro.end();
        }
        return out.append(markdown, copied, markdown.length()).toString();
    }

    /** Deletes a directory tree, if it exists. */
    static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
