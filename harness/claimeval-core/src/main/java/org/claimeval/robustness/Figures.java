package org.claimeval.robustness;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Document;
import org.claimeval.model.Quantity;
import org.claimeval.model.Span;

/**
 * The figures inside gold quantities change digit by digit (a leading digit stays non-zero), so "61,000"
 * may become "72,111": every digit is one code point either way, no offset moves, and each gold value is
 * rescaled by the same factor as its figure ("1.5 million" to "2.8 million" keeps the million).
 */
final class Figures implements Perturbation {
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    @Override
    public String name() {
        return "figures";
    }

    @Override
    public String description() {
        return "every figure inside a gold quantity changes (its gold value with it)";
    }

    @Override
    public PerturbedDocument apply(Document document, List<Claim> gold, ClaimantRegistry registry,
                                   RandomGenerator random) {
        int shift = 1 + random.nextInt(8);
        List<Edit> edits = new ArrayList<>();
        Set<Integer> changed = new HashSet<>();
        for (Claim c : gold) {
            for (Quantity q : c.quantities()) {
                int[] cps = q.span().text().codePoints().toArray();
                for (int i = 0; i < cps.length; i++) {
                    int at = q.span().start() + i;
                    if (cps[i] >= '0' && cps[i] <= '9' && changed.add(at)) {
                        int d = cps[i] - '0';
                        // shift is 1..8, so every digit changes; a leading digit stays 1..9 (a leading 0, as in 0.5, stays 0).
                        int nd = !leadingDigit(cps, i) ? (d + shift) % 10 : d == 0 ? 0 : 1 + (d - 1 + shift) % 9;
                        edits.add(new Edit(at, at + 1, String.valueOf(nd)));
                    }
                }
            }
        }
        if (edits.isEmpty()) {
            return PerturbedDocument.unchanged(document, gold);
        }
        PerturbedDocument moved = PerturbedDocument.of(document, gold, Edit.apply(document.text(), edits));
        List<Claim> regold = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            regold.add(rescale(gold.get(i), moved.gold().get(i)));
        }
        return new PerturbedDocument(moved.document(), regold, true);
    }

    /** Each quantity's value scaled by its first figure's change. */
    private static Claim rescale(Claim before, Claim after) {
        List<Quantity> quantities = new ArrayList<>();
        for (int i = 0; i < after.quantities().size(); i++) {
            Quantity old = before.quantities().get(i);
            Quantity moved = after.quantities().get(i);
            BigDecimal from = firstNumber(old.span());
            BigDecimal to = firstNumber(moved.span());
            double value = old.value();
            if (from != null && to != null && from.signum() != 0) {
                // The value is the figure times a scale ("million"); exact decimals keep 2.8 million exact.
                BigDecimal scale = BigDecimal.valueOf(old.value()).divide(from, MathContext.DECIMAL64);
                value = to.multiply(scale.round(new MathContext(12)), MathContext.DECIMAL64).doubleValue();
            }
            quantities.add(new Quantity(moved.span(), value, moved.unit(), moved.bound()));
        }
        return after.toBuilder().quantities(quantities).build();
    }

    private static BigDecimal firstNumber(Span span) {
        Matcher m = NUMBER.matcher(span.text());
        return m.find() ? new BigDecimal(m.group().replace(",", "")) : null;
    }

    /** A digit that starts a figure: not after a digit, nor after a digit and a thousands or decimal mark. */
    private static boolean leadingDigit(int[] cps, int i) {
        if (i == 0) {
            return true;
        }
        int prev = cps[i - 1];
        boolean digitBefore = prev >= '0' && prev <= '9';
        boolean markAfterDigit = (prev == ',' || prev == '.') && i >= 2 && cps[i - 2] >= '0' && cps[i - 2] <= '9';
        return !digitBefore && !markAfterDigit;
    }
}
