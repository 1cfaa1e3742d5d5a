package org.claimeval.extract.builtin;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The OpenNLP UD English models, loaded once per JVM from the classpath by their explicit resource names (never
 * through the language-code constructors, which download at run time). The models are immutable and shared;
 * the {@code *ME} tools keep per-call state, so each thread gets its own instance over the shared model. The
 * tokenizer model is not needed: the verb check tokenizes its few words with {@link WordTokenizer}.
 */
final class EnglishModels {
    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static volatile SentenceModel sentenceModel;
    private static volatile POSModel posModel;

    private static final char[] DEFAULT_EOS_CHARS = {'.', '!', '?'};
    private static volatile char[] eosChars;

    /** The detector's own model, context generator and settings, with a faster scan for end-of-sentence chars. */
    @SuppressWarnings("deprecation") // the one constructor that takes the scanner's factory
    private static final ThreadLocal<SentenceDetectorME> SENTENCES = ThreadLocal.withInitial(
            () -> new SentenceDetectorME(sentenceModel(), new EndOfSentenceChars.Scanning()));
    private static final ThreadLocal<WordTagger> TAGGER = ThreadLocal.withInitial(() -> new WordTagger(posModel()));

    private EnglishModels() {
    }

    static SentenceModel sentenceModel() {
        if (sentenceModel == null) {
            synchronized (EnglishModels.class) {
                if (sentenceModel == null) {
                    sentenceModel = load(SENTENCE_MODEL, SentenceModel::new);
                }
            }
        }
        return sentenceModel;
    }

    static POSModel posModel() {
        if (posModel == null) {
            synchronized (EnglishModels.class) {
                if (posModel == null) {
                    posModel = load(POS_MODEL, POSModel::new);
                }
            }
        }
        return posModel;
    }

    /** The characters at which the sentence model may end a sentence ('.', '!', '?' for the UD model). */
    static char[] endOfSentenceChars() {
        char[] chars = eosChars;
        if (chars == null) {
            char[] fromModel = sentenceModel().getEosCharacters();
            chars = fromModel == null || fromModel.length == 0 ? DEFAULT_EOS_CHARS : fromModel.clone();
            eosChars = chars;
        }
        return chars;
    }

    /** This thread's sentence detector. */
    static SentenceDetectorME sentenceDetector() {
        return SENTENCES.get();
    }

    /** This thread's tagger of single words (the POS model's tags, as {@code POSTaggerME} gives them). */
    static WordTagger wordTagger() {
        return TAGGER.get();
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        ClassLoader loader = EnglishModels.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model resource '" + resource + "' not found on the classpath"
                        + " (it ships in the org.apache.opennlp:opennlp-models-*-en:1.3.0 jars)");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read OpenNLP model resource '" + resource + "': " + e.getMessage(), e);
        }
    }
}
