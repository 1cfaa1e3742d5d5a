package org.claimeval.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineSplitterTest {

    @Test
    void splitsOnRunsOfWhitespace() {
        assertEquals(List.of("python3", "my_extractor.py", "--fast"),
                CommandLineSplitter.split("  python3   my_extractor.py\t--fast "));
    }

    @Test
    void singleQuotesKeepEverythingLiterally() {
        // Inside '...' the backslash and the double quote are ordinary characters.
        assertEquals(List.of("echo", "a \\\"b\" c"), CommandLineSplitter.split("echo 'a \\\"b\" c'"));
    }

    @Test
    void doubleQuotesAllowEscapedQuoteAndBackslashOnly() {
        // "x \" y \\ z \n" -> x " y \ z \n   (\n is not an escape: both characters stay)
        assertEquals(List.of("x \" y \\ z \\n"), CommandLineSplitter.split("\"x \\\" y \\\\ z \\n\""));
    }

    @Test
    void backslashOutsideQuotesEscapesTheNextCharacter() {
        assertEquals(List.of("my file.py", "$HOME"), CommandLineSplitter.split("my\\ file.py \\$HOME"));
    }

    @Test
    void adjacentPartsJoinAndEmptyQuotesGiveAnEmptyArgument() {
        assertEquals(List.of("abc", "", "x"), CommandLineSplitter.split("a'b'\"c\" '' x"));
    }

    @Test
    void noShellSyntaxIsInterpreted() {
        assertEquals(List.of("a", "|", "b", ">", "out", ";", "rm", "*"), CommandLineSplitter.split("a | b > out ; rm *"));
    }

    @Test
    void rejectsUnterminatedQuotesTrailingBackslashAndEmptyCommands() {
        assertThrows(IllegalArgumentException.class, () -> CommandLineSplitter.split("python3 'oops"));
        assertThrows(IllegalArgumentException.class, () -> CommandLineSplitter.split("python3 \"oops"));
        assertThrows(IllegalArgumentException.class, () -> CommandLineSplitter.split("python3 \\"));
        assertThrows(IllegalArgumentException.class, () -> CommandLineSplitter.split("   "));
    }
}
