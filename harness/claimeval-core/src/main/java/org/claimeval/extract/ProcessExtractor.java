package org.claimeval.extract;

import org.claimeval.spi.ExtractionContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.claimeval.io.Json;
import org.claimeval.model.Claim;
import org.claimeval.model.Document;
import org.claimeval.model.Problem;

/**
 * An extractor in any language, run as one long-lived process ({@code --extractor-cmd 'python3 my.py'}). The
 * command is split into argv without a shell ({@link CommandLineSplitter}); stderr goes to the harness's
 * stderr. Protocol, JSON Lines over stdin/stdout, one exchange per document:
 * <pre>
 *   request  {"doc": "000_4e2820158f8ac3a8", "text": "Moscow, Mar 4 ..."}
 *   response {"doc": "000_4e2820158f8ac3a8", "claims": [{"start": 0, "end": 42, "type": "COMBAT"}, ...]}
 * </pre>
 * Each claim is a predictions-file line without {@code doc}: offsets in code points, or a {@code text} to be
 * aligned. Requests are pure ASCII (other characters escaped as {@code \\uXXXX}), so the process's stdin
 * encoding does not matter; responses must be UTF-8. Closing stdin asks the process to exit.
 *
 * <p>Faults are per-document failures: no answer within the timeout (the process is killed), an exit before
 * answering, a line that is not JSON, an answer for another document (the process is killed, as the exchange
 * is out of step), or invalid claims. A process that died or was killed is restarted once, for the next
 * document; after that the remaining documents fail.
 *
 * <p>Pass the same {@code --timeout} here and to {@link ExtractionRunner}: this class enforces it and kills
 * the process; the runner waits a few seconds longer, as a backstop.
 *
 * <p>Name: {@code --extractor NAME} when given, else the base name, without extension, of the first argument
 * after the program that is an existing file ({@code python3 my_extractor.py} is {@code my_extractor}), else
 * the program's base name. Version: {@code external}.
 */
public final class ProcessExtractor implements SequentialExtractor, SelfTimedExtractor, AutoCloseable {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** Restarts allowed over a whole run. */
    public static final int MAX_RESTARTS = 1;

    private static final ObjectWriter REQUEST_WRITER = Json.mapper().writer()
            .without(SerializationFeature.INDENT_OUTPUT)
            .with(JsonWriteFeature.ESCAPE_NON_ASCII);
    /** Marks the end of the process's stdout in the line queue. */
    private static final JsonLinesInput.Line END_OF_OUTPUT = new JsonLinesInput.Line(-1, null, "end of output");

    private final List<String> argv;
    private final String name;
    private final Duration timeout;
    /** The dataset's type labels, from {@link #prepare}: a response's type must be one of them. */
    private volatile List<String> typeLabels = org.claimeval.model.ClaimType.kurskClaimsLabels();

    /**
     * Lines of stdout waiting to be read. Bounded, so a process that floods its output is held back (and then
     * fails its document on the timeout or on its first bad line) instead of filling the heap; one line is at
     * most {@link JsonLinesInput#MAX_LINE_BYTES}.
     */
    static final int QUEUED_LINES = 8;

    private Process process;
    private Writer stdin;
    /** Writes requests, so a process that does not read them blocks that thread, never the caller. */
    private ExecutorService writer;
    private BlockingQueue<JsonLinesInput.Line> stdout;
    /** Why the current process cannot be used any more; null while it can. */
    private String broken;
    private int restarts;

    public ProcessExtractor(List<String> argv, String name, Duration timeout) {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        this.argv = List.copyOf(argv);
        this.name = name != null ? name : defaultName(this.argv);
        this.timeout = timeout;
    }

    /**
     * From a command line as typed after {@code --extractor-cmd}.
     *
     * @param name null to derive it from the command
     * @throws IllegalArgumentException when the command cannot be split (an unterminated quote)
     */
    public static ProcessExtractor fromCommandLine(String commandLine, String name, Duration timeout) {
        return new ProcessExtractor(CommandLineSplitter.split(commandLine), name, timeout);
    }

    static String defaultName(List<String> argv) {
        String chosen = argv.get(0);
        for (String arg : argv.subList(1, argv.size())) {
            if (!arg.startsWith("-") && Files.isRegularFile(Path.of(arg))) {
                chosen = arg;
                break;
            }
        }
        String base = chosen.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    public List<String> argv() {
        return argv;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String version() {
        return "external";
    }

    /** Starts the process, so a command that cannot run fails the whole run at the start. */
    @Override
    public synchronized void prepare(ExtractionContext context) throws ExtractorFailure {
        typeLabels = context.annotates().types();
        if (process == null) {
            start();
        }
    }

    @Override
    public synchronized List<Claim> extract(Document document) throws ExtractorFailure {
        ensureRunning();
        long deadline = System.nanoTime() + timeout.toNanos();
        send(document, deadline);
        JsonNode response = receive(document, deadline);
        return claimsOf(response, document);
    }

    private void ensureRunning() throws ExtractorFailure {
        if (process == null) {
            start();
            return;
        }
        if (broken == null && !process.isAlive()) {
            // It died between documents. Failing this document, as if it had died while answering, keeps the
            // outcome the same whichever came first, the exit or our request; the restart is for the next one.
            broken = "exited with code " + process.exitValue();
            throw new ExtractorFailure("the process " + broken + " before answering");
        }
        if (broken != null) {
            if (restarts >= MAX_RESTARTS) {
                throw new ExtractorFailure("the process is not running (" + broken + ") and was already restarted "
                        + MAX_RESTARTS + " time(s)");
            }
            restarts++;
            stop();
            start();
        }
    }

    private void start() throws ExtractorFailure {
        ProcessBuilder builder = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.INHERIT);
        try {
            process = ProcessTree.start(builder);
        } catch (IOException e) {
            throw new ExtractorFailure("cannot start " + String.join(" ", argv) + ": " + e.getMessage(), e);
        }
        broken = null;
        stdin = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        // Each process gets its own queue, so a line a killed process left behind never answers the next request.
        BlockingQueue<JsonLinesInput.Line> lines = new LinkedBlockingQueue<>(QUEUED_LINES);
        stdout = lines;
        Process started = process;
        writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "claimeval-" + name + "-stdin");
            t.setDaemon(true);
            return t;
        });
        Thread reader = new Thread(() -> pump(started, lines), "claimeval-" + name + "-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    private static void pump(Process process, BlockingQueue<JsonLinesInput.Line> lines) {
        try {
            JsonLinesInput in = new JsonLinesInput(process.getInputStream());
            for (JsonLinesInput.Line line = in.next(); line != null; line = in.next()) {
                if (!offer(process, lines, line)) {
                    return; // the process is gone and nobody reads its queue any more
                }
            }
        } catch (IOException e) {
            // The stream closes when the process is killed: that is the end of its output either way.
        }
        offer(process, lines, END_OF_OUTPUT);
    }

    /** Waits for room in the queue while the process lives; false when it died with the queue full. */
    private static boolean offer(Process process, BlockingQueue<JsonLinesInput.Line> lines, JsonLinesInput.Line line) {
        try {
            while (!lines.offer(line, 1, TimeUnit.SECONDS)) {
                if (!process.isAlive()) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Hands the request to the writer thread and waits, until the deadline, for it to be written: a process
     * that does not read its input (a request over the pipe's 64 KB) blocks only the writer thread.
     */
    private void send(Document document, long deadline) throws ExtractorFailure {
        ObjectNode request = Json.mapper().createObjectNode();
        request.put("doc", document.id());
        request.put("text", document.text());
        Writer in = stdin;
        Future<?> written = writer.submit(() -> {
            in.write(REQUEST_WRITER.writeValueAsString(request));
            in.write('\n');
            in.flush();
            return null;
        });
        try {
            written.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            kill("killed after the timeout");
            throw new ExtractorFailure("timed out: the process did not read the request within "
                    + ExtractionRunner.seconds(timeout) + "; it was killed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill("stopped: interrupted");
            throw new ExtractorFailure("interrupted while writing to the process; it was stopped");
        } catch (ExecutionException e) {
            // Most likely the process has exited; say how, if it has.
            String how = exitDescription().orElse("could not write to it: " + e.getCause().getMessage());
            kill(how);
            throw new ExtractorFailure("the process " + how + " before answering");
        }
    }

    private JsonNode receive(Document document, long deadline) throws ExtractorFailure {
        while (true) {
            JsonLinesInput.Line line;
            try {
                line = stdout.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill("stopped: interrupted");
                throw new ExtractorFailure("interrupted while waiting for the process; it was stopped");
            }
            if (line == null) {
                kill("killed after the timeout");
                throw new ExtractorFailure("timed out: no answer within " + ExtractionRunner.seconds(timeout) + "; the process was killed");
            }
            if (line == END_OF_OUTPUT) {
                String how = waitForExit();
                kill(how);
                throw new ExtractorFailure("the process " + how + " before answering");
            }
            if (line.text() == null) {
                kill("killed after bad output");
                throw new ExtractorFailure("stdout line " + line.number() + ": " + line.error());
            }
            if (line.text().isBlank()) {
                continue;
            }
            JsonNode response;
            try {
                response = Json.mapper().readTree(line.text());
            } catch (JsonProcessingException e) {
                kill("killed after printing something other than JSON");
                throw new ExtractorFailure("stdout line " + line.number() + " is not JSON: "
                        + PredictionLineParser.quoteForMessage(line.text()));
            }
            JsonNode doc = response.get("doc");
            if (!response.isObject() || doc == null || !doc.isTextual()) {
                kill("killed after an answer without \"doc\"");
                throw new ExtractorFailure("stdout line " + line.number() + " is not a response "
                        + "{\"doc\": ..., \"claims\": [...]}: " + PredictionLineParser.quoteForMessage(line.text()));
            }
            if (!doc.textValue().equals(document.id())) {
                kill("killed after answering out of turn");
                throw new ExtractorFailure("answered for document \"" + doc.textValue() + "\" instead of \""
                        + document.id() + "\"; the process was stopped");
            }
            return response;
        }
    }

    private List<Claim> claimsOf(JsonNode response, Document document) throws ExtractorFailure {
        JsonNode claims = response.get("claims");
        if (claims == null || !claims.isArray()) {
            throw new ExtractorFailure("the response has no \"claims\" array");
        }
        SpanTexts texts = new SpanTexts(new Aligner(document));
        List<Problem> problems = new ArrayList<>();
        List<Claim> out = new ArrayList<>();
        String source = name + " response";
        for (int i = 0; i < claims.size(); i++) {
            JsonNode claim = claims.get(i);
            String path = "claims[" + i + "]";
            if (!claim.isObject()) {
                problems.add(new Problem(source, 0, null, path, "expected an object, found "
                        + PredictionLineParser.typeOf(claim)));
                continue;
            }
            JsonNode doc = claim.get("doc");
            if (doc != null && !doc.isNull() && !document.id().equals(doc.asText())) {
                problems.add(new Problem(source, 0, null, path + ".doc", "names another document: " + doc.asText()));
                continue;
            }
            PredictionLineParser.parse(claim, texts, new PredictionLineParser.Location(source, 0, path + "."),
                    typeLabels, problems)
                    .ifPresent(parsed -> out.add(parsed.claim()));
        }
        if (!problems.isEmpty()) {
            throw new ExtractorFailure("invalid claims: " + problems.stream().limit(5).map(Problem::toString)
                    .collect(Collectors.joining("; ")) + (problems.size() > 5 ? "; and " + (problems.size() - 5)
                    + " more" : ""));
        }
        return out;
    }

    private Optional<String> exitDescription() {
        try {
            if (process.waitFor(200, TimeUnit.MILLISECONDS)) {
                return Optional.of("exited with code " + process.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    /** After end of output: the exit code, when the process exits promptly. */
    private String waitForExit() {
        return exitDescription().orElse("closed its output");
    }

    /** Ends the process and everything it started; the stdout queue and writer of this process are dropped. */
    private void kill(String why) {
        broken = why;
        ProcessTree.end(process, ProcessTree.GRACE);
        writer.shutdownNow();
    }

    /**
     * Closes stdin (a well-behaved extractor exits now), gives the process two seconds, then ends it and every
     * process it started that is still running: its descendants are taken before stdin is closed, so workers
     * it leaves behind when it exits are found too.
     */
    private void stop() {
        if (process == null) {
            return;
        }
        Set<ProcessHandle> tree = ProcessTree.snapshot(process);
        writer.shutdownNow();
        // Closing needs the stream's lock, which a write blocked on a process that does not read holds: close on
        // a thread of its own, so this waits two seconds at most; ending the process then unblocks both.
        Writer in = stdin;
        Thread closer = new Thread(() -> {
            try {
                in.close();
            } catch (IOException e) {
                // Already gone.
            }
        }, "claimeval-" + name + "-close");
        closer.setDaemon(true);
        closer.start();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ProcessTree.end(tree, ProcessTree.GRACE);
        ProcessTree.forget(process);
    }

    /** Closes the process's stdin, gives it two seconds to exit, then kills it. */
    @Override
    public synchronized void close() {
        stop();
        process = null;
    }
}
