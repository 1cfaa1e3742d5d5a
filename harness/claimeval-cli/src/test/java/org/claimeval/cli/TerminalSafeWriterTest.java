package org.claimeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalSafeWriterTest {

    private static String through(String... chunks) throws IOException {
        StringWriter sink = new StringWriter();
        TerminalSafeWriter writer = new TerminalSafeWriter(sink);
        for (String chunk : chunks) {
            writer.write(chunk);
        }
        writer.finish();
        return sink.toString();
    }

    @Test
    void escapeSequencesAndBidiOverridesAreShownNotSent() throws IOException {
        assertEquals("a\\u001b[2J\\u001b[32mPASS b\\u202egnp.exe \\u009b",
                through("a\u001b[2J\u001b[32mPASS b\u202egnp.exe \u009b"));
    }

    @Test
    void lineFeedTabAndWindowsLineEndsPass() throws IOException {
        assertEquals("a\tb\nc\r\nd", through("a\tb\nc\r\nd"));
    }

    @Test
    void aCarriageReturnThatWouldOverwriteTheLineIsShown() throws IOException {
        assertEquals("FAILED\\u000dPASSED ", through("FAILED\rPASSED "));
        assertEquals("end\\u000d", through("end\r"));
    }

    @Test
    void aWindowsLineEndSplitAcrossTwoWritesStaysALineEnd() throws IOException {
        assertEquals("a\r\nb", through("a\r", "\nb"));
        assertEquals("a\\u000db", through("a\r", "b"));
    }

    @Test
    void textWithoutControlsIsUnchanged() throws IOException {
        // Emoji (with a zero-width joiner), Cyrillic and Ukrainian are text, not controls.
        String text = "Курськ, Суджа 👩‍👩‍👧 «так» — done";
        assertEquals(text, through(text));
    }
}
