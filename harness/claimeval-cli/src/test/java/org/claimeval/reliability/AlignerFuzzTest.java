package org.claimeval.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimeval.extract.Aligner;
import org.claimeval.extract.AlignmentMethod;
import org.claimeval.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the offset-free aligner with any document text and any claim text: it never throws, any span it
 * returns lies inside the document, an exact match is one, and a text that occurs verbatim is always found.
 * Corpus files hold the claim text on the first line and the document after it. Run the fuzzer locally with
 * {@code JAZZER_FUZZ=1 mvn -o -pl harness/claimeval-cli -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=AlignerFuzzTest} (ten minutes, the
 * annotation's {@code maxDuration}: jazzer-junit 0.24 has no command-line override, {@code -Djazzer.max_duration} is
 * ignored; stop earlier with Ctrl-C, the corpus grows in {@code harness/.cifuzz-corpus/}).
 */
class AlignerFuzzTest {

    @FuzzTest(maxDuration = "10m") // only when fuzzing; CI runs the inputs once
    void alignerNeverThrows(FuzzedDataProvider data) {
        String document = data.consumeString(400);
        check(document, data.consumeRemainingAsString());
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void corpusNeverThrows(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int newline = content.indexOf('\n');
        check(content.substring(newline + 1), content.substring(0, newline));
    }

    /** Half a surrogate pair cannot be stored in a UTF-8 corpus file, but a JSON escape can deliver it. */
    @Test
    void halfASurrogatePairAlignsToTheWholeCodePoint() {
        // "a", then U+1F642 as the pair D83D DE42, then "b": code points 0..3, UTF-16 indices 0..4.
        check("a\uD83D\uDE42b", "\uD83D");
        check("a\uD83D\uDE42b", "\uDE42");
        check("a\uD83D\uDE42b", "\uDE42b");
        check("a\uD83D\uDE42b", "a\uD83D");
    }

    /** Found by the fuzzer: a text of Unicode spaces that String.isBlank() does not count collapsed to nothing. */
    @Test
    void aTextOfOnlyNoBreakSpacesIsNotAlignedAndDoesNotThrow() {
        check("The ministry said\u00a0that.", "\u00a0");
        check("a\u2007b", "\u2007\u00a0");
    }

    static Stream<Path> corpus() throws IOException {
        return FuzzCorpus.of(AlignerFuzzTest.class);
    }

    private static void check(String documentText, String claimText) {
        Document document = new Document("fuzz", documentText);
        Optional<Aligner.Alignment> found = new Aligner(document).align(claimText);
        if (found.isEmpty()) {
            // Blank texts are never aligned; any other text that occurs verbatim must be.
            assertTrue(claimText.isBlank() || !documentText.contains(claimText), "verbatim text not found");
            return;
        }
        Aligner.Alignment a = found.get();
        assertTrue(0 <= a.start() && a.start() <= a.end() && a.end() <= document.length(), a::toString);
        assertTrue(a.overlap() >= 0 && a.overlap() <= 1, a::toString);
        if (a.method() == AlignmentMethod.EXACT) {
            // The span may widen to whole code points when the text starts or ends with half a surrogate pair.
            assertTrue(document.slice(a.start(), a.end()).contains(claimText), a::toString);
        }
        if (documentText.contains(claimText)) {
            assertEquals(AlignmentMethod.EXACT, a.method(), "verbatim text must align exactly");
        }
    }
}
