package org.claimeval.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimeval.convert.brat.BratExporter;
import org.claimeval.convert.brat.BratImporter;
import org.claimeval.convert.labelstudio.LabelStudioExporter;
import org.claimeval.convert.labelstudio.LabelStudioImporter;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.model.Claim;
import org.claimeval.model.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kursk-claims exported to brat (and to Label Studio) and imported again is the same gold: every claim, field
 * by field, and the same profile. brat carries every field claimeval has (attributes and notes), so nothing
 * may be lost.
 */
class BratRoundTripTest {
    static Dataset kursk;

    @BeforeAll
    static void load() throws Exception {
        kursk = DatasetLoader.load(repo().resolve("dataset"));
    }

    static Path repo() {
        return Path.of(System.getProperty("claimeval.repo", "../.."));
    }

    @Test
    void kurskClaimsThroughBratIsTheSameGold(@TempDir Path tmp) throws Exception {
        OutputFolder.write(tmp.resolve("brat"), dir -> new BratExporter().write(kursk, dir));
        ImportedCorpus corpus = new BratImporter(LabelMapping.DEFAULT, repo().resolve("dataset/claimants.json"))
                .read(tmp.resolve("brat"), "kursk-claims", null);
        DatasetWriter.write(corpus, tmp.resolve("back"));
        Dataset back = DatasetLoader.load(tmp.resolve("back"));

        assertEquals(kursk.annotates(), back.annotates());
        assertEquals(byId(kursk.gold()), byId(back.gold()));
        assertEquals(kursk.documents(), back.documents());
        assertEquals(0, corpus.report().discontinuous().size());
    }

    @Test
    void kurskClaimsThroughLabelStudioIsTheSameGold(@TempDir Path tmp) throws Exception {
        OutputFolder.write(tmp.resolve("ls"), dir -> new LabelStudioExporter().write(kursk, dir));
        ImportedCorpus corpus = new LabelStudioImporter(LabelMapping.DEFAULT, repo().resolve("dataset/claimants.json"))
                .read(tmp.resolve("ls/kursk-claims.json"), "kursk-claims", null);
        DatasetWriter.write(corpus, tmp.resolve("back"));
        Dataset back = DatasetLoader.load(tmp.resolve("back"));

        // Label Studio has no annotation.conf: the type labels are the ones used, sorted.
        assertEquals(List.of("ASSESSMENT", "CASUALTIES", "COMBAT", "FORCES", "INTENT", "OTHER", "POLITICAL",
                "TERRITORY").stream().filter(back.annotates().types()::contains).toList(), back.annotates().types());
        assertEquals(byId(kursk.gold()), byId(back.gold()));
    }

    private static Map<String, Claim> byId(Map<String, List<Claim>> gold) {
        Map<String, Claim> out = new TreeMap<>();
        gold.values().forEach(claims -> claims.forEach(c -> out.put(c.id(), c)));
        return out;
    }

    static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
