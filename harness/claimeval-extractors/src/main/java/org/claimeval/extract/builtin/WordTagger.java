package org.claimeval.extract.builtin;

import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * The tag that {@link POSTaggerME#tag(String[])} gives one word of a short word sequence, computed by the same
 * beam search over the same model, context generator, validator and beam size (OpenNLP's {@code BeamSearch}, step
 * for step: the same candidates, scores, queue order and ties), with three shortcuts that cannot change the answer:
 * <ul>
 *   <li>the search stops as soon as every sequence left in the beam gives the word the same tag: each later
 *       sequence extends one of them, so the best one at the end does too. The rules ask about one word in a window
 *       of words around it; the beam settles a few words after it, before the window ends;</li>
 *   <li>the score a candidate needs to stay in the beam (the beam size's largest score of the step) is picked out
 *       of the scores, not read from a sorted copy of all of them;</li>
 *   <li>two sequences of a step whose contexts are one array (the same word and previous two tags) share one
 *       evaluation of the model.</li>
 * </ul>
 * The tagger was the largest single cost of the {@code cue} extractor. Keeps per-call state (the context generator
 * caches features per sentence): one instance per thread.
 */
final class WordTagger {
    /** What {@code BeamSearch.bestSequence} passes as the lowest score a sequence may have. */
    private static final double MIN_SEQUENCE_SCORE = -100000;
    private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];

    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final int beamSize;
    /** Maps the model's tags to UD tags as {@code POSTaggerME} does, or null when the model's tags are UD already. */
    private final POSTagFormatMapper toUd;
    /**
     * The contexts evaluated in the current step and their probabilities. The context generator returns the same
     * array for the same word and previous two tags (its cache), and two sequences of the beam often end in the same
     * two tags (they differ further back): the model is then evaluated once for both, with the same result, as it
     * is a function of the context alone. Four in ten evaluations of the extractor's windows are saved so.
     */
    private final String[][] stepContexts;
    private final double[][] stepProbabilities;
    /** Drops the features the model does not know before it evaluates a context (null: keeps them all). */
    private final ModelFeatureFilter knownFeatures;

    WordTagger(POSModel posModel) {
        POSTaggerFactory factory = posModel.getFactory();
        String beamSizeProperty = posModel.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        this.beamSize = beamSizeProperty == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beamSizeProperty);
        this.model = posModel.getArtifact("pos.model");
        this.contexts = factory.getPOSContextGenerator(beamSize);
        this.validator = factory.getSequenceValidator();
        String[] outcomes = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = model.getOutcome(i);
        }
        // POSTaggerME builds this mapper over the same outcomes; its constructor is protected, hence the subclass.
        POSTagFormatMapper mapper = new POSTagFormatMapper(outcomes) {
        };
        this.toUd = mapper.getGuessedFormat() == POSTagFormat.UD ? null : mapper;
        this.stepContexts = new String[beamSize][];
        this.stepProbabilities = new double[beamSize][model.getNumOutcomes()];
        this.knownFeatures = ModelFeatureFilter.of(model);
    }

    /** The UD tag of {@code words[index]} in the tagger's best tagging of {@code words}. */
    String tagOf(String[] words, int index) {
        String tag = modelTagOf(words, index);
        return toUd == null ? tag : toUd.convertTag(tag);
    }

    private String modelTagOf(String[] words, int index) {
        Queue<Sequence> beam = new PriorityQueue<>(beamSize);
        Queue<Sequence> next = new PriorityQueue<>(beamSize);
        beam.add(new Sequence());
        for (int i = 0; i < words.length; i++) {
            int expanded = Math.min(beamSize, beam.size());
            java.util.Arrays.fill(stepContexts, null);
            for (int k = 0; !beam.isEmpty() && k < expanded; k++) {
                Sequence top = beam.remove();
                String[] tagsSoFar = top.getOutcomes().toArray(new String[0]);
                double[] probs = probabilities(contexts.getContext(i, words, tagsSoFar, NO_ADDITIONAL_CONTEXT), k);
                double min = largest(probs, Math.min(beamSize, probs.length));
                extend(top, i, words, tagsSoFar, probs, min, next);
                if (next.isEmpty()) {
                    extend(top, i, words, tagsSoFar, probs, Double.NEGATIVE_INFINITY, next);
                }
            }
            beam.clear();
            Queue<Sequence> swap = beam;
            beam = next;
            next = swap;
            if (i >= index && settled(beam, index)) {
                break;
            }
        }
        return beam.remove().getOutcome(index);
    }

    /** The model's probabilities for the {@code k}-th context of the step, evaluated once per distinct context. */
    private double[] probabilities(String[] context, int k) {
        for (int j = 0; j < k; j++) {
            if (stepContexts[j] == context) {
                return stepProbabilities[j];
            }
        }
        stepContexts[k] = context;
        return model.eval(knownFeatures == null ? context : knownFeatures.knownPart(context), stepProbabilities[k]);
    }

    /** Adds to {@code next} every valid extension of {@code top} by a tag scoring at least {@code min}. */
    private void extend(Sequence top, int i, String[] words, String[] tagsSoFar, double[] probs, double min,
                        Queue<Sequence> next) {
        for (int p = 0; p < probs.length; p++) {
            if (probs[p] >= min) {
                String tag = model.getOutcome(p);
                if (validator.validSequence(i, words, tagsSoFar, tag)) {
                    Sequence extended = new Sequence(top, tag, probs[p]);
                    if (extended.getScore() > MIN_SEQUENCE_SCORE) {
                        next.add(extended);
                    }
                }
            }
        }
    }

    /** Whether every sequence in the beam has the same tag at {@code index}. */
    private static boolean settled(Queue<Sequence> beam, int index) {
        String tag = null;
        for (Sequence s : beam) {
            if (tag == null) {
                tag = s.getOutcome(index);
            } else if (!tag.equals(s.getOutcome(index))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The {@code k}-th largest value, equal values counted apart: what an ascending sorted copy holds at
     * {@code length - k}.
     */
    static double largest(double[] values, int k) {
        double[] top = new double[k]; // descending
        int filled = 0;
        for (double v : values) {
            if (filled < k) {
                int at = filled++;
                while (at > 0 && top[at - 1] < v) {
                    top[at] = top[at - 1];
                    at--;
                }
                top[at] = v;
            } else if (v > top[k - 1]) {
                int at = k - 1;
                while (at > 0 && top[at - 1] < v) {
                    top[at] = top[at - 1];
                    at--;
                }
                top[at] = v;
            }
        }
        return top[k - 1];
    }
}
