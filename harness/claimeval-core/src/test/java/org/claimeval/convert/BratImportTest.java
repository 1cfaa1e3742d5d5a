package org.claimeval.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimeval.convert.brat.BratImporter;
import org.claimeval.model.Annotates;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Claim;
import org.claimeval.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** brat corpora written for these tests (and the example corpus shipped in dataset/examples/brat-mini). */
class BratImportTest {
    private static final String TEXT = "The mayor said the bridge will reopen in May, and the engineers agreed.\n";
    //                                  0         1         2         3         4         5         6         7
    //                                  0123456789012345678901234567890123456789012345678901234567890123456789012

    private static ImportedCorpus read(Path dir) throws BadInputException {
        return new BratImporter(LabelMapping.DEFAULT, null).read(dir, "test", null);
    }

    private static Path corpus(Path dir, String ann) throws Exception {
        Files.writeString(dir.resolve("d1.txt"), TEXT);
        Files.writeString(dir.resolve("d1.ann"), ann);
        return dir;
    }

    @Test
    void anEventJoinsContentSourceAndCue(@TempDir Path tmp) throws Exception {
        ImportedCorpus c = read(corpus(tmp, """
                T1\tSource 0 9\tThe mayor
                T2\tCue 10 14\tsaid
                T3\tContent 15 44\tthe bridge will reopen in May
                E1\tCue:T2 Source:T1 Content:T3
                A1\tType T3 INFRASTRUCTURE
                #1\tAnnotatorNotes T3\tchecked twice
                """));
        Claim claim = c.gold().get("d1").get(0);
        assertEquals("the bridge will reopen in May", claim.text());
        assertEquals("The mayor", claim.claimantMention().text());
        // No registry: the claimant is the mention, normalised when compared.
        assertEquals("The mayor", claim.claimant());
        assertEquals("said", claim.cue().text());
        assertEquals("INFRASTRUCTURE", claim.type().label());
        assertEquals("d1-01", claim.id());
        Annotates a = c.annotates();
        assertEquals(Annotates.ClaimantKind.MENTION, a.claimant());
        assertEquals(List.of("INFRASTRUCTURE"), a.types());
        assertTrue(a.cue());
        assertFalse(a.attribution() || a.quote() || a.quantities() || a.clusters());
    }

    @Test
    void aDiscontinuousSpanBecomesItsCoveringSpanAndIsListed(@TempDir Path tmp) throws Exception {
        // "the bridge" [15,25) and "reopen in May" [31,44): covered by [15,44).
        ImportedCorpus c = read(corpus(tmp, """
                T1\tContent 15 25;31 44\tthe bridge reopen in May
                T2\tSource 0 9\tThe mayor
                R1\tSource Arg1:T1 Arg2:T2
                """));
        Claim claim = c.gold().get("d1").get(0);
        assertEquals(15, claim.start());
        assertEquals(44, claim.end());
        assertNull(claim.cue());
        assertEquals(1, c.report().discontinuous().size());
        assertTrue(c.report().discontinuous().get(0).endsWith("d1.ann:1: T1 Content 15 25;31 44 -> [15,44)"),
                c.report().discontinuous().get(0));
    }

    private static Problem onlyProblem(Path dir) {
        BadInputException e = assertThrows(BadInputException.class, () -> read(dir));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void aLineThatDoesNotParseNamesFileLineAndField(@TempDir Path tmp) throws Exception {
        Problem p = onlyProblem(corpus(tmp, "T1\tContent 15 44\tthe bridge will reopen in May\nT2\tSource zero 9\tThe mayor\n"));
        assertTrue(p.file().endsWith("d1.ann"), p.toString());
        assertEquals(2, p.line());
        assertEquals("offsets", p.field());
    }

    @Test
    void anOffsetPastTheTextIsBadInput(@TempDir Path tmp) throws Exception {
        Problem p = onlyProblem(corpus(tmp, "T1\tContent 15 90\tthe bridge\n"));
        assertEquals(1, p.line());
        assertEquals("offsets", p.field());
        assertTrue(p.message().contains("past the end of the text (72 characters)"), p.message());
    }

    @Test
    void aSpanWhoseTextDisagreesWithTheTxtIsBadInput(@TempDir Path tmp) throws Exception {
        Problem p = onlyProblem(corpus(tmp, "T1\tSource 0 9\tThe major\n"));
        assertEquals(1, p.line());
        assertEquals("text", p.field());
        assertTrue(p.message().contains("\"The major\" but the text has \"The mayor\""), p.message());
    }

    @Test
    void anEventPointingAtAMissingIdIsBadInput(@TempDir Path tmp) throws Exception {
        Problem p = onlyProblem(corpus(tmp, "T1\tContent 15 44\tthe bridge will reopen in May\nE1\tCue:T7 Content:T1\n"));
        assertEquals(2, p.line());
        assertEquals("arguments", p.field());
        assertTrue(p.message().contains("E1 refers to T7"), p.message());
    }

    @Test
    void annotatorsBySuffixOrByFolderBecomeOneSetEach(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("d1.txt"), TEXT);
        Files.writeString(tmp.resolve("d1.ann"), "T1\tContent 15 44\tthe bridge will reopen in May\n");
        Files.writeString(tmp.resolve("d1.kim.ann"), "T1\tContent 15 25\tthe bridge\n");
        Files.createDirectories(tmp.resolve("lee"));
        Files.writeString(tmp.resolve("lee").resolve("d1.ann"), "T1\tContent 50 70\tthe engineers agreed\n");
        ImportedCorpus c = read(tmp);
        assertEquals(List.of("default", "kim", "lee"), List.copyOf(c.annotators().keySet()));
        assertEquals("default", c.goldAnnotator());
        assertEquals("the bridge", c.annotators().get("kim").get("d1").get(0).text());
        assertEquals("the engineers agreed", c.annotators().get("lee").get("d1").get(0).text());
    }

    /**
     * PolNeAR's published layout: texts in {@code text/}, each annotator's file in {@code attributions/} as
     * {@code <doc>_<annotator>.ann}, an {@code Attribution} trigger span and an event whose roles name the
     * content, cue and source. Most documents have one annotator, each a different one.
     */
    @Test
    void polnearLayoutSeparateFoldersAndUnderscoreAnnotatorsOneGoldPerDocument(@TempDir Path tmp) throws Exception {
        Path text = Files.createDirectories(tmp.resolve("dev/text"));
        Path attributions = Files.createDirectories(tmp.resolve("dev/attributions"));
        Files.writeString(text.resolve("news_bridge.txt"), TEXT);
        Files.writeString(text.resolve("news_other.txt"), TEXT);
        Files.writeString(text.resolve("news_unannotated.txt"), TEXT);
        String byMayor = """
                T1\tSource 0 9\tThe mayor
                T2\tCue 10 14\tsaid
                T3\tContent 15 44\tthe bridge will reopen in May
                T4\tAttribution 10 14\tsaid
                E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
                """;
        Files.writeString(attributions.resolve("news_bridge_4b22.ann"), byMayor);
        Files.writeString(attributions.resolve("news_bridge_ef2d.ann"), "T1\tContent 15 25\tthe bridge\n");
        Files.writeString(attributions.resolve("news_other_5fec.ann"), byMayor);
        ImportedCorpus c = read(tmp.resolve("dev"));
        assertEquals(List.of("4b22", "5fec", "ef2d"), List.copyOf(c.annotators().keySet()));
        // Two documents: the text no .ann annotates is left out, and said so.
        assertEquals(List.of("news_bridge", "news_other"), c.documents().stream().map(d -> d.id()).toList());
        assertTrue(c.report().notes().contains("1 .txt file(s) without an .ann left out (not annotated)"),
                c.report().notes().toString());
        // Gold annotator: the first by name, 4b22. news_other was annotated by 5fec only, so its gold is 5fec's
        // one claim, not an empty document: 1 claim + 1 claim = 2 gold claims, 1 document from another annotator.
        assertEquals("4b22", c.goldAnnotator());
        assertEquals(1, c.gold().get("news_bridge").size());
        assertEquals("The mayor", c.gold().get("news_other").get(0).claimantMention().text());
        assertEquals(1, c.goldFromOtherAnnotators());
        assertEquals("the bridge", c.annotators().get("ef2d").get("news_bridge").get(0).text());
    }

    @Test
    void twoFilesForOneAnnotatorAndDocumentAreBadInput(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("d1.txt"), TEXT);
        Files.writeString(tmp.resolve("d1.kim.ann"), "T1\tContent 15 25\tthe bridge\n");
        Files.writeString(tmp.resolve("d1_kim.ann"), "T1\tContent 15 25\tthe bridge\n");
        BadInputException e = assertThrows(BadInputException.class, () -> read(tmp));
        assertTrue(e.getMessage().contains("is a second annotation of d1 by kim"), e.getMessage());
    }

    @Test
    void theExampleCorpusHasTwoAnnotatorsAndOneDiscontinuousSpan() throws Exception {
        Path mini = BratRoundTripTest.repo().resolve("dataset/examples/brat-mini");
        ImportedCorpus c = read(mini);
        assertEquals(List.of("alice", "bob"), List.copyOf(c.annotators().keySet()));
        assertEquals(10, c.report().claims().get("alice"));
        assertEquals(10, c.report().claims().get("bob"));
        assertEquals(1, c.report().discontinuous().size());
        // The labels come from annotation.conf, in its order.
        assertEquals(List.of("ECONOMY", "ENVIRONMENT", "SAFETY", "PROCEDURE"), c.annotates().types());
    }
}
