package org.claimeval.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.claimeval.io.Json;
import org.claimeval.report.Markdown;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalogue of issue 7, run through the command line exactly as a user would: every file under
 * test resources {@code bad-inputs/} is one case. Each case asserts the exit code (2, or 0 where the input is
 * accepted), that the message names the file, the line and the field, that no stack trace is printed, and
 * that the report file given with {@code --output} is left as it was (absent, or with its previous content).
 * The same case list produces {@code target/bad-inputs.md}, the table of the README.
 *
 * <p>Gold and manifest cases replace one file of a copy of the {@code datasets/valid} fixture; the reader-level
 * gold cases (NaN, BOM, deep nesting, ...) are already covered by {@code BadGoldFilesTest} and
 * {@code ValidatorTest}, so only the ones they do not run through the CLI are here.
 */
class BadInputCatalogueTest {

    /** How a case's file is put in front of claimeval. */
    enum Kind {
        /** A predictions file scored against the bundled dataset. */
        PREDICTIONS,
        /** A gold file standing in for {@code gold/e01.json} of the fixture dataset. */
        GOLD,
        /** A manifest standing in for the fixture dataset's. */
        MANIFEST,
        /** A predictions line too big to commit: a 17 MB string, written by the test. */
        ENORMOUS_STRING
    }

    /**
     * @param file    under {@code bad-inputs/predictions/} or {@code bad-inputs/dataset/}
     * @param options extra command-line options
     * @param exit    expected exit code
     * @param line    the line the message must name; 0 for a whole-file problem (or an accepted input)
     * @param field   the field the message must name; null when the whole line or file is at fault
     * @param message a fragment the message must contain; for an accepted input, a fragment of the JSON report
     */
    record BadInput(String name, Kind kind, String file, List<String> options, int exit, int line, String field,
                    String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static BadInput predictions(String name, String file, int line, String field, String message) {
        return new BadInput(name, Kind.PREDICTIONS, file, List.of(), 2, line, field, message);
    }

    private static BadInput accepted(String name, String file, List<String> options, String reportFragment) {
        return new BadInput(name, Kind.PREDICTIONS, file, options, 0, 0, null, reportFragment);
    }

    static List<BadInput> catalogue() {
        return List.of(
                predictions("truncated JSON", "truncated.jsonl", 2, null, "malformed JSON: Unexpected end-of-input"),
                predictions("wrong JSON type", "wrong-type.jsonl", 2, "start", "expected a whole number, found string"),
                predictions("number beyond int range", "beyond-int.jsonl", 2, "end", "4294967296 is beyond the int range"),
                predictions("NaN", "nan.jsonl", 2, null, "Non-standard token 'NaN'"),
                predictions("Infinity", "infinity.jsonl", 2, null, "Non-standard token 'Infinity'"),
                predictions("number overflowing to Infinity", "overflow-to-infinity.jsonl", 2, "score",
                        "must be a finite number, found Infinity"),
                predictions("negative offset", "negative-offset.jsonl", 2, "start", "negative offset -1"),
                predictions("end before start", "end-before-start.jsonl", 2, "end", "end 3 is before start 9"),
                // Document 000 has 2123 code points (wc -m on the seed), so end 2124 is one past it.
                predictions("end past the text", "end-past-text.jsonl", 2, "end",
                        "end 2124 is past the end of the document (2123 code points)"),
                predictions("unknown document id", "unknown-doc.jsonl", 2, "doc",
                        "unknown document id \"999_no_such_document\""),
                predictions("duplicate JSON key", "duplicate-key.jsonl", 2, null, "Duplicate field 'end'"),
                predictions("bytes that are not UTF-8", "not-utf8.jsonl", 2, null, "bytes that are not UTF-8"),
                predictions("deeply nested JSON (depth > 64)", "deep.jsonl", 2, null, "nesting depth (65) exceeds"),
                predictions("enormous number (100 digits)", "enormous-number.jsonl", 2, null,
                        "Number value length (100) exceeds"),
                new BadInput("enormous string (17 MB)", Kind.ENORMOUS_STRING, "enormous-string.jsonl", List.of(), 2, 2,
                        null, "String value length"),
                accepted("empty file: no predictions, with a warning", "empty.jsonl", List.of(),
                        "empty file, scored as no predictions"),
                predictions("predictions for another dataset", "other-dataset.jsonl", 0, "doc",
                        "looks like a predictions file for another dataset"),
                // Text that is not in the document is an invented claim: a false positive listed under unaligned.
                accepted("text containing <script>", "script-text.jsonl", List.of(),
                        "not found in the document, not even approximately: \\\"<script>alert(1)</script>\\\""),
                // Found by fuzzing (AlignerFuzzTest, and PredictionsFuzzTest in parallel): it crashed the aligner (exit 3).
                accepted("text of only a no-break space", "nbsp-text.jsonl", List.of(), "\"reason\" : \"unaligned\""),
                // Accepted inputs: the report says what was read. Two lines, on 000 and 001, both read.
                accepted("UTF-8 byte order mark", "bom.jsonl", List.of(), "\"offsets\" : 2"),
                accepted("CRLF line endings", "crlf.jsonl", List.of(), "\"offsets\" : 2"),
                accepted("duplicate ids in predictions (ids are ignored)", "duplicate-ids.jsonl", List.of(),
                        "\"offsets\" : 2"),
                // lenient.jsonl: lines 4 (not JSON) and 5 (unknown doc) are not claims: skipped. Line 2 (start "x")
                // is a claim of a known document with a bad field: never skipped, an invalid false positive.
                accepted("--lenient skips only lines that are not claims and counts them", "lenient.jsonl",
                        List.of("--lenient"), "\"skippedLines\" : 2"),
                new BadInput("gold: duplicate claim ids", Kind.GOLD, "gold-duplicate-ids.json", List.of(), 2, 39,
                        "claims[1].id", "duplicate claim id"),
                new BadInput("gold: end past the text", Kind.GOLD, "gold-end-past-text.json", List.of(), 2, 73,
                        "claims[2].end", "end 179 is past the end of the document (178 code points)"),
                new BadInput("gold: end before start", Kind.GOLD, "gold-end-before-start.json", List.of(), 2, 73,
                        "claims[2].end", "end 142 is before start 176"),
                new BadInput("gold: unknown document id", Kind.GOLD, "gold-unknown-doc.json", List.of(), 2, 3,
                        "doc", "is \"e99\" but the file is named for \"e01\""),
                new BadInput("manifest: truncated JSON", Kind.MANIFEST, "manifest-truncated.json", List.of(), 2, 10,
                        null, "is not valid JSON"));
    }

    /** The outcome of each case, for the README table; sorted by the case's place in the catalogue. */
    private static final Map<Integer, String[]> TABLE = new ConcurrentSkipListMap<>();

    static Stream<BadInput> cases() {
        return catalogue().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBadInputIsReportedPreciselyAndWritesNothing(BadInput c, @TempDir Path tmp) throws IOException {
        // Odd cases find a previous report in place, even ones none: neither may change.
        int index = catalogue().indexOf(c);
        Path report = tmp.resolve("out").resolve("report.json");
        Files.createDirectories(report.getParent());
        boolean previous = index % 2 == 1;
        if (previous) {
            Files.writeString(report, "previous report\n");
        }
        Placed placed = place(c, tmp);
        List<String> args = new ArrayList<>(placed.args());
        args.addAll(c.options());
        args.addAll(List.of("--format", "json", "--no-timing", "--output", report.toString()));

        Cli run = Cli.run(args);

        assertEquals(c.exit(), run.exit(), run.transcript());
        assertFalse(run.printedStackTrace(), run.transcript());
        assertEquals("", run.out(), "the report goes to --output only\n" + run.transcript());
        if (run.exit() == 0) {
            assertTrue(Files.readString(report).contains(c.message()), run.transcript());
            JsonNode json = Json.mapper().readTree(report.toFile());
            assertEquals(c.options().contains("--lenient"), json.path("configuration").path("lenient").asBoolean(),
                    json::toString);
        } else {
            String expected = placed.file() + (c.line() > 0 ? ":" + c.line() : "") + ": "
                    + (c.field() == null ? "" : (c.kind() == Kind.PREDICTIONS || c.kind() == Kind.ENORMOUS_STRING
                    ? "" : claimPrefix(c)) + "field " + c.field() + ": ");
            assertTrue(run.err().contains(expected), "expected the message to start with " + expected + "\n"
                    + run.transcript());
            assertTrue(run.err().contains(c.message()), run.transcript());
            if (previous) {
                assertEquals("previous report\n", Files.readString(report), "a failed run must not touch the report");
            } else {
                assertFalse(Files.exists(report), "a failed run must not create the report");
            }
            try (Stream<Path> left = Files.list(report.getParent())) {
                assertEquals(previous ? 1 : 0, left.count(), "no temporary file may be left behind");
            }
        }
        String firstLine = run.err().isEmpty() ? "accepted; the report has " + c.message() : run.err().lines().findFirst().orElseThrow()
                .replace(tmp + "/", "").replace("claimeval: ", "");
        TABLE.put(index, new String[] {c.name(), displayCommand(placed, c, tmp), Integer.toString(run.exit()),
                firstLine.length() > 160 ? firstLine.substring(0, 157) + "..." : firstLine});
    }

    /** Gold problems name the claim when the field belongs to one. */
    private static String claimPrefix(BadInput c) {
        return switch (c.file()) {
            case "gold-duplicate-ids.json" -> "claim e01-01: ";
            case "gold-end-past-text.json", "gold-end-before-start.json" -> "claim e01-03: ";
            default -> "";
        };
    }

    /** The command line of a case and the path its messages must name. */
    private record Placed(List<String> args, Path file, Path datasetDir) {
    }

    private static Placed place(BadInput c, Path tmp) throws IOException {
        switch (c.kind()) {
            case PREDICTIONS -> {
                Path file = Files.copy(Resources.path("bad-inputs/predictions/" + c.file()), tmp.resolve(c.file()));
                return new Placed(List.of("score", "--predictions", file.toString()), file, null);
            }
            case ENORMOUS_STRING -> {
                Path file = tmp.resolve(c.file());
                try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    w.write("{\"doc\":\"" + Resources.DOC_0 + "\",\"start\":0,\"end\":6}\n");
                    w.write("{\"doc\":\"" + Resources.DOC_0 + "\",\"text\":\"");
                    char[] block = new char[1 << 16];
                    java.util.Arrays.fill(block, 'a');
                    for (int i = 0; i < 17 * 16; i++) { // 17 MB > Json.MAX_STRING_LENGTH (16 MB)
                        w.write(block);
                    }
                    w.write("\"}\n");
                }
                return new Placed(List.of("score", "--predictions", file.toString()), file, null);
            }
            case GOLD, MANIFEST -> {
                Path root = Resources.copyTree(Resources.path("datasets/valid"), tmp.resolve("fixture"));
                Path dataset = root.resolve("dataset");
                Path target = dataset.resolve(c.kind() == Kind.GOLD ? "gold/e01.json" : "manifest.json");
                Files.copy(Resources.path("bad-inputs/dataset/" + c.file()), target,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Path predictions = Files.copy(Resources.path("bad-inputs/dataset/fixture-predictions.jsonl"),
                        tmp.resolve("fixture-predictions.jsonl"));
                return new Placed(List.of("score", "--dataset", dataset.toString(), "--predictions",
                        predictions.toString()), target, dataset);
            }
            default -> throw new IllegalStateException(c.kind().toString());
        }
    }

    private static String displayCommand(Placed placed, BadInput c, Path tmp) {
        List<String> shown = new ArrayList<>();
        for (String a : placed.args()) {
            shown.add(a.equals(placed.datasetDir() == null ? "" : placed.datasetDir().toString()) ? "DIR"
                    : a.replace(tmp + "/", ""));
        }
        if (c.kind() == Kind.GOLD || c.kind() == Kind.MANIFEST) {
            shown.add("(" + c.file() + " as " + (c.kind() == Kind.GOLD ? "DIR/gold/e01.json" : "DIR/manifest.json") + ")");
        }
        shown.addAll(c.options());
        return "claimeval " + String.join(" ", shown);
    }

    @AfterAll
    static void writeTheReadmeTable() throws IOException {
        if (TABLE.isEmpty()) {
            return;
        }
        StringBuilder md = new StringBuilder("| case | command | exit | message |\n|---|---|---|---|\n");
        for (String[] row : TABLE.values()) {
            md.append('|');
            for (int i = 0; i < row.length; i++) {
                String cell = Markdown.escape(row[i]);
                md.append(' ').append(i == 1 ? "`" + row[i].replace("`", "") + "`" : cell).append(" |");
            }
            md.append('\n');
        }
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("bad-inputs.md"), md.toString());
    }

    @Test
    void scriptInAPredictionsFileNameIsEscapedInTheMarkdownAndHtmlReports(@TempDir Path tmp) throws IOException {
        Path file = Files.copy(Resources.path("bad-inputs/predictions/crlf.jsonl"), tmp.resolve("x<script>.jsonl"));
        Cli run = Cli.run("score", "--predictions", file.toString(), "--format", "markdown", "--no-timing");
        assertEquals(0, run.exit(), run.transcript());
        // The extractor is named after the file; outside code spans it must appear only escaped.
        assertTrue(run.out().contains("x&lt;script&gt;"), run.out());
        assertFalse(outsideCodeSpans(run.out()).contains("<script"), run.out());

        Cli html = Cli.run("score", "--predictions", file.toString(), "--format", "html", "--no-timing");
        assertEquals(0, html.exit(), html.transcript());
        // The page has script elements of its own, but the name may only appear escaped.
        assertTrue(html.out().contains("x&lt;script&gt;"), html.out());
        assertFalse(html.out().contains("x<script>"), html.out());
    }

    @Test
    void aBacktickInTheNameCannotOpenTheCodeSpan(@TempDir Path tmp) throws IOException {
        Path file = Files.copy(Resources.path("bad-inputs/predictions/crlf.jsonl"), tmp.resolve("x`<script>`.jsonl"));
        Cli run = Cli.run("score", "--predictions", file.toString(), "--format", "markdown", "--no-timing");
        assertEquals(0, run.exit(), run.transcript());
        assertFalse(outsideCodeSpans(run.out()).contains("<script"), run.out());
    }

    /** The Markdown with its fenced code blocks and code spans (rendered literally, so inert) removed. */
    static String outsideCodeSpans(String markdown) {
        return markdown.replaceAll("(?m)^(`{3,})\n[^\n]*\n\\1$", "").replaceAll("(?<!\\\\)`[^`\n]*`", "");
    }
}
