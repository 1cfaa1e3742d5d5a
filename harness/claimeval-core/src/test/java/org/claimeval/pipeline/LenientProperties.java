package org.claimeval.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.extract.ExtractionRunner;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Dataset;
import org.claimeval.report.ScoreReport;
import org.claimeval.score.Counts;
import org.claimeval.score.ScoreConfig;

/**
 * {@code --lenient} can never raise a score (issue 12). A generated predictions file mixes good claims, invented
 * ones (text not in the document), claims with a bad field, and lines that are not claims at all (not JSON,
 * some still naming a document; an unknown document; no doc). Whatever the options (lenient or not, threads,
 * fail-fast), no run scores a higher precision than the strict run of the file without its unreadable lines,
 * which is what a reader that silently dropped them would score; and the difference is exactly one false
 * positive per invalid claim and per skipped line naming a known document.
 */
class LenientProperties {
    /** The fixture's documents: e01 (178 code points), e02. */
    private static final String[] DOCS = {"e01", "e02"};

    enum Kind { GOOD, INVENTED, BAD_FIELD, NOT_JSON_NAMING_DOC, NOT_JSON, UNKNOWN_DOC, NO_DOC }

    record Line(Kind kind, int doc, int start, int length) {
        String json() {
            String d = DOCS[doc];
            return switch (kind) {
                case GOOD -> "{\"doc\":\"" + d + "\",\"start\":" + start + ",\"end\":" + (start + length) + "}";
                case INVENTED -> "{\"doc\":\"" + d + "\",\"text\":\"zzqx " + start + " never written\"}";
                case BAD_FIELD -> "{\"doc\":\"" + d + "\",\"start\":" + (start + length) + ",\"end\":" + start
                        + ",\"type\":\"NEWS\"}";
                case NOT_JSON_NAMING_DOC -> "{\"doc\":\"" + d + "\",\"start\":" + start + ",";
                case NOT_JSON -> "this is not a claim " + start;
                case UNKNOWN_DOC -> "{\"doc\":\"zz" + start + "\",\"start\":0,\"end\":1}";
                case NO_DOC -> "{\"start\":0,\"end\":" + length + "}";
            };
        }

        /** What a strict reader accepts: claims of known documents, invented text included. */
        boolean readable() {
            return kind == Kind.GOOD || kind == Kind.INVENTED;
        }

        /** A false positive a lenient run adds over the readable lines: an invalid claim or a skipped line naming a document. */
        boolean countedWhenLenient() {
            return kind == Kind.BAD_FIELD || kind == Kind.NOT_JSON_NAMING_DOC;
        }
    }

    @Provide
    Arbitrary<List<Line>> files() {
        // e02 is the shorter document (98 code points): spans start below 60 and are at most 30 long, so they fit.
        Arbitrary<Line> line = Combinators.combine(Arbitraries.of(Kind.values()), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 60), Arbitraries.integers().between(1, 30)).as(Line::new);
        return line.list().ofMinSize(1).ofMaxSize(15);
    }

    private static Dataset fixture() throws Exception {
        return DatasetLoader.load(EvaluationTest.validFixture().resolve("dataset"));
    }

    private static ScoreReport score(Dataset data, List<Line> lines, boolean lenient, int threads, boolean failFast)
            throws Exception {
        Path file = Files.createTempFile("lenient", ".jsonl");
        try {
            StringBuilder text = new StringBuilder();
            lines.forEach(l -> text.append(l.json()).append('\n'));
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return Evaluation.run(new ExtractorSpec.PredictionsFile(file), data, Training.leaveOneOut(),
                    new ExtractionRunner.Options(threads, ExtractionRunner.Options.DEFAULT_TIMEOUT, failFast), lenient,
                    ScoreConfig.defaults(), false);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Found by the property: a skipped line naming a known document means the file is for this dataset. */
    @Example
    void aSkippedLineNamingADocumentIsNotAFileForAnotherDataset() throws Exception {
        noOptionRaisesPrecisionAboveTheStrictRun(List.of(new Line(Kind.NOT_JSON_NAMING_DOC, 0, 0, 1),
                new Line(Kind.UNKNOWN_DOC, 0, 0, 1)), true, true, true);
    }

    @Property(tries = 60)
    void noOptionRaisesPrecisionAboveTheStrictRun(@ForAll("files") List<Line> lines, @ForAll boolean lenient,
                                                   @ForAll boolean failFast, @ForAll boolean threeThreads) throws Exception {
        Dataset data = fixture();
        List<Line> readable = lines.stream().filter(Line::readable).toList();
        if (readable.isEmpty() && lines.stream().noneMatch(l -> l.kind() == Kind.BAD_FIELD
                || l.kind() == Kind.NOT_JSON_NAMING_DOC)) {
            return; // nothing names a known document: refused as a file for another dataset, or empty
        }
        Counts strict = score(data, readable, false, 1, false).scores().micro();
        boolean allReadable = readable.size() == lines.size();
        ScoreReport run;
        try {
            run = score(data, lines, lenient, threeThreads ? 3 : 1, failFast);
        } catch (BadInputException e) {
            assertTrue(!lenient && !allReadable, "only a strict run refuses, and only for an unreadable line");
            return;
        }
        Counts counts = run.scores().micro();
        assertTrue(counts.precision() <= strict.precision(), () -> counts + " above the strict " + strict);
        long extra = lines.stream().filter(Line::countedWhenLenient).count();
        assertEquals(new Counts(strict.tp(), strict.fp() + (lenient ? extra : 0), strict.fn()), counts);
        long skipped = lines.stream().filter(l -> !l.readable() && l.kind() != Kind.BAD_FIELD).count();
        assertEquals(lenient ? skipped : 0, run.skippedLines());
    }
}
