package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.List;
import org.claimeval.model.QuoteKind;

/**
 * "Forces have claimed X, officials said": a claim whose content contains another cue is the channel of that
 * inner claim (guideline 8), not a claim of its own; an inner cue of the same speaker inside the content is part of
 * the outer claim ("X said it had confirmed Y"). Also sets each claim's quotation kind.
 */
final class ChannelNesting {
    private ChannelNesting() {
    }

    static List<Found> apply(List<Found> found, List<Quotation> quotes) {
        List<Found> result = new ArrayList<>();
        for (Found f : nest(found)) {
            result.add(f.withQuote(quoteKind(f.content(), quotes)));
        }
        return result;
    }

    /**
     * The nesting alone, quotation kinds untouched: also run over a whole paragraph, where a quotation's claim
     * may lie inside a cue's content ('"...," X said, according to Z').
     */
    static List<Found> nest(List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        for (Found outer : found) {
            List<Found> inner = new ArrayList<>();
            for (Found f : out) {
                if (f != outer && f.cue() != null && outer.content().start() <= f.cue().start()
                        && f.cue().end() <= outer.content().end()) {
                    inner.add(f);
                }
            }
            boolean distinct = true;
            for (Found f : inner) {
                distinct &= f.source() == null || !f.source().claimant().equals(outer.source() == null ? null
                        : outer.source().claimant());
            }
            if (!out.contains(outer)) {
                continue; // already dropped as the restatement of an enclosing claim
            }
            List<Found> wrapped = inner.stream().filter(f -> attributedClauseOf(outer, f)).toList();
            if (!wrapped.isEmpty()) {
                // "X said Y, according to Z": the closing cue wraps a whole attributed clause. The claim is Y,
                // X's; Z, when someone else, relayed it.
                out.remove(outer);
                for (Found f : wrapped) {
                    if (outer.source() != null && !sameSource(f, outer) && out.contains(f)) {
                        List<String> via = new ArrayList<>(f.via());
                        via.add(0, outer.source().claimant());
                        out.set(out.indexOf(f), f.withVia(via));
                    }
                }
                continue;
            }
            if (!inner.isEmpty() && outer.source() != null && !distinct) {
                // "The group said it had confirmed X": the inner cue restates the outer speaker inside the outer
                // content; all of it is one claim (rule 5).
                for (Found f : inner) {
                    if (sameSource(f, outer) && outer.content().start() <= f.content().start()
                            && f.content().end() <= outer.content().end()) {
                        out.remove(f);
                    }
                }
            }
            if (!inner.isEmpty() && outer.source() != null && distinct) {
                out.remove(outer);
                for (Found f : inner) {
                    List<String> via = new ArrayList<>();
                    via.add(outer.source().claimant());
                    via.addAll(f.via());
                    int at = out.indexOf(f);
                    if (at >= 0) {
                        out.set(at, f.withVia(via));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code outer}'s cue closes a content that holds {@code inner} whole, its source mention included:
     * the content is an attributed clause ("X said Y"), not an assertion of the outer source's own.
     */
    private static boolean attributedClauseOf(Found outer, Found inner) {
        TextRange content = outer.content();
        TextRange mention = inner.source() == null ? null : inner.source().mention();
        return outer.cue() != null && outer.cue().start() >= content.end() && mention != null
                && content.start() <= mention.start() && inner.content().end() <= content.end();
    }

    private static boolean sameSource(Found a, Found b) {
        return a.source() != null && b.source() != null && a.source().claimant().equals(b.source().claimant());
    }

    private static QuoteKind quoteKind(TextRange content, List<Quotation> quotes) {
        for (Quotation q : quotes) {
            if (q.open() < content.start() && content.end() <= q.close()) {
                return QuoteKind.DIRECT;
            }
            if (q.open() < content.end() && q.close() >= content.start()) {
                return QuoteKind.PARTIAL;
            }
        }
        return QuoteKind.NONE;
    }
}
