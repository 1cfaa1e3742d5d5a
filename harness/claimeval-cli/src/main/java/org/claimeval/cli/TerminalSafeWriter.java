package org.claimeval.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer for what claimeval prints on a terminal or into a CI log, where the text may quote an untrusted input
 * (a predictions file, a dataset, an extractor's message from a pull request). Such text must not drive the
 * terminal: an escape sequence could clear the screen and print a green "PASS", a lone carriage return could
 * overwrite a failure line, and a bidirectional override could show a file name backwards. So every control
 * character except tab and line feed (and a carriage return directly before a line feed), and every
 * bidirectional formatting character, is written as {@code \}{@code uXXXX}. Inside a JSON string that is the
 * JSON escape of the same character, so a report on standard output still parses to the same values.
 */
final class TerminalSafeWriter extends FilterWriter {
    private boolean pendingCarriageReturn;

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        write(new String(chars, offset, length), 0, length);
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
        int end = offset + length;
        int safeFrom = offset;
        for (int i = offset; i < end; i++) {
            char ch = s.charAt(i);
            if (pendingCarriageReturn) {
                pendingCarriageReturn = false;
                out.write(ch == '\n' ? "\r" : escaped('\r'));
            }
            if (ch == '\r' || drivesTheTerminal(ch)) {
                out.write(s, safeFrom, i - safeFrom);
                safeFrom = i + 1;
                if (ch == '\r') {
                    pendingCarriageReturn = true;
                } else {
                    out.write(escaped(ch));
                }
            }
        }
        out.write(s, safeFrom, end - safeFrom);
    }

    /** Ends the output: a carriage return that no line feed followed is shown, not sent. */
    void finish() throws IOException {
        if (pendingCarriageReturn) {
            pendingCarriageReturn = false;
            out.write(escaped('\r'));
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        finish();
        out.close();
    }

    static boolean drivesTheTerminal(char ch) {
        if (ch == '\t' || ch == '\n') {
            return false;
        }
        return Character.getType(ch) == Character.CONTROL || isBidiControl(ch);
    }

    /** The characters that reorder text: marks, embeddings, overrides and isolates (Unicode UAX #9). */
    private static boolean isBidiControl(char ch) {
        return ch == '\u061C' || ch == '\u200E' || ch == '\u200F' || (ch >= '\u202A' && ch <= '\u202E')
                || (ch >= '\u2066' && ch <= '\u2069');
    }

    private static String escaped(char ch) {
        return String.format("\\u%04x", (int) ch);
    }
}
