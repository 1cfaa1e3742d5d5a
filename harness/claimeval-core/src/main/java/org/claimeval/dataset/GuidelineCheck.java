package org.claimeval.dataset;

import java.util.EnumSet;
import java.util.Set;
import org.claimeval.model.Annotates;
import org.claimeval.model.Attribution;
import org.claimeval.model.Claim;
import org.claimeval.model.Document;
import org.claimeval.model.QuoteKind;

/**
 * Checks one gold file's claims against the {@link GuidelineRule}s: the attribution kind against the cue and
 * mention, {@code quote: direct} against the quotation marks around the content, and the ids against the
 * document and the text order. A rule a claim names in its {@code exceptions} is not reported for it; an
 * exception that names no rule, or a rule the claim keeps, is. Constant work per claim (the order is checked
 * against the previous claim only), so a file is checked in time linear in its claims.
 */
final class GuidelineCheck {
    /** How many code points of final punctuation may stand between a direct quotation's content and its closing mark. */
    private static final int MAX_FINAL_PUNCTUATION = 3;

    private final GoldFile file;
    private final String doc;
    private final Annotates annotates;
    private final ProblemCollector problems;

    private GuidelineCheck(GoldFile file, String doc, Annotates annotates, ProblemCollector problems) {
        this.file = file;
        this.doc = doc;
        this.annotates = annotates;
        this.problems = problems;
    }

    /**
     * Checks every claim of the file.
     *
     * @param doc        the document id the file belongs to (by its name, so a wrong {@code doc} field is not
     *                   reported again on every id); null when unknown (the id rule is then skipped)
     * @param document   the file's document; null when the seed could not be read (the quote rule is then skipped)
     * @param contentsOk per claim, in file order, whether its content span matched the document (the quote rule
     *                   looks around the content only then)
     * @param annotates  what the dataset annotates: the attribution rules need attribution and cues, the quote
     *                   rule quotes; a rule about an attribute the dataset does not annotate is not checked
     */
    static void check(GoldFile file, String doc, Document document, boolean[] contentsOk, Annotates annotates,
                      ProblemCollector problems) {
        GuidelineCheck check = new GuidelineCheck(file, doc, annotates, problems);
        GoldFile.GoldClaim previous = null;
        for (int i = 0; i < file.claims().size(); i++) {
            GoldFile.GoldClaim current = file.claims().get(i);
            check.claim(current, previous, contentsOk[i] ? document : null);
            previous = current;
        }
    }

    private void claim(GoldFile.GoldClaim gc, GoldFile.GoldClaim previous, Document document) {
        Set<GuidelineRule> broken = EnumSet.noneOf(GuidelineRule.class);
        Claim c = gc.claim();
        boolean hasCue = c.cue() != null;
        boolean hasMention = c.claimantMention() != null;
        boolean attributionRules = annotates.attribution() && annotates.cue();
        if (attributionRules && c.attribution() == Attribution.EXPLICIT && !hasCue && !hasMention) {
            report(gc, broken, GuidelineRule.EXPLICIT_HAS_CUE_OR_MENTION, "attribution",
                    "is \"explicit\" but the claim has neither a cue nor a claimant mention: an explicit claim's "
                            + "sentence names its source or cue");
        }
        if (attributionRules && c.attribution() == Attribution.AUTHOR && (hasCue || hasMention)) {
            report(gc, broken, GuidelineRule.AUTHOR_HAS_NO_CUE_OR_MENTION, hasCue ? "cue" : "claimantMention",
                    "is set but the claim is in the author's voice, which has no cue and no claimant mention");
        }
        if (attributionRules && c.attribution() == Attribution.IMPLICIT && (hasCue || hasMention)) {
            report(gc, broken, GuidelineRule.IMPLICIT_HAS_NO_CUE_OR_MENTION, hasCue ? "cue" : "claimantMention",
                    "is set but the claim is implicit: an implicit claim's sentence has no cue and names no source");
        }
        if (annotates.quote() && c.quote() == QuoteKind.DIRECT && document != null && !insideQuotationMarks(document, c.start(), c.end())) {
            report(gc, broken, GuidelineRule.DIRECT_QUOTE_IN_MARKS, "quote",
                    "is \"direct\" but the content [" + c.start() + "," + c.end() + ") has no quotation mark right "
                            + "before it and right after it (past final punctuation): use \"partial\" or \"none\"");
        }
        checkId(gc, previous, broken);
        for (GoldFile.RuleException exception : gc.exceptions()) {
            var rule = GuidelineRule.named(exception.rule());
            if (rule.isEmpty()) {
                problem(gc, FieldPath.field(exception.path(), "rule"), "\"" + exception.rule()
                        + "\" is not a rule the validator checks; one of " + GuidelineRule.names());
            } else if (!broken.contains(rule.get())) {
                problem(gc, FieldPath.field(exception.path(), "rule"), "the claim keeps rule \"" + exception.rule()
                        + "\": remove the exception, so the rule is checked for this claim again");
            }
        }
    }

    /**
     * {@code <first three characters of the document id>-<number>} (section 10), or {@code <document id>-<number>}
     * as converted corpora number them; numbers rising, claims in text order.
     */
    private void checkId(GoldFile.GoldClaim gc, GoldFile.GoldClaim previous, Set<GuidelineRule> broken) {
        String id = gc.claim().id();
        if (doc == null) {
            return; // unusable doc field, reported by the reader
        }
        String prefix = doc.substring(0, Math.min(3, doc.length())) + "-";
        if (id.startsWith(doc + "-")) {
            prefix = doc + "-";
        }
        Integer number = number(id, prefix);
        if (number == null) {
            int dash = id.lastIndexOf('-');
            String found = dash > 0 ? "the prefix \"" + id.substring(0, dash + 1) + "\"" : "no \"-\"";
            report(gc, broken, GuidelineRule.IDS_IN_TEXT_ORDER, "id", "\"" + id + "\" has " + found
                    + ", but the claims of document \"" + doc + "\" are numbered \"" + prefix + "NN\"");
            return;
        }
        if (previous == null) {
            return;
        }
        Claim before = previous.claim();
        Claim c = gc.claim();
        if (c.start() < before.start() || c.start() == before.start() && c.end() < before.end()) {
            report(gc, broken, GuidelineRule.IDS_IN_TEXT_ORDER, "start", "the claim [" + c.start() + "," + c.end()
                    + ") comes after claim " + before.id() + " [" + before.start() + "," + before.end()
                    + ") in the file but before it in the text: list and number the claims in text order");
            return;
        }
        Integer previousNumber = number(before.id(), before.id().startsWith(doc + "-") ? doc + "-" : prefix);
        if (previousNumber != null && number <= previousNumber) {
            report(gc, broken, GuidelineRule.IDS_IN_TEXT_ORDER, "id", "\"" + id + "\" follows \"" + before.id()
                    + "\" in text order but is not numbered after it");
        }
    }

    /** The number after the prefix, or null when the id is not {@code <prefix><digits>}. */
    private static Integer number(String id, String prefix) {
        if (!id.startsWith(prefix) || id.length() == prefix.length() || id.length() - prefix.length() > 9) {
            return null;
        }
        for (int i = prefix.length(); i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.parseInt(id.substring(prefix.length()));
    }

    /**
     * A quotation mark right before {@code start}, and one right after {@code end} or after at most
     * {@link #MAX_FINAL_PUNCTUATION} final punctuation marks (the content excludes both, section 7).
     */
    static boolean insideQuotationMarks(Document document, int start, int end) {
        if (start == 0 || !isQuotationMark(document.slice(start - 1, start))) {
            return false;
        }
        int limit = Math.min(document.length(), end + MAX_FINAL_PUNCTUATION + 1);
        for (int at = end; at < limit; at++) {
            String next = document.slice(at, at + 1);
            if (isQuotationMark(next)) {
                return true;
            }
            if (!",.;:!?…".contains(next)) {
                return false;
            }
        }
        return false;
    }

    /** The marks section 10 counts: straight and curly double quotes, and single quotes (headlines). */
    private static boolean isQuotationMark(String codePoint) {
        return codePoint.length() == 1 && "\"“”„«»'‘’".indexOf(codePoint.charAt(0)) >= 0;
    }

    private void report(GoldFile.GoldClaim gc, Set<GuidelineRule> broken, GuidelineRule rule, String field,
                        String message) {
        broken.add(rule);
        boolean excepted = gc.exceptions().stream().anyMatch(e -> e.rule().equals(rule.ruleName()));
        if (!excepted) {
            problem(gc, FieldPath.field(gc.path(), field), message + " " + rule.reference());
        }
    }

    private void problem(GoldFile.GoldClaim gc, String field, String message) {
        problems.add(file.json().file(), file.json().line(field), gc.claim().id(), field, message);
    }
}
