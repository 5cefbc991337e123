package org.slumber.examples.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slumber.spi.storage.StorageProvider;

/**
 * The test's class path with its storage adapters swapped, the way changing the jars would swap
 * them: the services file {@code META-INF/services/org.slumber.spi.storage.StorageProvider} lists
 * exactly the given providers (so adapter-mybatis, though its classes stay loadable, is found only
 * when listed), and an optional {@code slumber.properties} is served from the class path root.
 * Every other class and resource comes from the test's own class loader.
 *
 * <p>{@link #run} makes it the thread's context class loader, where the builder and
 * {@code Settings.load()} look by default, and restores the previous one afterwards.
 */
public final class StorageClassPath extends ClassLoader {

    private static final String SERVICES = "META-INF/services/" + StorageProvider.class.getName();
    private static final String PROPERTIES = "slumber.properties";

    private final URL services;
    private final URL properties;

    private StorageClassPath(URL services, URL properties) {
        super("storage-class-path", StorageClassPath.class.getClassLoader());
        this.services = services;
        this.properties = properties;
    }

    /**
     * A class path listing these storage providers and, when {@code settings} is not empty, a
     * {@code slumber.properties} with them; both files are written to {@code directory}.
     */
    public static StorageClassPath listing(Path directory, List<String> providers, Map<String, String> settings) {
        try {
            Path servicesFile = Files.writeString(directory.resolve("storage-providers"),
                    String.join("\n", providers) + "\n", StandardCharsets.UTF_8);
            URL propertiesUrl = null;
            if (!settings.isEmpty()) {
                Path propertiesFile = Files.writeString(directory.resolve(PROPERTIES), settings.entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining("\n", "", "\n")),
                        StandardCharsets.ISO_8859_1);
                propertiesUrl = url(propertiesFile);
            }
            return new StorageClassPath(url(servicesFile), propertiesUrl);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the swapped class path's files to " + directory, e);
        }
    }

    /** Runs {@code work} with this class path as the thread's context class loader. */
    public <T> T run(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(this);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public URL getResource(String name) {
        if (name.equals(SERVICES)) {
            return services;
        }
        if (name.equals(PROPERTIES) && properties != null) {
            return properties;
        }
        return super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (name.equals(SERVICES)) {
            return Collections.enumeration(List.of(services));
        }
        if (name.equals(PROPERTIES) && properties != null) {
            return Collections.enumeration(List.of(properties));
        }
        return super.getResources(name);
    }

    private static URL url(Path file) throws MalformedURLException {
        return file.toUri().toURL();
    }
}
