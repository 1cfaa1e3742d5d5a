package org.claimeval.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.claimeval.io.InputFile;
import org.claimeval.model.BadInputException;

/**
 * A generated block of a Markdown file, between {@code <!-- NAME:start -->} and {@code <!-- NAME:end -->}:
 * the way numbers reach the README without anyone typing them. Commands check the block exists before any
 * work, so a missing marker is a usage error, not a lost run.
 */
record ReadmeBlock(Path file, String name) {

    String startMarker() {
        return "<!-- " + name + ":start -->";
    }

    String endMarker() {
        return "<!-- " + name + ":end -->";
    }

    /** Fails with a usage error when the file cannot be read or lacks the markers. */
    void check() throws BadInputException {
        read();
    }

    /** Replaces what lies between the markers with {@code markdown}. */
    void replace(String markdown) throws BadInputException, IOException {
        String text = read();
        int start = text.indexOf(startMarker());
        int end = text.indexOf(endMarker());
        Output.write(text.substring(0, start + startMarker().length()) + "\n" + markdown + text.substring(end), file,
                null);
    }

    private String read() throws BadInputException {
        String text;
        try {
            text = new String(InputFile.readAll(file), StandardCharsets.UTF_8); // a regular file only
        } catch (IOException e) {
            throw ExtractorOptions.usage(file + ": cannot be read (" + e.getMessage() + ")");
        }
        int start = text.indexOf(startMarker());
        int end = text.indexOf(endMarker());
        if (start < 0 || end < start) {
            throw ExtractorOptions.usage(file + " has no " + startMarker() + " ... " + endMarker() + " block");
        }
        return text;
    }
}
