package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.List;
import org.claimeval.spi.ClaimExtractor;
import org.claimeval.spi.ExtractionContext;
import org.claimeval.model.Claim;
import org.claimeval.model.Document;

/** Every sentence is a claim: the recall ceiling at sentence granularity. Attribution is left unsaid. */
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
        for (TextRange s : SentenceSplitter.sentences(document.text())) {
            TextRange content = ContentTrimmer.trim(document.text(), s.start(), s.end());
            if (!content.isEmpty()) {
                out.add(ClaimFactory.bare(document, content));
            }
        }
        return out;
    }
}
