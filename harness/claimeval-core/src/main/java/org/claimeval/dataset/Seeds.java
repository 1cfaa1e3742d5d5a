package org.claimeval.dataset;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Seed texts: strict UTF-8 decoding and the sha256 that pins their exact bytes. */
public final class Seeds {
    private Seeds() {
    }

    /** Lower-case hex sha256 of the bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /**
     * Decodes strictly: malformed or truncated UTF-8 is reported with its byte offset instead of silently
     * becoming U+FFFD, which would shift every offset after it. A leading byte-order mark is rejected too:
     * some tools strip it and some count it, so offsets after it would be ambiguous.
     */
    public static Optional<String> decode(String file, byte[] bytes, ProblemCollector problems) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            problems.add(file, 1, null, null, "starts with a UTF-8 byte-order mark (EF BB BF); offsets would be ambiguous, remove it");
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString());
        } catch (CharacterCodingException e) {
            int at = buffer.position();
            problems.add(file, lineAt(bytes, at), null, null,
                    "is not valid UTF-8 (bad byte 0x" + HexFormat.of().toHexDigits(bytes[Math.min(at, bytes.length - 1)])
                            + " near byte offset " + at + ")");
            return Optional.empty();
        }
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, bytes.length); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
