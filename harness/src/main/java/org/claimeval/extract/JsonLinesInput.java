package org.claimeval.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a JSON Lines stream one line at a time, never holding more than one line: splits raw bytes at
 * {@code \n}, drops a trailing {@code \r} (CRLF files) and a UTF-8 byte order mark at the very start, and
 * decodes each line strictly, so bytes that are not UTF-8 are reported with their line instead of silently
 * becoming U+FFFD.
 */
final class JsonLinesInput {
    /** Longer than any legitimate line (a document text is at most {@code Json.MAX_STRING_LENGTH}). */
    static final int MAX_LINE_BYTES = 32 * 1024 * 1024;

    /**
     * One line: its text, or why it has none.
     *
     * @param number 1-based
     * @param text   null when {@code error} says why
     */
    record Line(int number, String text, String error) {
    }

    private final InputStream in;
    private byte[] buffer = new byte[8192];
    private int lineNumber;
    private boolean atStart = true;
    private boolean finished;

    JsonLinesInput(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        if (finished) {
            return null;
        }
        int length = 0;
        boolean tooLong = false;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (length == MAX_LINE_BYTES) {
                tooLong = true; // keep consuming up to the line break, storing nothing more
                continue;
            }
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.min(MAX_LINE_BYTES, buffer.length * 2));
            }
            buffer[length++] = (byte) b;
        }
        if (b == -1) {
            finished = true;
            if (length == 0 && !tooLong) {
                return null;
            }
        }
        lineNumber++;
        int from = 0;
        if (atStart && length >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB
                && (buffer[2] & 0xFF) == 0xBF) {
            from = 3;
        }
        atStart = false;
        if (tooLong) {
            return new Line(lineNumber, null, "line longer than " + MAX_LINE_BYTES + " bytes");
        }
        if (length > from && buffer[length - 1] == '\r') {
            length--;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buffer, from, length - from))
                    .toString();
            return new Line(lineNumber, text, null);
        } catch (CharacterCodingException e) {
            return new Line(lineNumber, null, "bytes that are not UTF-8 (the file must be UTF-8 encoded)");
        }
    }
}
