package org.claimeval.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The three OpenNLP UD English models the built-in extractors use, read from the classpath by resource name
 * (the same files and names as the harness's package-private {@code extract.builtin.EnglishModels}, which the
 * benchmarks cannot reach). Used by the naive reference pipeline, the stage benchmarks and model loading.
 */
public enum EnglishModelFiles {
    SENTENCE("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin"),
    TOKENS("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"),
    POS("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin");

    private final String resource;

    EnglishModelFiles(String resource) {
        this.resource = resource;
    }

    /** Reads the model from its resource: a fresh, cold load every call. */
    public Object load() {
        ClassLoader loader = EnglishModelFiles.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("model resource " + resource + " is not on the classpath");
            }
            return switch (this) {
                case SENTENCE -> new SentenceModel(in);
                case TOKENS -> new TokenizerModel(in);
                case POS -> new POSModel(in);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model resource " + resource, e);
        }
    }

    /** The models loaded once for the whole JVM; they are immutable and shared by every thread. */
    public static final class Shared {
        public static final SentenceModel SENTENCE_MODEL = (SentenceModel) SENTENCE.load();
        public static final TokenizerModel TOKEN_MODEL = (TokenizerModel) TOKENS.load();
        public static final POSModel POS_MODEL = (POSModel) POS.load();

        private Shared() {
        }
    }
}
