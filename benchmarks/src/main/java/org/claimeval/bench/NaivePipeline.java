package org.claimeval.bench;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.claimeval.model.Document;

/**
 * The reference every extractor's speed is a ratio to: what a claim extractor built naively on OpenNLP costs.
 * {@code SentenceDetectorME} over the whole text, then {@code TokenizerME} and {@code POSTaggerME} on every
 * sentence. The {@code *ME} tools keep per-call state, so one instance serves one thread.
 */
final class NaivePipeline {
    private final SentenceDetectorME sentences = new SentenceDetectorME(EnglishModelFiles.Shared.SENTENCE_MODEL);
    private final TokenizerME tokenizer = new TokenizerME(EnglishModelFiles.Shared.TOKEN_MODEL);
    private final POSTaggerME tagger = new POSTaggerME(EnglishModelFiles.Shared.POS_MODEL);

    /** Runs the pipeline over one document; returns the tags of its last sentence (consumed by a blackhole). */
    Object run(Document document) {
        String text = document.text();
        String[] tags = new String[0];
        for (Span s : sentences.sentPosDetect(text)) {
            tags = tagger.tag(tokenizer.tokenize(text.substring(s.getStart(), s.getEnd())));
        }
        return tags;
    }
}
