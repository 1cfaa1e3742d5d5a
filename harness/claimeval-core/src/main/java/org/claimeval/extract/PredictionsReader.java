package org.claimeval.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import org.claimeval.io.InputFile;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimeval.io.Json;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Claim;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.JsonEnum;
import org.claimeval.model.Problem;
import org.claimeval.score.Rejection;

/**
 * Reads a predictions file ({@code --predictions FILE.jsonl}): one claim a line,
 * {@code {"doc", "start", "end"}} or offset-free {@code {"doc", "text"}}, with the optional {@code text},
 * {@code claimant}, {@code claimantMention} and {@code cue} ({@code {start, end}} or {@code {text}}),
 * {@code type}, {@code attribution}, {@code quote}, {@code score} and {@code quantities: [{value, unit, bound}]};
 * other fields are ignored. Offsets are code points.
 *
 * <p>A claim whose text is not in its document (content, mention or cue) is an invented claim: it is kept as a
 * {@link Rejection} ({@code unaligned}), a false positive of its document, in every mode. Every other problem
 * names the file, line and field; all are collected (up to {@link #MAX_PROBLEMS}) before failing. In lenient
 * mode only lines that are not a claim at all (not JSON, not an object, no {@code doc}, an unknown document)
 * are skipped and counted; one that still names a known document ({@code "doc": "..."} in its raw text) counts
 * as one false positive there. A claim of a known document with a bad field is never skipped: it becomes a
 * {@code invalid} rejection, a false positive. So lenient mode can only lower a score, never raise it. A file
 * for another dataset still fails; an empty file is no predictions, with a warning.
 *
 * <p>The file is streamed a line at a time, so memory grows with the claims kept (about 150 bytes each, plus
 * the text of each distinct span), not with the file.
 */
public final class PredictionsReader {
    /** Problems listed in full; the rest are summed up in one last problem. */
    public static final int MAX_PROBLEMS = 50;

    private static final ObjectReader LINE_READER =
            Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Dataset dataset;
    private final boolean lenient;

    public PredictionsReader(Dataset dataset, boolean lenient) {
        this.dataset = dataset;
        this.lenient = lenient;
    }

    /** Reads a file; a file that cannot be read is bad input too, named in the problem. */
    public Predictions read(Path file) throws BadInputException {
        try (InputStream in = InputFile.open(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new BadInputException(new Problem(file.toString(), 0, null, null, "no such file"));
        } catch (IOException e) {
            throw new BadInputException(new Problem(file.toString(), 0, null, null, "cannot read: " + e.getMessage()));
        }
    }

    /** @param fileName how problems name the input */
    public Predictions read(InputStream input, String fileName) throws BadInputException, IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
        Run run = new Run(fileName);
        JsonLinesInput lines = new JsonLinesInput(new DigestInputStream(input, sha256));
        for (JsonLinesInput.Line line = lines.next(); line != null; line = lines.next()) {
            run.line(line);
        }
        return run.finish(HexFormat.of().formatHex(sha256.digest()));
    }

    /**
     * Sorts a document's claims by offsets (stably: equal spans keep file order) and gives them the ids the
     * runner would, {@code <doc>#p<n>}. Done here, replacing each claim in place, so that the runner need not
     * copy every claim of a large file to number it.
     */
    private static int[] sortAndNumber(String doc, List<Claim> claims, int[] lines) {
        int[] order = stableOrder(claims, ExtractionRunner.BY_OFFSETS);
        List<Claim> sorted = new ArrayList<>(claims.size());
        int[] sortedLines = new int[claims.size()];
        for (int i = 0; i < order.length; i++) {
            sorted.add(claims.get(order[i]).withId(ExtractionRunner.claimId(doc, i)));
            sortedLines[i] = lines[order[i]];
        }
        claims.clear();
        claims.addAll(sorted);
        return sortedLines;
    }

    /**
     * The indices of the claims in sorted order, equal claims in file order: a merge sort of ints, so that a
     * file of millions of claims is sorted without an object per claim.
     */
    static int[] stableOrder(List<Claim> claims, java.util.Comparator<Claim> order) {
        int n = claims.size();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] b = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    if (i < mid && (j >= hi || order.compare(claims.get(a[i]), claims.get(a[j])) <= 0)) {
                        b[k] = a[i++];
                    } else {
                        b[k] = a[j++];
                    }
                }
            }
            int[] swap = a;
            a = b;
            b = swap;
        }
        return a;
    }

    /** A raw {@code "doc": "..."} in a line that is not JSON: which document it meant, if any. */
    private static final Pattern RAW_DOC = Pattern.compile("\"doc\"\\s*:\\s*\"([^\"\\\\]{1,200})\"");

    /** The state of reading one file. */
    private final class Run {
        private final String file;
        private final Map<String, SpanTexts> texts = new LinkedHashMap<>();
        private final Map<String, List<Claim>> claims = new LinkedHashMap<>();
        /** Line of each claim, parallel to {@link #claims} (grown as needed). */
        private final Map<String, int[]> lines = new LinkedHashMap<>();
        private final Map<String, List<Rejection>> rejected = new LinkedHashMap<>();
        private final Map<AlignmentMethod, Integer> methods = new EnumMap<>(AlignmentMethod.class);
        private final List<Problem> problems = new ArrayList<>();
        private int moreProblems;
        private int skippedLines;
        private int claimLines;
        private int knownDocLines;
        private final TreeSet<String> unknownDocs = new TreeSet<>();

        Run(String file) {
            this.file = file;
            for (Document d : dataset.documents()) {
                claims.put(d.id(), new ArrayList<>());
                lines.put(d.id(), new int[8]);
                rejected.put(d.id(), new ArrayList<>());
            }
            for (AlignmentMethod m : AlignmentMethod.values()) {
                methods.put(m, 0);
            }
        }

        void line(JsonLinesInput.Line line) {
            if (line.text() != null && line.text().isBlank()) {
                return; // blank lines, such as a final empty line, carry nothing
            }
            claimLines++;
            List<Problem> found = new ArrayList<>();
            Optional<Document> document = claimOf(line, found);
            if (document.isEmpty()) {
                // Not a claim at all: strict mode fails on it, lenient mode skips and counts it.
                if (lenient) {
                    skippedLines++;
                    Optional<String> named = rawDocument(line);
                    if (named.isPresent()) {
                        knownDocLines++; // it names this dataset's document: not a file for another dataset
                        reject(named.get(), Rejection.Reason.INVALID, null, line.number(),
                                "line skipped (not a claim): " + found.get(0).message());
                    }
                }
                collect(found);
                return;
            }
            String doc = document.get().id();
            JsonNode rejectedAs = node.get("rejected");
            if (rejectedAs != null && rejectedAs.isTextual()) {
                // A claim an extractor made that could not be placed, as extract -o stores it: still a false positive.
                Rejection.Reason reason = JsonEnum.parse(Rejection.Reason.class, rejectedAs.textValue())
                        .orElse(Rejection.Reason.INVALID);
                JsonNode message = node.get("message");
                JsonNode text = node.get("text");
                reject(doc, reason, text != null && text.isTextual() ? text.textValue() : null, line.number(),
                        message != null && message.isTextual() ? message.textValue() : "rejected by the extractor run");
                return;
            }
            PredictionLineParser.Outcome outcome = PredictionLineParser.parse(node, texts(document.get()),
                    new PredictionLineParser.Location(file, line.number(), ""), dataset.annotates().types(), found);
            if (outcome instanceof PredictionLineParser.Parsed parsed) {
                List<Claim> list = claims.get(doc);
                int[] numbers = lines.get(doc);
                if (numbers.length == list.size()) {
                    numbers = Arrays.copyOf(numbers, numbers.length * 2);
                    lines.put(doc, numbers);
                }
                numbers[list.size()] = line.number();
                list.add(parsed.claim());
                methods.merge(parsed.method(), 1, Integer::sum);
            } else if (outcome instanceof PredictionLineParser.Unaligned unaligned) {
                reject(doc, Rejection.Reason.UNALIGNED, unaligned.text(), line.number(), unaligned.message());
            } else if (lenient) {
                reject(doc, Rejection.Reason.INVALID, ((PredictionLineParser.Invalid) outcome).text(), line.number(),
                        found.stream().map(p -> (p.field() == null ? "" : p.field() + ": ") + p.message())
                                .collect(Collectors.joining("; ")));
            } else {
                collect(found);
            }
        }

        /** The tree of the line being read, set by {@link #claimOf}. */
        private JsonNode node;

        private SpanTexts texts(Document document) {
            return texts.computeIfAbsent(document.id(), id -> new SpanTexts(new Aligner(document)));
        }

        private void reject(String doc, Rejection.Reason reason, String text, int lineNumber, String message) {
            rejected.get(doc).add(new Rejection(doc, reason, text, lineNumber, 0, message));
        }

        private void collect(List<Problem> found) {
            for (Problem p : found) {
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(p);
                } else {
                    moreProblems++;
                }
            }
        }

        /** A document of the dataset a line that is not JSON still names, so that skipping it costs an FP there. */
        private Optional<String> rawDocument(JsonLinesInput.Line line) {
            if (node != null && node.isObject()) {
                return Optional.empty(); // a JSON object whose doc is missing or unknown names no known document
            }
            if (line.text() == null) {
                return Optional.empty();
            }
            java.util.regex.Matcher m = RAW_DOC.matcher(line.text());
            return m.find() ? dataset.document(m.group(1)).map(Document::id) : Optional.empty();
        }

        /** The document a line is a claim of, with {@link #node} set; empty (and a problem) when it is no claim. */
        private Optional<Document> claimOf(JsonLinesInput.Line line, List<Problem> found) {
            int n = line.number();
            node = null;
            if (line.text() == null) {
                found.add(new Problem(file, n, null, null, line.error()));
                return Optional.empty();
            }
            try {
                node = LINE_READER.readTree(line.text());
            } catch (JsonProcessingException e) {
                found.add(new Problem(file, n, null, null, "malformed JSON: " + e.getOriginalMessage()));
                return Optional.empty();
            }
            if (!node.isObject()) {
                found.add(new Problem(file, n, null, null, "expected a JSON object {\"doc\": ..., ...}, found "
                        + PredictionLineParser.typeOf(node)));
                return Optional.empty();
            }
            JsonNode doc = node.get("doc");
            if (doc == null || doc.isNull()) {
                found.add(new Problem(file, n, null, "doc", "missing: every line names its document"));
                return Optional.empty();
            }
            if (!doc.isTextual()) {
                found.add(new Problem(file, n, null, "doc", "expected a string, found " + PredictionLineParser.typeOf(doc)));
                return Optional.empty();
            }
            Optional<Document> document = dataset.document(doc.textValue());
            if (document.isEmpty()) {
                unknownDocs.add(doc.textValue());
                found.add(new Problem(file, n, null, "doc", "unknown document id \"" + doc.textValue()
                        + "\" (not in dataset " + dataset.name() + ")"));
                return Optional.empty();
            }
            knownDocLines++;
            return document;
        }

        Predictions finish(String sha256) throws BadInputException {
            List<String> warnings = new ArrayList<>();
            if (claimLines == 0) {
                warnings.add(file + ": empty file, scored as no predictions");
            }
            if (knownDocLines == 0 && !unknownDocs.isEmpty()) {
                String examples = String.join(", ", unknownDocs.stream().limit(3).map(d -> '"' + d + '"').toList());
                throw new BadInputException(new Problem(file, 0, null, "doc", "no line names a document of dataset "
                        + dataset.name() + " (found " + examples + (unknownDocs.size() > 3 ? ", ..." : "")
                        + "): this looks like a predictions file for another dataset"));
            }
            List<Problem> all = new ArrayList<>(problems);
            if (moreProblems > 0) {
                all.add(new Problem(file, 0, null, null, "and " + moreProblems + " more problems"));
            }
            if (!lenient && !all.isEmpty()) {
                throw new BadInputException(all);
            }
            Map<String, int[]> sortedLines = new LinkedHashMap<>();
            claims.forEach((doc, list) -> sortedLines.put(doc, sortAndNumber(doc, list, lines.get(doc))));
            return new Predictions(file, sha256, claims, sortedLines, rejected, methods, skippedLines, all, warnings);
        }
    }
}
