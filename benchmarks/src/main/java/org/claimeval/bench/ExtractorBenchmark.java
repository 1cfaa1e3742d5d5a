package org.claimeval.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimeval.model.Document;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Any extractor's speed, the one benchmark behind {@code claimeval bench}: the extractor and the corpus are
 * parameters ({@link ExtractorUnderTest} and {@link Corpus} specs), so a forked JVM can run a user's jar or
 * process as well as the built-ins, and the naive reference and the control are values of the same parameter,
 * measured in the same run.
 * <ul>
 *   <li>{@link #throughput}: one operation is the next document of the corpus ({@link Walk}); {@code megabytes}
 *       and {@code documents} count MB (10^6 UTF-8 bytes) and documents, summed over threads, so with N threads
 *       they are the aggregate throughput and N threads / 1 thread is the speed-up;</li>
 *   <li>{@link #document} (sample time): the same operation, timed one by one for latency percentiles;</li>
 *   <li>{@link #prepare} (single shot, one per fresh JVM): opening a fresh instance and its {@code prepare}
 *       (models, lexicons, training, starting a process): the cold start.</li>
 * </ul>
 * The annotations are the settings of a plain {@code java -jar benchmarks.jar} run; {@code claimeval bench}
 * sets its own ({@link BenchSettings}).
 */
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ExtractorBenchmark {

    /** The parameters, parsed once per trial. */
    @State(Scope.Benchmark)
    public static class Choice {
        @Param({Corpus.ARTICLES, Corpus.ONE_MB})
        public String corpus;

        @Param({ExtractorUnderTest.NAIVE, "sentence", "quote", "cue", "learned", ExtractorUnderTest.CONTROL})
        public String extractor;

        Corpus input;
        ExtractorUnderTest subject;

        @Setup(Level.Trial)
        public void parse() {
            input = Corpus.named(corpus);
            subject = new ExtractorUnderTest(extractor);
        }
    }

    /** The extractor, opened and prepared once per trial, shared by every thread. */
    @State(Scope.Benchmark)
    public static class Prepared {
        ExtractorUnderTest.Opened opened;

        @Setup(Level.Trial)
        public void open(Choice choice) throws Exception {
            opened = choice.subject.open(choice.input);
        }

        @TearDown(Level.Trial)
        public void close() {
            opened.close();
        }
    }

    /**
     * Per-thread cursor over the corpus, shared by the throughput and latency benchmarks: one operation is the
     * next document (each thread walks the whole corpus in order, then starts again), so an iteration lasts its
     * set time whatever the corpus size and the extractor's speed.
     */
    @State(Scope.Thread)
    public static class Walk {
        private ExtractorUnderTest.Worker worker;
        private List<Document> documents;
        private double[] megabytes;
        private int next;

        @Setup(Level.Trial)
        public void start(Prepared prepared, Choice choice) {
            worker = prepared.opened.worker();
            documents = choice.input.documents();
            megabytes = new double[documents.size()];
            for (int i = 0; i < megabytes.length; i++) {
                megabytes[i] = documents.get(i).text().getBytes(StandardCharsets.UTF_8).length / Corpus.MEGABYTE;
            }
        }

        /** Runs the worker on the next document; returns its size in MB. */
        double processNext(Blackhole sink) throws Exception {
            int i = next;
            next = i + 1 == documents.size() ? 0 : i + 1;
            sink.consume(worker.process(documents.get(i)));
            return megabytes[i];
        }
    }

    /**
     * Throughput counters, summed over threads by JMH and divided by the iteration's time; reset every iteration.
     * {@code cpu} is the CPU time the benchmark thread used (seconds per second: the cores it kept busy), so
     * CPU per MB can be compared across thread counts: equal means the extractor itself scales, and a 2-thread
     * shortfall is the machine not giving the second core.
     */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Counters {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        /** MB (10^6 bytes) of UTF-8 input extracted. */
        public double megabytes;
        public long documents;
        /** CPU seconds of this thread, set when the iteration ends. */
        public double cpu;
        private long cpuAtStart;

        @Setup(Level.Iteration)
        public void reset() {
            megabytes = 0;
            documents = 0;
            cpu = 0;
            cpuAtStart = THREADS.getCurrentThreadCpuTime();
        }

        @TearDown(Level.Iteration)
        public void cpuUsed() {
            cpu = (THREADS.getCurrentThreadCpuTime() - cpuAtStart) / 1e9;
        }
    }

    /** A cold start's instance, closed after its single shot. */
    @State(Scope.Benchmark)
    public static class Cold {
        ExtractorUnderTest.Opened opened;

        @TearDown(Level.Iteration)
        public void close() {
            if (opened != null) {
                opened.close();
                opened = null;
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void throughput(Walk walk, Counters counters, Blackhole sink) throws Exception {
        counters.megabytes += walk.processNext(sink);
        counters.documents++;
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void document(Walk walk, Blackhole sink) throws Exception {
        walk.processNext(sink);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgs = {"-Xms1g", "-Xmx1g"})
    public Object prepare(Choice choice, Cold cold) throws Exception {
        cold.opened = choice.subject.open(choice.input);
        return cold.opened;
    }
}
