package org.claimeval.extract;

import org.claimeval.spi.ClaimExtractor;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.jar.JarFile;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Problem;

/**
 * The extractors one can name on the command line, found with {@link ServiceLoader}: the built-in ones and any
 * other {@code META-INF/services/org.claimeval.spi.ClaimExtractor} on the class path
 * ({@link #discover()}), or those of an external jar ({@link #fromJar}). Names are unique and sorted.
 */
public final class ExtractorCatalog {
    /** What a usage problem names as its "file": the options the user typed. */
    static final String COMMAND_LINE = "command line";

    private final SortedMap<String, ClaimExtractor> byName;

    private ExtractorCatalog(SortedMap<String, ClaimExtractor> byName) {
        this.byName = Collections.unmodifiableSortedMap(byName);
    }

    /** Every extractor registered on the harness's own class path (the built-in ones among them). */
    public static ExtractorCatalog discover() throws ExtractorFailure {
        return load(ExtractorCatalog.class.getClassLoader(), provider -> true, "the class path");
    }

    /**
     * The extractors an external jar registers (not the built-in ones, which its class loader also sees). The
     * class loader stays open for the life of the JVM, as the loaded extractors still need it.
     *
     * @throws BadInputException when the file is missing, not a jar, or registers no extractor
     */
    public static ExtractorCatalog fromJar(Path jar) throws BadInputException, ExtractorFailure {
        return fromJar(jar, ExtractionRunner.Options.DEFAULT_TIMEOUT);
    }

    /**
     * As {@link #fromJar(Path)}, with the jar's code (class initialisers, provider constructors, names) run on an
     * extractor thread under the {@link ExtractorSandbox} and bounded by {@code timeout}: a constructor that loops or a
     * class that blocks while loading fails the run instead of hanging it.
     */
    public static ExtractorCatalog fromJar(Path jar, Duration timeout) throws BadInputException, ExtractorFailure {
        String file = jar.toString();
        if (!Files.isRegularFile(jar)) {
            throw new BadInputException(new Problem(file, 0, null, null, "no such file"));
        }
        try (JarFile ignored = new JarFile(jar.toFile())) {
            // Opened only to check it is a jar; URLClassLoader would otherwise fail later and vaguely.
        } catch (IOException e) {
            throw new BadInputException(new Problem(file, 0, null, null, "not a readable jar: " + e.getMessage()));
        }
        URL url;
        try {
            url = jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new BadInputException(new Problem(file, 0, null, null, "cannot form a URL: " + e.getMessage()));
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {url}, ExtractorCatalog.class.getClassLoader());
        String notGuarded = ExtractorSandbox.contain(jar);
        if (notGuarded != null) {
            System.err.println("claimeval: warning: " + notGuarded);
        }
        ExtractorCatalog catalog = bounded(() -> load(loader, extractor -> extractor.getClass().getClassLoader() == loader,
                file), timeout, file);
        if (catalog.byName.isEmpty()) {
            throw new BadInputException(new Problem(file, 0, null, null,
                    "registers no extractor: add META-INF/services/" + ClaimExtractor.class.getName()
                            + " listing the implementing classes"));
        }
        return catalog;
    }

    private static ExtractorCatalog bounded(Callable<ExtractorCatalog> loading, Duration timeout, String where)
            throws ExtractorFailure {
        ExecutorService thread = Executors.newSingleThreadExecutor(ExtractorThreads.named("claimeval-load"));
        Future<ExtractorCatalog> loaded = thread.submit(loading);
        try {
            return loaded.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            loaded.cancel(true);
            throw new ExtractorFailure("loading the extractors in " + where + " did not finish within "
                    + ExtractionRunner.seconds(timeout) + " (--timeout): a class initialiser or constructor hangs");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ExtractorFailure failure) {
                throw failure;
            }
            throw new ExtractorFailure("cannot load the extractors in " + where + ": "
                    + ExtractionRunner.describe(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractorFailure("interrupted while loading the extractors in " + where, e);
        } finally {
            thread.shutdownNow();
        }
    }

    private static ExtractorCatalog load(ClassLoader loader, Predicate<ClaimExtractor> belongs, String where)
            throws ExtractorFailure {
        SortedMap<String, ClaimExtractor> byName = new TreeMap<>();
        try {
            for (ClaimExtractor extractor : ServiceLoader.load(ClaimExtractor.class, loader)) {
                if (!belongs.test(extractor)) {
                    continue;
                }
                String name = extractor.name();
                if (name == null || name.isBlank()) {
                    throw new ExtractorFailure(extractor.getClass().getName() + " in " + where + " has no name");
                }
                ClaimExtractor previous = byName.putIfAbsent(name, extractor);
                if (previous != null) {
                    throw new ExtractorFailure("two extractors in " + where + " are named \"" + name + "\": "
                            + previous.getClass().getName() + " and " + extractor.getClass().getName());
                }
            }
        } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
            // A listed class that is missing, abstract, without a public no-argument constructor, or throwing in it.
            throw new ExtractorFailure("cannot load the extractors in " + where + ": " + e.getMessage(), e);
        }
        return new ExtractorCatalog(byName);
    }

    /** The names, sorted. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The extractors, sorted by name. */
    public Collection<ClaimExtractor> all() {
        return byName.values();
    }

    /** The extractor of that name. @throws BadInputException (a usage error) listing the known names */
    public ClaimExtractor get(String name) throws BadInputException {
        ClaimExtractor extractor = byName.get(name);
        if (extractor == null) {
            String known = byName.isEmpty() ? "none" : String.join(", ", byName.keySet());
            throw new BadInputException(new Problem(COMMAND_LINE, 0, null, "--extractor",
                    "unknown extractor \"" + name + "\"; known extractors: " + known));
        }
        return extractor;
    }

    /** For an external jar with a single extractor, {@code --extractor} may be left out. */
    public ClaimExtractor only() throws BadInputException {
        if (byName.size() != 1) {
            throw new BadInputException(new Problem(COMMAND_LINE, 0, null, "--extractor",
                    "choose one of: " + String.join(", ", new ArrayList<>(byName.keySet()))));
        }
        return byName.values().iterator().next();
    }
}
