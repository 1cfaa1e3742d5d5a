package org.claimeval.reliability;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimeval.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A predictions file from a pull request must not be able to drive the terminal or the CI log that shows
 * claimeval's messages: no escape sequence, no bidirectional override and no line break of its values reaches
 * standard error as such, so it cannot clear the screen, recolour a verdict or start a GitHub workflow command
 * ({@code ::add-mask::}, {@code ::warning::}) on a line of its own.
 */
class TerminalInjectionTest {
    /** A value that tries all three: a new line with a workflow command, an escape sequence, an override. */
    private static final String HOSTILE = "X\\n::warning::injected\\r\\u001b[2J\\u001b[32mPASS\\u202e";

    @TempDir
    Path dir;

    private String errorsFor(String predictionLine, String... options) throws IOException {
        Path file = dir.resolve("hostile.jsonl");
        Files.writeString(file, predictionLine + "\n", StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[options.length + 3];
        args[0] = "score";
        args[1] = "--predictions";
        args[2] = file.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(2, code, err.toString());
        return err.toString();
    }

    private static void assertInert(String err) {
        assertAll(
                () -> assertFalse(err.contains("\u001b"), "an escape character reached the terminal: " + err),
                () -> assertFalse(err.contains("\u202e"), "a bidirectional override reached the terminal: " + err),
                () -> assertFalse(err.contains("\r"), "a carriage return reached the terminal: " + err),
                () -> assertFalse(err.lines().anyMatch(l -> l.startsWith("::")), "a workflow command line: " + err),
                () -> assertTrue(err.contains("\\u001b[2J"), "the escape is shown, escaped: " + err));
    }

    @Test
    void anUnknownTypeValueIsQuotedInert() throws IOException {
        assertInert(errorsFor("{\"doc\":\"000_4e2820158f8ac3a8\",\"start\":0,\"end\":1,\"text\":\"x\",\"type\":\""
                + HOSTILE + "\"}"));
    }

    @Test
    void anUnknownDocumentIdIsQuotedInert() throws IOException {
        assertInert(errorsFor("{\"doc\":\"" + HOSTILE + "\",\"start\":0,\"end\":1,\"text\":\"x\"}"));
    }

    @Test
    void aClaimTextThatDoesNotMatchIsQuotedInert() throws IOException {
        assertInert(errorsFor("{\"doc\":\"000_4e2820158f8ac3a8\",\"start\":0,\"end\":4,\"text\":\"" + HOSTILE + "\"}"));
    }
}
