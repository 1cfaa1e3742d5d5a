package org.claimeval.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
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
    /** Bytes read from {@code in} but not yet handed out: {@code chunk[chunkPos..chunkEnd)}. */
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkEnd;
    private byte[] buffer = new byte[8192];
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
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
        boolean sawBreak = false;
        while (!sawBreak) {
            if (chunkPos == chunkEnd) {
                int n = in.read(chunk);
                if (n < 0) {
                    finished = true;
                    break;
                }
                chunkPos = 0;
                chunkEnd = n;
                continue;
            }
            int from = chunkPos;
            int to = from;
            while (to < chunkEnd && chunk[to] != '\n') {
                to++;
            }
            sawBreak = to < chunkEnd;
            chunkPos = sawBreak ? to + 1 : to;
            int take = to - from;
            if (tooLong || length + take > MAX_LINE_BYTES) {
                tooLong = true; // keep consuming up to the line break, storing nothing more
                continue;
            }
            if (length + take > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.min(MAX_LINE_BYTES, Math.max(buffer.length * 2, length + take)));
            }
            System.arraycopy(chunk, from, buffer, length, take);
            length += take;
        }
        if (!sawBreak && length == 0 && !tooLong) {
            return null;
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
            String text = decoder.reset().decode(ByteBuffer.wrap(buffer, from, length - from))
                    .toString();
            return new Line(lineNumber, text, null);
        } catch (CharacterCodingException e) {
            return new Line(lineNumber, null, "bytes that are not UTF-8 (the file must be UTF-8 encoded)");
        }
    }
}
