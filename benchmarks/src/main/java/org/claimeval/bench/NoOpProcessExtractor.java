package org.claimeval.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A process extractor that finds no claims, as fast as Java allows, to measure what the JSON Lines protocol
 * itself costs the harness ({@code claimeval bench --extractor-cmd 'java -cp harness/target/claimeval.jar
 * org.claimeval.bench.NoOpProcessExtractor'}). It reads each request line, copies its {@code "doc"} value as it
 * was written (the harness writes {@code doc} first, ASCII only) and answers {@code {"doc": ..., "claims": []}}.
 */
public final class NoOpProcessExtractor {
    private static final byte[] DOC_KEY = "{\"doc\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLAIMS = ",\"claims\":[]}\n".getBytes(StandardCharsets.US_ASCII);

    private NoOpProcessExtractor() {
    }

    public static void main(String[] args) throws IOException {
        serve(new BufferedInputStream(System.in, 1 << 16), new BufferedOutputStream(System.out, 1 << 12));
    }

    static void serve(InputStream in, OutputStream out) throws IOException {
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        int b = in.read();
        while (b >= 0) {
            // Skip the key, then copy the quoted id (with its escapes) and skip the rest of the line.
            for (int i = 0; i < DOC_KEY.length && b >= 0 && b != '\n'; i++) {
                b = in.read();
            }
            doc.reset();
            boolean escaped = false;
            boolean open = false;
            while (b >= 0 && b != '\n') {
                doc.write(b);
                if (open && !escaped && b == '"') {
                    break;
                }
                escaped = !escaped && b == '\\';
                open = true;
                b = in.read();
            }
            while (b >= 0 && b != '\n') {
                b = in.read();
            }
            if (doc.size() > 0) {
                out.write(DOC_KEY);
                doc.writeTo(out);
                out.write(CLAIMS);
                out.flush();
            }
            b = in.read();
        }
    }
}
