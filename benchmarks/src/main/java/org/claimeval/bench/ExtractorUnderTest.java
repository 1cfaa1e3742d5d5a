package org.claimeval.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.claimeval.extract.ExtractorCatalog;
import org.claimeval.extract.ProcessExtractor;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Document;
import org.claimeval.model.Problem;
import org.claimeval.spi.ClaimExtractor;
import org.claimeval.spi.ExtractionContext;

/**
 * What a benchmark runs on each document, named by the {@code extractor} parameter so that a forked JMH JVM
 * can open it from a string: {@code naive} (the reference pipeline), {@code control} (pure computation, the
 * machine's own scaling), a name found through the SPI ({@code cue}), {@code jar:PATH[#NAME]} (an external jar,
 * loaded as {@code --extractor-jar} loads it) or {@code cmd:COMMAND[#NAME]} (a process speaking the JSON Lines
 * protocol, through the harness's own {@link ProcessExtractor}).
 *
 * @param kind   how it is plugged in
 * @param target the extractor name, jar path or command line; empty for naive and control
 * @param name   the name to pick from a jar or give a process; null for the default
 */
public record ExtractorUnderTest(Kind kind, String target, String name) {
    public static final String NAIVE = "naive";
    public static final String CONTROL = "control";

    public enum Kind { NAIVE, CONTROL, NAMED, JAR, COMMAND }

    /** What one benchmark thread runs on a document; the result goes to a blackhole. */
    @FunctionalInterface
    public interface Worker {
        Object process(Document document) throws Exception;
    }

    /** A prepared instance; {@link #worker()} gives each benchmark thread what it runs. */
    public interface Opened extends AutoCloseable {
        Worker worker();

        @Override
        void close();
    }

    public static ExtractorUnderTest naive() {
        return new ExtractorUnderTest(Kind.NAIVE, "", null);
    }

    public static ExtractorUnderTest control() {
        return new ExtractorUnderTest(Kind.CONTROL, "", null);
    }

    public static ExtractorUnderTest named(String name) {
        return new ExtractorUnderTest(Kind.NAMED, name, null);
    }

    public static ExtractorUnderTest jar(Path jar, String name) {
        return new ExtractorUnderTest(Kind.JAR, jar.toAbsolutePath().toString(), name);
    }

    public static ExtractorUnderTest command(String commandLine, String name) {
        return new ExtractorUnderTest(Kind.COMMAND, commandLine, name);
    }

    /** Reads back {@link #spec()}. */
    public static ExtractorUnderTest parse(String spec) {
        if (spec.equals(NAIVE)) {
            return naive();
        }
        if (spec.equals(CONTROL)) {
            return control();
        }
        for (Kind kind : List.of(Kind.JAR, Kind.COMMAND)) {
            String prefix = prefix(kind);
            if (spec.startsWith(prefix)) {
                String rest = spec.substring(prefix.length());
                int hash = rest.lastIndexOf('#');
                return hash < 0 ? new ExtractorUnderTest(kind, rest, null)
                        : new ExtractorUnderTest(kind, rest.substring(0, hash), rest.substring(hash + 1));
            }
        }
        return named(spec);
    }

    private static String prefix(Kind kind) {
        return kind == Kind.JAR ? "jar:" : "cmd:";
    }

    /** The {@code extractor} parameter value. */
    public String spec() {
        return switch (kind) {
            case NAIVE -> NAIVE;
            case CONTROL -> CONTROL;
            case NAMED -> target;
            case JAR, COMMAND -> prefix(kind) + target + (name == null ? "" : "#" + name);
        };
    }

    /**
     * The name reports use, found the way the run will find the extractor, so a jar that registers nothing or
     * a command that cannot be split fails here, before any JVM is forked.
     */
    public String label() throws BadInputException, Exception {
        return switch (kind) {
            case NAIVE -> NAIVE;
            case CONTROL -> CONTROL;
            case NAMED, JAR -> extractor().name();
            case COMMAND -> process().name();
        };
    }

    /** A fresh instance, prepared: what a cold start measures. */
    public Opened open(ExtractionContext context) throws Exception {
        return switch (kind) {
            case NAIVE -> naivePipeline();
            case CONTROL -> opened(() -> Control::mix, () -> { });
            case NAMED, JAR -> prepared(extractor(), context);
            case COMMAND -> prepared(process(), context);
        };
    }

    /** The first pipeline is made here, so that loading its three models counts as the cold start. */
    private static Opened naivePipeline() {
        AtomicReference<NaivePipeline> first = new AtomicReference<>(new NaivePipeline());
        return opened(() -> {
            NaivePipeline unused = first.getAndSet(null);
            return (unused != null ? unused : new NaivePipeline())::run;
        }, () -> { });
    }

    private ClaimExtractor extractor() throws BadInputException, Exception {
        if (kind == Kind.NAMED) {
            return ExtractorCatalog.discover().get(target);
        }
        ExtractorCatalog catalog = ExtractorCatalog.fromJar(Path.of(target));
        return name == null ? catalog.only() : catalog.get(name);
    }

    private ProcessExtractor process() throws BadInputException {
        try {
            return ProcessExtractor.fromCommandLine(target, name, ProcessExtractor.DEFAULT_TIMEOUT);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(new Problem("command line", 0, null, "--extractor-cmd", e.getMessage()));
        }
    }

    /** One instance shared by every thread, as the harness runs an extractor. */
    private static Opened prepared(ClaimExtractor extractor, ExtractionContext context) throws Exception {
        extractor.prepare(context);
        return opened(() -> extractor::extract, () -> {
            if (extractor instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    throw new IllegalStateException("closing " + extractor.name() + " failed", e);
                }
            }
        });
    }

    private static Opened opened(java.util.function.Supplier<Worker> workers, Runnable closer) {
        return new Opened() {
            @Override
            public Worker worker() {
                return workers.get();
            }

            @Override
            public void close() {
                closer.run();
            }
        };
    }

    /**
     * The control: a multiply-xor chain over every character of the text, no allocation and no shared
     * writable state, so two threads must run it twice as fast as one unless the machine itself cannot.
     */
    static final class Control {
        private Control() {
        }

        static Object mix(Document document) {
            String text = document.text();
            long h = 0;
            for (int i = 0; i < text.length(); i++) {
                h = (h ^ text.charAt(i)) * 0x9E3779B97F4A7C15L;
            }
            return h;
        }
    }
}
