package org.claimeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimeval.io.Json;
import org.claimeval.dataset.SchemaCheck;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Problem;

/**
 * Checks a JSON report against the published {@code dataset/schema/report.schema.json}: the command-line test
 * helpers call it on every JSON report a test makes claimeval write.
 */
public final class ReportSchema {
    private static final SchemaCheck SCHEMA;

    static {
        try {
            SCHEMA = SchemaCheck.bundled("report.schema.json");
        } catch (BadInputException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReportSchema() {
    }

    /** Fails the test, listing every violation, unless the text is a report the schema accepts. */
    public static void assertValid(String json, String where) {
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError(where + " is not JSON: " + e.getMessage(), e);
        }
        List<Problem> problems = SCHEMA.validate(tree, where, 0);
        assertEquals(List.of(), problems.stream().map(Problem::toString).toList(), where + " against report.schema.json");
    }

    public static void assertValid(Path report) {
        try {
            assertValid(Files.readString(report), report.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * After a command line ran: when it asked for {@code --format json}, the report it wrote (to {@code --output}
     * or standard output) must match the schema. Runs that wrote no report (bad input) are left alone.
     */
    public static void checkRun(List<String> args, String stdout) {
        int format = args.indexOf("--format");
        if (format < 0 || format + 1 >= args.size() || !args.get(format + 1).equals("json")
                || !List.of("score", "gate", "crossval").contains(args.isEmpty() ? "" : args.get(0))) {
            return;
        }
        int output = Math.max(args.indexOf("-o"), args.indexOf("--output"));
        if (output >= 0 && output + 1 < args.size()) {
            Path file = Path.of(args.get(output + 1));
            if (Files.isRegularFile(file) && !isLeftOver(file)) {
                assertValid(file);
            }
        } else if (!stdout.isBlank()) {
            assertValid(stdout, "standard output of claimeval " + String.join(" ", args));
        }
    }

    /** A file the test put there to check that a failed run leaves it alone. */
    private static boolean isLeftOver(Path file) {
        try {
            return !Files.readString(file).startsWith("{");
        } catch (IOException e) {
            return true;
        }
    }
}
