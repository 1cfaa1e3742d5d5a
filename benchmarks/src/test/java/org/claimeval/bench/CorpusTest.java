package org.claimeval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
    @TempDir
    Path dir;

    @Test
    void folderOfTextFilesAcceptsBomAndCrlf() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Officials said\r\nit rained.\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(text, 0, withBom, bom.length, text.length);
        Files.write(dir.resolve("b.txt"), withBom);
        Files.writeString(dir.resolve("a.txt"), "Plain ASCII.\n");
        Files.writeString(dir.resolve("notes.md"), "not a document");

        Corpus corpus = Corpus.load(dir.toString());

        assertEquals(List.of("a", "b"), corpus.documents().stream().map(Document::id).toList());
        assertEquals("Officials said\nit rained.\n", corpus.documents().get(1).text());
        // "Plain ASCII.\n" is 13 bytes, "Officials said\nit rained.\n" 26: the BOM and the CRs are not counted.
        assertEquals(13 + 26, corpus.utf8Bytes());
    }

    @Test
    void textThatIsNotUtf8NamesTheFileAndLine() throws IOException {
        Files.write(dir.resolve("bad.txt"), new byte[] {'o', 'k', '\n', (byte) 0xC3, '('});
        BadInputException e = assertThrows(BadInputException.class, () -> Corpus.load(dir.toString()));
        assertTrue(e.getMessage().contains("bad.txt:2") && e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void emptyFolderIsRefused() {
        BadInputException e = assertThrows(BadInputException.class, () -> Corpus.load(dir.toString()));
        assertTrue(e.getMessage().contains("no .txt file"), e.getMessage());
    }

    @Test
    void megabytesRepeatWholeDocumentsInASeededShuffledOrder() throws Exception {
        for (String name : List.of("a", "b", "c", "d")) {
            Files.writeString(dir.resolve(name + ".txt"), name.repeat(100_000)); // 0.1 MB each
        }
        Corpus corpus = Corpus.load(dir + "@1");

        // 0.4 MB per pass: three passes reach 1.2 MB, the first pass that is at least 1 MB.
        assertEquals(12, corpus.documents().size());
        assertEquals(1_200_000, corpus.utf8Bytes());
        assertEquals(List.of("a", "b", "c", "d"), ids(corpus).subList(0, 4));
        List<String> secondPass = ids(corpus).subList(4, 8);
        assertEquals(List.of("a~1", "b~1", "c~1", "d~1"), secondPass.stream().sorted().toList());
        assertNotEquals(List.of("a~1", "b~1", "c~1", "d~1"), secondPass, "shuffled");
        assertEquals(ids(corpus), ids(Corpus.load(dir + "@1")), "the same order on every run");
    }

    @Test
    void bundledArticlesAreTheDefault() {
        Corpus corpus = Corpus.named(Corpus.ARTICLES);
        assertEquals(Corpus.bundledDataset().documents().size(), corpus.documents().size());
        assertTrue(Corpus.named(Corpus.ONE_MB).utf8Bytes() >= 1_000_000);
    }

    private static List<String> ids(Corpus corpus) {
        return corpus.documents().stream().map(Document::id).toList();
    }
}
