package org.claimeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @TempDir
    Path dir;

    private static int run(String... args) {
        return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    @Test
    void reportWritesTheSamePageAsScoreFormatHtml() throws Exception {
        Path viaReport = dir.resolve("report.html");
        Path viaScore = dir.resolve("score.html");
        assertEquals(0, run("report", "--html", viaReport.toString(), "--extractor", "cue", "--no-timing"));
        assertEquals(0, run("score", "--format", "html", "-o", viaScore.toString(), "--extractor", "cue", "--no-timing"));
        String page = Files.readString(viaReport);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("extractor:cue@"), "the signature is on the page");
        assertEquals(page, Files.readString(viaScore));
    }

    @Test
    void htmlIsRequired() {
        assertEquals(2, run("report", "--extractor", "cue"));
    }
}
