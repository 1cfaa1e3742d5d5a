package org.claimeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimeval.dataset.DatasetLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the HTML report in headless Chromium from a file:// URL: the page's script must have run and counted
 * the same marks as the report, no script from the data may have run, and a screenshot is taken. Outside CI
 * the test is skipped (with a message) when Chromium is not installed; under CI ({@code CI=true}) it fails.
 */
class HtmlBrowserTest {
    private static final long BROWSER_SECONDS = 90;

    @TempDir
    static Path dir;
    private static Path chromium;
    private static ScoreReport report;
    private static Path page;

    @BeforeAll
    static void writePage() throws Exception {
        chromium = findChromium().orElse(null);
        if (chromium == null) {
            String message = "chromium not installed: no /usr/bin/chromium and no chromium on PATH "
                    + "(apt-get install chromium)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + "; CI=true requires the browser test to run");
            }
            System.err.println("HtmlBrowserTest skipped: " + message);
            Assumptions.abort(message);
        }
        report = HtmlTestData.realisticReport(DatasetLoader.load(Path.of(System.getProperty("claimeval.repo", "../..")).resolve("dataset")));
        page = dir.resolve("report.html");
        Files.writeString(page, HtmlReport.render(report), StandardCharsets.UTF_8);
    }

    @Test
    void scriptRanAndCountedTheReportsMarks() throws Exception {
        String dom = run("--dump-dom", page.toUri().toString());
        Matcher rendered = Pattern.compile("<p id=\"rendered\"([^>]*)>").matcher(dom);
        assertTrue(rendered.find(), "the #rendered element is in the DOM");
        String attributes = rendered.group(1);
        assertEquals("true", attribute(attributes, "data-rendered"), "the page script ran");
        var micro = report.scores().micro();
        long boundary = report.scores().documents().stream().flatMap(d -> d.matches().stream())
                .filter(m -> m.gold().start() != m.predicted().start() || m.gold().end() != m.predicted().end())
                .count();
        assertEquals(micro.tp(), Long.parseLong(attribute(attributes, "data-tp")), "true positives");
        assertEquals(micro.fp(), Long.parseLong(attribute(attributes, "data-fp")), "false positives");
        assertEquals(micro.fn(), Long.parseLong(attribute(attributes, "data-fn")), "missed");
        assertEquals(boundary, Long.parseLong(attribute(attributes, "data-boundary")), "boundary mismatches");
        // One listed mark per match (a boundary mismatch is one mark with two spans), miss and false positive.
        assertEquals(micro.tp() + micro.fp() + micro.fn(), Long.parseLong(attribute(attributes, "data-listed")));
        // The fixture covers every kind, so a count of 0 everywhere cannot pass by accident.
        assertTrue(micro.tp() > 0 && micro.fp() > 0 && micro.fn() > 0 && boundary > 0);
        // Text from the data is text: its scripts never ran (one would have marked the body, or left a script element).
        assertFalse(Pattern.compile("<body[^>]*data-pwned").matcher(dom).find(), "a script from the data ran");
        assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the document's script shown as text");
        assertEquals(1, HtmlReportTest.count(dom.toLowerCase(), "<script"), "only the page's own script element");
    }

    @Test
    void takesAScreenshot() throws Exception {
        Path png = dir.resolve("report.png");
        run("--screenshot=" + png, "--window-size=1280,2000", page.toUri().toString());
        assertTrue(Files.exists(png), "screenshot written");
        byte[] bytes = Files.readAllBytes(png);
        // PNG signature, and far more than a blank page compresses to (a blank 1280x2000 PNG is a few kB).
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
        assertEquals('N', bytes[2]);
        assertEquals('G', bytes[3]);
        assertTrue(bytes.length > 50_000, "screenshot of " + bytes.length + " bytes looks empty");
        // Kept for a person to look at: target/html-report-screenshot.png (and the page next to it).
        Path keep = Path.of("target", "html-report-screenshot.png");
        Files.createDirectories(keep.getParent());
        Files.copy(png, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(page, Path.of("target", "html-report-sample.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Runs Chromium headless on a fresh profile, bounded in time; returns its standard output. */
    private static String run(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(dir, "chromium", ".out");
        Path stderr = Files.createTempFile(dir, "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        try {
            if (!process.waitFor(BROWSER_SECONDS, TimeUnit.SECONDS)) {
                fail("chromium did not finish in " + BROWSER_SECONDS + " s: " + Files.readString(stderr));
            }
            assertEquals(0, process.exitValue(), () -> "chromium failed: " + readQuietly(stderr));
            return Files.readString(stdout, StandardCharsets.UTF_8);
        } finally {
            // Chromium forks helpers (zygote, renderer); none may outlive the test.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(" + e + ")";
        }
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile(" " + name + "=\"([^\"]*)\"").matcher(attributes);
        assertTrue(m.find(), name + " missing in " + attributes);
        return m.group(1);
    }

    private static Optional<Path> findChromium() {
        List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin/chromium")));
        String path = System.getenv("PATH");
        if (path != null) {
            for (String entry : path.split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    candidates.add(Path.of(entry, "chromium"));
                }
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }
}
