package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.List;
import org.claimeval.spi.ClaimExtractor;
import org.claimeval.spi.ExtractionContext;
import org.claimeval.model.Claim;
import org.claimeval.model.Document;

/**
 * Every sentence is a claim, except bylines, credits, timestamps, headings and questions (never claims, guideline
 * 4): the recall ceiling at sentence granularity. Attribution is left unsaid.
 */
public final class SentenceExtractor implements ClaimExtractor {
    @Override
    public String name() {
        return "sentence";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public void prepare(ExtractionContext context) {
        EnglishModels.sentenceModel();
    }

    @Override
    public List<Claim> extract(Document document) {
        List<Claim> out = new ArrayList<>();
        String text = document.text();
        for (TextRange p : SentenceSplitter.paragraphs(text)) {
            if (NonClaimLines.skip(text, p)) {
                continue; // bylines, credits, timestamps, headings: never claims
            }
            for (TextRange s : SentenceSplitter.sentences(text, p)) {
                addUnlessQuestion(document, s, out);
            }
        }
        return out;
    }

    private static void addUnlessQuestion(Document document, TextRange s, List<Claim> out) {
        if (document.text().charAt(s.end() - 1) != '?') {
            TextRange content = ContentTrimmer.trim(document.text(), s.start(), s.end());
            if (!content.isEmpty()) {
                out.add(ClaimFactory.bare(document, content));
            }
        }
    }
}
