package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimeval.extract.builtin.CueLexicon.Hit;
import org.claimeval.extract.builtin.CueLexicon.Shape;
import org.claimeval.model.Claimant;

/**
 * "X reported Y, citing Z": when Z is a source of the registry (an agency, an outlet, an official), Z relayed the
 * claim and goes to its {@code via}; evidence ("citing video recordings") is no channel (guideline 8).
 */
final class CitedChannel {
    private CitedChannel() {
    }

    /** The claims of one sentence with the sources their "citing" phrases name added to {@code via}. */
    static List<Found> apply(List<Found> found, List<Hit> hits, RuleContext ctx, TextRange sentence) {
        if (found.isEmpty()) {
            return found;
        }
        List<Found> out = new ArrayList<>(found);
        for (Hit h : hits) {
            if (h.entry().shape() != Shape.CHANNEL) {
                continue;
            }
            int claim = claimBefore(out, h.start());
            if (claim < 0) {
                continue; // no claim to relay: the cited phrase is not looked up (it may run to the sentence end)
            }
            Optional<Claimant> cited = citedSource(h, ctx, sentence);
            if (cited.isPresent() && !out.get(claim).via().contains(cited.get().id())) {
                Found f = out.get(claim);
                List<String> via = new ArrayList<>(f.via());
                via.add(cited.get().id());
                out.set(claim, f.withVia(via));
            }
        }
        return out;
    }

    private static Optional<Claimant> citedSource(Hit h, RuleContext ctx, TextRange sentence) {
        TextNav nav = ctx.nav();
        int comma = nav.indexWithin(',', h.end(), sentence.end());
        TextRange object = nav.stripPunctuation(new TextRange(h.end(), comma < 0 ? sentence.end() : comma));
        if (object.isEmpty()) {
            return Optional.empty();
        }
        return ctx.resolver().lookup(ctx.text().substring(object.start(), object.end()));
    }

    /** The index of the claim whose cue comes last before {@code index}, or -1. */
    private static int claimBefore(List<Found> found, int index) {
        int best = -1;
        for (int k = 0; k < found.size(); k++) {
            TextRange cue = found.get(k).cue();
            if (cue != null && cue.end() <= index && (best < 0 || cue.start() > found.get(best).cue().start())) {
                best = k;
            }
        }
        return best;
    }
}
