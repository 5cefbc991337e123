package org.slumber.examples.run;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/** The class path of this program, for starting child JVMs of the same program. */
public final class ClassPath {

    private ClassPath() {
    }

    /**
     * This program's class path: the context class loader's URLs (under {@code mvn exec:java},
     * where {@code java.class.path} holds only Maven's own jars), else {@code java.class.path}.
     */
    public static String current() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                try {
                    entries.add(new File(url.toURI()).getPath());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    entries.add(url.getPath());
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }
}
