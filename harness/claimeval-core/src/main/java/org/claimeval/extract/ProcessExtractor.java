package org.claimeval.extract;

import org.claimeval.spi.ExtractionContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.claimeval.io.Json;
import org.claimeval.model.Claim;
import org.claimeval.model.Claimant;
import org.claimeval.model.Document;
import org.claimeval.model.Problem;
import org.claimeval.score.Rejection;

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
 * <p>Protocol version 2 adds an optional first exchange, right after the process starts:
 * <pre>
 *   harness   {"hello": "claimeval/process/2", "registry": [{"id", "name", "side", "aliases"}, ...], "doc": "", "text": ""}
 *   extractor {"learns": true}          (or {"learns": false}; anything else means version 1)
 * </pre>
 * A learning extractor then receives, once per fold and before the documents it is scored on,
 * <pre>
 *   harness   {"train": [{"doc": id, "text": text, "claims": [gold claims in the predictions format]}, ...]}
 *   extractor {"trained": true}
 * </pre>
 * The hello also carries an empty {@code doc} and {@code text}, so a version 1 extractor usually just answers
 * it as an empty document. Any answer other than a hello answer, silence within the timeout, or an exit means
 * version 1: the process is stopped and started again without the hello (not counted as a restart), so it
 * sees exactly the requests it saw before protocol 2 and runs exactly as before.
 *
 * <p>A claim in an answer that cannot be placed is not a failure: a text not found in the document is an
 * {@code unaligned} rejection, a bad field an {@code invalid} one, each a false positive. Faults are
 * per-document failures: no answer within the timeout (the process is killed), an exit before
 * answering, a line that is not JSON, an answer for another document (the process is killed, as the exchange
 * is out of step). A process that died or was killed is restarted once, for the next
 * document; after that the remaining documents fail.
 *
 * <p>Pass the same {@code --timeout} here and to {@link ExtractionRunner}: this class enforces it and kills
 * the process; the runner waits a few seconds longer, as a backstop.
 *
 * <p>Name: {@code --extractor NAME} when given, else the base name, without extension, of the first argument
 * after the program that is an existing file ({@code python3 my_extractor.py} is {@code my_extractor}), else
 * the program's base name. Version: {@code external}.
 */
public final class ProcessExtractor implements SequentialExtractor, SelfTimedExtractor, RejectingExtractor,
        AutoCloseable {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** Restarts allowed over a whole run. */
    public static final int MAX_RESTARTS = 1;
    /** What the hello announces. */
    public static final String PROTOCOL = "claimeval/process/2";

    private static final ObjectWriter REQUEST_WRITER = Json.mapper().writer()
            .without(SerializationFeature.INDENT_OUTPUT)
            .with(JsonWriteFeature.ESCAPE_NON_ASCII);
    /** Marks the end of the process's stdout in the line queue. */
    private static final JsonLinesInput.Line END_OF_OUTPUT = new JsonLinesInput.Line(-1, null, "end of output");
    /** Put in the line queue by the writer thread when a request could not be written ({@link #writeFailure}). */
    private static final JsonLinesInput.Line WRITE_FAILED = new JsonLinesInput.Line(-1, null, "write failed");

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
    /** The current request's write, done or not; and why the last write failed. */
    private Future<?> pendingWrite;
    private volatile IOException writeFailure;
    /** Why the current process cannot be used any more; null while it can. */
    private String broken;
    private int restarts;
    /** Protocol 2 only: false once the process showed it speaks version 1, so it gets no hello again. */
    private boolean sayHello = true;
    private boolean learns;
    private ExtractionContext context = ExtractionContext.of(org.claimeval.model.ClaimantRegistry.empty());

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

    /**
     * Starts the process and says hello, so a command that cannot run fails the whole run at the start; a
     * learning process then gets the context's training documents (a restarted one gets them again).
     */
    @Override
    public synchronized void prepare(ExtractionContext context) throws ExtractorFailure {
        this.context = context;
        typeLabels = context.annotates().types();
        if (process == null) {
            start();
        } else if (learns) {
            train();
        }
    }

    /** Whether the process answered the hello with {@code {"learns": true}}; known once it was started. */
    @Override
    public synchronized boolean learns() {
        return learns;
    }

    /**
     * Starts the process, when it is not running, to learn whether it learns: what the harness asks before
     * choosing between a plain run and leave-one-document-out.
     */
    public synchronized boolean handshake(ExtractionContext registryOnly) throws ExtractorFailure {
        if (process == null) {
            this.context = registryOnly;
            start();
        }
        return learns;
    }

    @Override
    public synchronized Extracted extractAll(Document document) throws ExtractorFailure {
        ensureRunning();
        long deadline = System.nanoTime() + timeout.toNanos();
        send(document);
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
        launch();
        if (sayHello && !hello()) {
            // Version 1: start it afresh without the hello, so it sees exactly the requests it saw before
            // protocol 2 existed (this is not one of the restarts a run allows).
            sayHello = false;
            stop();
            launch();
        }
        if (learns) {
            train();
        }
    }

    /**
     * Sends the hello; true when the process answered as version 2. Version 1 answers (a response for the empty
     * document, anything that is not a hello answer), silence within the timeout and an exit all mean false.
     */
    private boolean hello() throws ExtractorFailure {
        ObjectNode hello = Json.mapper().createObjectNode();
        hello.put("hello", PROTOCOL);
        ArrayNode registry = hello.putArray("registry");
        for (Claimant c : context.claimants().all()) {
            ObjectNode entry = registry.addObject().put("id", c.id()).put("name", c.name());
            entry.put("side", c.side() == null ? null : c.side().json());
            c.aliases().forEach(entry.putArray("aliases")::add);
        }
        hello.put("doc", "");
        hello.put("text", "");
        if (!write(hello)) {
            return false;
        }
        Optional<JsonNode> answer = nextObject();
        if (answer.isEmpty() || answer.get().has("claims") || !(answer.get().has("learns") || answer.get().has("hello"))) {
            return false;
        }
        learns = answer.get().path("learns").asBoolean(false);
        return true;
    }

    /** Sends the context's training documents and their gold claims; the process must answer {"trained": ...}. */
    private void train() throws ExtractorFailure {
        if (context.trainingDocuments().isEmpty()) {
            return;
        }
        ObjectNode message = Json.mapper().createObjectNode();
        ArrayNode documents = message.putArray("train");
        for (Document d : context.trainingDocuments()) {
            ObjectNode entry = documents.addObject().put("doc", d.id()).put("text", d.text());
            ArrayNode claims = entry.putArray("claims");
            context.trainingGold().getOrDefault(d.id(), List.of())
                    .forEach(c -> claims.add(PredictionsWriter.toJson(c, false)));
        }
        if (!write(message)) {
            String how = exitDescription().orElse("could not be written to");
            kill(how);
            throw new ExtractorFailure("the process " + how + " before taking its training documents");
        }
        Optional<JsonNode> answer = nextObject();
        if (answer.isEmpty() || !answer.get().has("trained")) {
            kill("killed after not confirming its training");
            throw new ExtractorFailure("the process did not answer the training documents with {\"trained\": true} within "
                    + ExtractionRunner.seconds(timeout) + "; the process was stopped");
        }
    }

    /** Writes one request line; false when the process no longer reads. */
    /**
     * Writes one message on the writer thread, waiting at most the timeout: a training set is larger than the
     * pipe, and a process that does not read its input must not block the harness. False when it could not be
     * written in time.
     */
    private boolean write(ObjectNode message) {
        Writer in = stdin;
        java.util.concurrent.Future<?> written = writer.submit(() -> {
            in.write(REQUEST_WRITER.writeValueAsString(message));
            in.write('\n');
            in.flush();
            return null;
        });
        try {
            written.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            written.cancel(true);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The next non-blank output line as a JSON object, within the timeout; empty on silence, exit or non-JSON. */
    private Optional<JsonNode> nextObject() {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonLinesInput.Line line;
            try {
                line = stdout.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            if (line == null || line == END_OF_OUTPUT || line.text() == null) {
                return Optional.empty();
            }
            if (line.text().isBlank()) {
                continue;
            }
            try {
                JsonNode node = Json.mapper().readTree(line.text());
                return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
        }
    }

    private void launch() throws ExtractorFailure {
        ProcessBuilder builder = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.INHERIT);
        ExtractorEnvironment.restrict(builder.environment());
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
     * Hands the request to the writer thread, without waiting for it to be written: {@link #receive} waits for
     * the answer instead, until the same deadline, so a document costs one thread hand-off fewer (on a 2-core
     * machine each hand-off is a wake-up that the no-op extractor's throughput showed). A process that does not
     * read its input (a request over the pipe's 64 KB) still blocks only the writer thread; a failed write is
     * put in the answer queue, so it is reported as soon as it happens, as before.
     */
    private void send(Document document) {
        ObjectNode request = Json.mapper().createObjectNode();
        request.put("doc", document.id());
        request.put("text", document.text());
        Writer in = stdin;
        BlockingQueue<JsonLinesInput.Line> answers = stdout;
        pendingWrite = writer.submit(() -> {
            try {
                in.write(REQUEST_WRITER.writeValueAsString(request));
                in.write('\n');
                in.flush();
            } catch (IOException e) {
                writeFailure = e;
                answers.offer(WRITE_FAILED);
            }
            return null;
        });
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
                boolean unread = !pendingWrite.isDone();
                kill("killed after the timeout");
                throw new ExtractorFailure(unread ? "timed out: the process did not read the request within "
                        + ExtractionRunner.seconds(timeout) + "; it was killed"
                        : "timed out: no answer within " + ExtractionRunner.seconds(timeout) + "; the process was killed");
            }
            if (line == WRITE_FAILED) {
                // Most likely the process has exited; say how, if it has.
                String how = exitDescription().orElse("could not write to it: " + writeFailure.getMessage());
                kill(how);
                throw new ExtractorFailure("the process " + how + " before answering");
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

    /**
     * The claims of a response. A claim that cannot be read (bad fields) is an {@code invalid} rejection and one
     * whose text is not in the document an {@code unaligned} one: false positives, the document still scores.
     */
    private Extracted claimsOf(JsonNode response, Document document) throws ExtractorFailure {
        JsonNode claims = response.get("claims");
        if (claims == null || !claims.isArray()) {
            throw new ExtractorFailure("the response has no \"claims\" array");
        }
        SpanTexts texts = new SpanTexts(new Aligner(document));
        List<Claim> out = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        String source = name + " response";
        for (int i = 0; i < claims.size(); i++) {
            JsonNode claim = claims.get(i);
            String path = "claims[" + i + "]";
            List<Problem> problems = new ArrayList<>();
            String text = claim.path("text").isTextual() ? claim.path("text").textValue() : null;
            JsonNode doc = claim.get("doc");
            if (!claim.isObject()) {
                problems.add(new Problem(source, 0, null, path, "expected an object, found "
                        + PredictionLineParser.typeOf(claim)));
            } else if (doc != null && !doc.isNull() && !document.id().equals(doc.asText())) {
                problems.add(new Problem(source, 0, null, path + ".doc", "names another document: " + doc.asText()));
            } else {
                PredictionLineParser.Outcome outcome = PredictionLineParser.parse(claim, texts,
                        new PredictionLineParser.Location(source, 0, path + "."), typeLabels, problems);
                if (outcome instanceof PredictionLineParser.Parsed parsed) {
                    out.add(parsed.claim());
                } else if (outcome instanceof PredictionLineParser.Unaligned unaligned) {
                    rejected.add(new Rejection(document.id(), Rejection.Reason.UNALIGNED, unaligned.text(), 0, i + 1,
                            unaligned.message()));
                }
            }
            if (!problems.isEmpty()) {
                rejected.add(new Rejection(document.id(), Rejection.Reason.INVALID, text, 0, i + 1,
                        problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; "))));
            }
        }
        return new Extracted(out, rejected);
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
        ProcessTree.end(process, tree, ProcessTree.GRACE);
    }

    /** Closes the process's stdin, gives it two seconds to exit, then kills it. */
    @Override
    public synchronized void close() {
        stop();
        process = null;
    }
}
