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
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.claimeval.io.Json;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Claim;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.Problem;

/**
 * Reads a predictions file ({@code --predictions FILE.jsonl}): one claim a line,
 * {@code {"doc", "start", "end"}} or offset-free {@code {"doc", "text"}}, with the optional {@code text},
 * {@code claimant}, {@code type}, {@code attribution}, {@code quote}, {@code score} and
 * {@code quantities: [{value, unit, bound}]}; other fields are ignored. Offsets are code points.
 *
 * <p>The file is streamed a line at a time, so memory grows with the claims kept (about 150 bytes each, plus
 * the text of each distinct span), not with the file. Every problem
 * names the file, line and field; all are collected (up to {@link #MAX_PROBLEMS}) before failing. In lenient
 * mode bad lines are skipped and counted instead, but an empty file or a file for another dataset still fails.
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
    private static void sortAndNumber(String doc, List<Claim> claims) {
        claims.sort(ExtractionRunner.BY_OFFSETS);
        for (int i = 0; i < claims.size(); i++) {
            claims.set(i, claims.get(i).withId(ExtractionRunner.claimId(doc, i)));
        }
    }

    /** The state of reading one file. */
    private final class Run {
        private final String file;
        private final Map<String, SpanTexts> texts = new LinkedHashMap<>();
        private final Map<String, List<Claim>> claims = new LinkedHashMap<>();
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
            Optional<PredictionLineParser.Parsed> parsed = parse(line, found);
            if (parsed.isPresent()) {
                Claim claim = parsed.get().claim();
                claims.get(claim.doc()).add(claim);
                methods.merge(parsed.get().method(), 1, Integer::sum);
            } else {
                if (lenient) {
                    skippedLines++;
                }
                for (Problem p : found) {
                    if (problems.size() < MAX_PROBLEMS) {
                        problems.add(p);
                    } else {
                        moreProblems++;
                    }
                }
            }
        }

        private Optional<PredictionLineParser.Parsed> parse(JsonLinesInput.Line line, List<Problem> found) {
            int n = line.number();
            if (line.text() == null) {
                found.add(new Problem(file, n, null, null, line.error()));
                return Optional.empty();
            }
            JsonNode node;
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
            SpanTexts spanTexts = texts.computeIfAbsent(document.get().id(), id -> new SpanTexts(new Aligner(document.get())));
            return PredictionLineParser.parse(node, spanTexts, new PredictionLineParser.Location(file, n, ""),
                    dataset.annotates().types(), found);
        }

        Predictions finish(String sha256) throws BadInputException {
            if (claimLines == 0) {
                throw new BadInputException(new Problem(file, 0, null, null, "empty file: no predictions"));
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
            claims.forEach(PredictionsReader::sortAndNumber);
            return new Predictions(file, sha256, claims, methods, skippedLines, all);
        }
    }
}
