package org.claimeval.stats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.claimeval.model.Claim;
import org.claimeval.model.Quantity;
import org.claimeval.model.Span;

/**
 * Counts the disagreements of matched pairs by how B differs from A, so that a datasheet's explanation ("pass 2
 * added titles to 17 mentions") is a number a command prints, not one typed by hand. Each kind also counts the
 * A claimants involved, since explanations name them ("the General Staff source").
 */
final class DifferenceKinds {
    /** Claimants by kind; the key is field, then how B differs. */
    private final SortedMap<List<String>, SortedMap<String, Long>> claimants =
            new TreeMap<>((x, y) -> x.get(0).equals(y.get(0)) ? x.get(1).compareTo(y.get(1)) : x.get(0).compareTo(y.get(0)));

    void span(Claim a, Claim b) {
        if (a.start() != b.start()) {
            add("span", b.start() < a.start() ? "B starts earlier" : "B starts later", a);
        }
        if (a.end() != b.end()) {
            add("span", b.end() < a.end() ? "B ends earlier" : "B ends later", a);
        }
    }

    void mention(Claim a, Claim b) {
        add("claimant mention", how(a.claimantMention(), b.claimantMention()), a);
    }

    void via(Claim a, Claim b) {
        Set<String> inA = new HashSet<>(a.via());
        Set<String> inB = new HashSet<>(b.via());
        String how;
        if (inB.containsAll(inA) && !inA.containsAll(inB)) {
            how = "B adds a channel";
        } else if (inA.containsAll(inB) && !inB.containsAll(inA)) {
            how = "B leaves out a channel";
        } else if (inA.equals(inB)) {
            how = "B orders the channels differently";
        } else {
            how = "B names another channel";
        }
        add("via", how, a);
    }

    /** Quantities are compared by span: a figure both annotated differs in unit, bound or value; else one lacks it. */
    void quantities(Claim a, Claim b) {
        Map<List<Integer>, Quantity> bySpanB = new LinkedHashMap<>();
        b.quantities().forEach(q -> bySpanB.put(List.of(q.span().start(), q.span().end()), q));
        for (Quantity qa : a.quantities()) {
            Quantity qb = bySpanB.remove(List.of(qa.span().start(), qa.span().end()));
            if (qb == null) {
                add("quantities", "only A has the figure", a);
                continue;
            }
            List<String> fields = new ArrayList<>();
            if (qa.value() != qb.value()) {
                fields.add("value");
            }
            if (!qa.unit().equals(qb.unit())) {
                fields.add("unit");
            }
            if (qa.bound() != qb.bound()) {
                fields.add("bound");
            }
            if (!fields.isEmpty()) {
                add("quantities", "same figure, B's " + String.join(" and ", fields) + " differs", a);
            }
        }
        bySpanB.values().forEach(q -> add("quantities", "only B has the figure", a));
    }

    /** Any other field: that it differs is all there is to say. */
    void other(String field, Claim a) {
        add(field, "differs", a);
    }

    /** Every kind found, by field and then how B differs. */
    List<Agreement.Explanation> explanations() {
        return claimants.entrySet().stream().map(e -> new Agreement.Explanation(e.getKey().get(0), e.getKey().get(1),
                e.getValue().values().stream().mapToLong(Long::longValue).sum(), e.getValue())).toList();
    }

    private void add(String field, String how, Claim a) {
        claimants.computeIfAbsent(List.of(field, how), k -> new TreeMap<>())
                .merge(a.claimant() == null ? "(none)" : a.claimant(), 1L, Long::sum);
    }

    private static String how(Span a, Span b) {
        if (a == null) {
            return "only B names the claimant";
        }
        if (b == null) {
            return "only A names the claimant";
        }
        boolean contains = b.start() <= a.start() && b.end() >= a.end();
        if (contains && b.start() < a.start() && b.end() > a.end()) {
            return "B adds words before and after";
        }
        if (contains && b.start() < a.start()) {
            return "B adds words before (title, article)";
        }
        if (contains && b.end() > a.end()) {
            return "B adds words after (trailing phrase)";
        }
        boolean inside = a.start() <= b.start() && a.end() >= b.end();
        return inside ? "B leaves out words" : "B names the claimant elsewhere in the sentence";
    }
}
