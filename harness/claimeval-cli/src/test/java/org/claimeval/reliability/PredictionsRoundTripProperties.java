package org.claimeval.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.claimeval.extract.Aligner;
import org.claimeval.extract.AlignmentMethod;
import org.claimeval.extract.Predictions;
import org.claimeval.extract.PredictionsReader;
import org.claimeval.extract.PredictionsWriter;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimType;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;

/**
 * Properties of the predictions format on generated documents whose text mixes ASCII, accents, emoji (two UTF-16
 * units each), quotes, backslashes and line breaks, so that any code-point/UTF-16 confusion or escaping slip
 * shows: what {@code claimeval extract} writes reads back as the same claims, and any piece of a document given
 * offset-free aligns exactly onto a span with that very text.
 */
class PredictionsRoundTripProperties {

    /** A document text and spans on it, as code-point offsets. */
    record Case(String text, List<int[]> spans) {
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", "b", "Z", " ", "\n", "\r\n", "\t", "é", "ß", "\"", "\\", "/", "<", "\u00a0",
                "\uD83D\uDE42", "\uD83D\uDE80", "\u2028", "\u0000").list().ofMinSize(1).ofMaxSize(60)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<Case> cases() {
        return texts().flatMap(text -> {
            int length = text.codePointCount(0, text.length());
            Arbitrary<int[]> span = Combinators.combine(Arbitraries.integers().between(0, length),
                    Arbitraries.integers().between(0, length)).as((a, b) -> new int[] {Math.min(a, b), Math.max(a, b)});
            return span.list().ofMaxSize(8).map(spans -> new Case(text, spans));
        });
    }

    @Property(tries = 300)
    void whatIsWrittenReadsBackAsTheSameClaims(@ForAll("cases") Case c) throws Exception {
        Document doc = new Document("d1", c.text());
        Dataset dataset = new Dataset("props", "1", List.of(doc), ClaimantRegistry.empty(), Map.of(), "0000000000000000");
        List<Claim> written = new ArrayList<>();
        for (int[] s : c.spans()) {
            written.add(new Claim(null, doc.id(), s[0], s[1], doc.slice(s[0], s[1]), null, null, null, List.of(), null,
                    null, ClaimType.OTHER, List.of(), null, 0.5));
        }
        StringWriter out = new StringWriter();
        PredictionsWriter.write(Map.of(doc.id(), written), out);
        if (written.isEmpty()) {
            return; // an empty file is an error by design, tested elsewhere
        }
        Predictions read = new PredictionsReader(dataset, false)
                .read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), "props.jsonl");
        List<Claim> back = read.claims(doc.id());
        // The reader orders claims by offsets; claims on the same span are alike here, so order among them is moot.
        written.sort(java.util.Comparator.comparingInt(Claim::start).thenComparingInt(Claim::end));
        assertEquals(written.size(), back.size());
        for (int i = 0; i < written.size(); i++) {
            Claim w = written.get(i);
            Claim b = back.get(i);
            assertEquals(List.of(w.start(), w.end(), w.text(), w.type(), w.score()),
                    List.of(b.start(), b.end(), b.text(), b.type(), b.score()));
        }
    }

    @Property(tries = 300)
    void anyPieceOfTheDocumentAlignsExactlyOntoItsOwnText(@ForAll("cases") Case c) {
        Document doc = new Document("d1", c.text());
        Aligner aligner = new Aligner(doc);
        for (int[] s : c.spans()) {
            String piece = doc.slice(s[0], s[1]);
            Optional<Aligner.Alignment> a = aligner.align(piece);
            if (piece.isBlank()) {
                assertEquals(Optional.empty(), a, "blank texts are not aligned");
                continue;
            }
            // The first occurrence is chosen, which may be elsewhere, but its text is always the piece itself.
            assertEquals(AlignmentMethod.EXACT, a.orElseThrow().method());
            assertEquals(piece, doc.slice(a.get().start(), a.get().end()));
        }
    }
}
