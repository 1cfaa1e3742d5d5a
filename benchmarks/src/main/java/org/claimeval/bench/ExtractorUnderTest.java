package org.claimeval.bench;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.claimeval.extract.ProcessExtractor;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.Problem;
import org.claimeval.pipeline.ExtractorSpec;
import org.claimeval.spi.ClaimExtractor;

/**
 * What a benchmark runs on each document, named by the {@code extractor} parameter so that a forked JMH JVM
 * can open it from a string: {@code naive} (the reference pipeline), {@code control} (pure computation, the
 * machine's own scaling), or any extractor spec in the syntax of {@code compare} ({@code cue},
 * {@code jar:PATH#NAME}, {@code cmd:COMMAND}), opened by {@link ExtractorSpec} exactly as {@code score} opens
 * it: a process extractor is measured through the real protocol, by the harness's own {@link ProcessExtractor}.
 *
 * @param spec the {@code extractor} parameter value
 */
public record ExtractorUnderTest(String spec) {
    public static final String NAIVE = "naive";
    public static final String CONTROL = "control";

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
        return new ExtractorUnderTest(NAIVE);
    }

    public static ExtractorUnderTest control() {
        return new ExtractorUnderTest(CONTROL);
    }

    /**
     * The extractor a spec opens. A process's own name ({@code --extractor} beside {@code --extractor-cmd}) is
     * the report's business only and is not carried into the forked JVM.
     *
     * @throws BadInputException for a predictions file, which has nothing to run
     */
    public static ExtractorUnderTest of(ExtractorSpec spec) throws BadInputException {
        if (spec instanceof ExtractorSpec.Named named) {
            return new ExtractorUnderTest(named.name());
        }
        if (spec instanceof ExtractorSpec.Jar jar) {
            return new ExtractorUnderTest("jar:" + jar.jar().toAbsolutePath()
                    + (jar.name() == null ? "" : "#" + jar.name()));
        }
        if (spec instanceof ExtractorSpec.Command command) {
            return new ExtractorUnderTest("cmd:" + command.commandLine());
        }
        throw new BadInputException(new Problem("command line", 0, null, null, "bench measures an extractor "
                + "while it runs; a " + spec.source() + " spec has nothing a forked benchmark JVM can open: "
                + "use --extractor, --extractor-jar or --extractor-cmd"));
    }

    /**
     * The name reports give the extractor a spec opens, found as the run will find it, so that an unknown name,
     * a jar that registers nothing or a command that cannot be split fails before any JVM is forked.
     */
    public static String nameOf(ExtractorSpec spec, Dataset dataset) throws Exception {
        ClaimExtractor extractor = spec.open(dataset, ProcessExtractor.DEFAULT_TIMEOUT, false);
        if (extractor instanceof AutoCloseable closeable) {
            closeable.close();
        }
        return extractor.name();
    }

    /** A fresh instance, prepared with the corpus's context: what a cold start measures. */
    public Opened open(Corpus corpus) throws Exception {
        return switch (spec) {
            case NAIVE -> naivePipeline();
            case CONTROL -> opened(() -> Control::mix, () -> { });
            default -> prepared(extractor(corpus), corpus);
        };
    }

    /** A new instance of the extractor the spec names, prepared with the corpus's context, for a stage benchmark. */
    ClaimExtractor preparedExtractor(Corpus corpus) throws Exception {
        ClaimExtractor extractor = extractor(corpus);
        extractor.prepare(corpus.context());
        return extractor;
    }

    /** A new, unprepared instance of the extractor the spec names (not naive or control). */
    ClaimExtractor extractor(Corpus corpus) throws Exception {
        return ExtractorSpec.parse(spec, "--extractor").open(corpus.dataset(), ProcessExtractor.DEFAULT_TIMEOUT, false);
    }

    /** The first pipeline is made here, so that loading its three models counts as the cold start. */
    private static Opened naivePipeline() {
        AtomicReference<NaivePipeline> first = new AtomicReference<>(new NaivePipeline());
        return opened(() -> {
            NaivePipeline unused = first.getAndSet(null);
            return (unused != null ? unused : new NaivePipeline())::run;
        }, () -> { });
    }

    /** One instance shared by every thread, as the harness runs an extractor. */
    private static Opened prepared(ClaimExtractor extractor, Corpus corpus) throws Exception {
        extractor.prepare(corpus.context());
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

    private static Opened opened(Supplier<Worker> workers, Runnable closer) {
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
