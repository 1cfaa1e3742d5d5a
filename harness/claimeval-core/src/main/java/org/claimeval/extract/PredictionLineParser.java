package org.claimeval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimeval.model.Attribution;
import org.claimeval.model.Bound;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimType;
import org.claimeval.model.JsonEnum;
import org.claimeval.model.Problem;
import org.claimeval.model.QuoteKind;
import org.claimeval.model.Quantity;
import org.claimeval.model.Span;

/**
 * Turns one claim object in the predictions-line format into a {@link Claim} of a known document, collecting
 * every problem instead of stopping at the first. Shared by the predictions file reader and the process
 * extractor's responses, so both accept exactly the same claims. The {@code doc} field is the caller's to
 * check: it decides which document the claim is read against.
 */
final class PredictionLineParser {

    /** What became of one claim object: placed, not placeable (its text is not in the document), or invalid. */
    sealed interface Outcome permits Parsed, Unaligned, Invalid {
    }

    /** A claim read and placed in its document, and how it got its offsets. */
    record Parsed(Claim claim, AlignmentMethod method) implements Outcome {
    }

    /**
     * A well-formed claim whose text (content, claimant mention or cue) the aligner cannot find: an invented
     * claim, a false positive.
     */
    record Unaligned(String text, String message) implements Outcome {
    }

    /** A claim with a bad field; the problems were added to the caller's list. */
    record Invalid(String text) implements Outcome {
    }

    /** Where problems point: the file (or stream) and line, and a prefix for field paths such as {@code claims[2].}. */
    record Location(String file, int line, String fieldPrefix) {
    }

    private PredictionLineParser() {
    }

    /**
     * @param texts   the document (through its aligner) and a source of span texts
     * @param typeLabels the dataset's type labels: a type outside them is a problem; with none (the dataset
     *                   annotates no type) any type is read and left unscored
     * @param problems receives each problem; the outcome is {@link Invalid} exactly when one was added
     */
    static Outcome parse(JsonNode node, SpanTexts texts, Location where, List<String> typeLabels,
                         List<Problem> problems) {
        Reader r = new Reader(node, where, problems);
        int before = problems.size();
        Outcome outcome = read(r, node, texts, typeLabels, problems);
        if (problems.size() > before) {
            JsonNode text = node.get("text");
            return new Invalid(text != null && text.isTextual() ? text.textValue() : null);
        }
        return outcome;
    }

    private static Outcome read(Reader r, JsonNode node, SpanTexts texts, List<String> typeLabels,
                                List<Problem> problems) {
        int before = problems.size();
        Integer start = r.optionalInt("start");
        Integer end = r.optionalInt("end");
        String text = r.optionalString("text");
        String claimant = r.optionalString("claimant");
        String typeLabel = r.optionalString("type");
        if (typeLabel != null && (typeLabel.isBlank() || !typeLabels.isEmpty() && !typeLabels.contains(typeLabel))) {
            r.problem("type", "unknown value \"" + typeLabel + "\"; legal values: "
                    + typeLabels.stream().map(l -> "\"" + l + "\"").collect(java.util.stream.Collectors.joining(", ")));
        }
        ClaimType type = typeLabel == null || typeLabel.isBlank() ? null : ClaimType.of(typeLabel);
        Attribution attribution = r.optionalEnum("attribution", Attribution.class);
        QuoteKind quote = r.optionalEnum("quote", QuoteKind.class);
        Double score = r.optionalScore();
        List<Quantity> quantities = r.quantities();
        List<String> via = r.via();
        if (problems.size() > before) {
            return null;
        }

        AlignmentMethod method;
        if (start != null || end != null) {
            if (start == null || end == null) {
                r.problem(start == null ? "start" : "end", "give both start and end, or neither (then text is aligned)");
                return null;
            }
            if (!checkOffsets(r, "", start, end, text, texts)) {
                return null;
            }
            text = texts.slice(start, end);
            method = AlignmentMethod.OFFSETS;
        } else {
            if (text == null) {
                r.problem("text", "missing: give start and end, or the claim's text");
                return null;
            }
            Optional<Aligner.Alignment> aligned = texts.aligner().align(text);
            if (aligned.isEmpty()) {
                return new Unaligned(text, "text not found in the document, not even approximately: "
                        + quoteForMessage(text));
            }
            start = aligned.get().start();
            end = aligned.get().end();
            text = texts.slice(start, end);
            method = aligned.get().method();
        }
        Placed mention = span(r, node, "claimantMention", texts, start, end);
        Placed cue = span(r, node, "cue", texts, start, end);
        if (problems.size() > before) {
            return null;
        }
        for (Placed p : List.of(mention, cue)) {
            if (p.unaligned() != null) {
                return new Unaligned(text, p.unaligned());
            }
        }
        String doc = texts.aligner().document().id();
        return new Parsed(new Claim(null, doc, start, end, text, claimant, mention.span(), cue.span(), via,
                attribution, quote, type, quantities, null, score), method);
    }

    /** Offsets within the document and, when a text is given too, agreeing with it; else a problem is added. */
    private static boolean checkOffsets(Reader r, String prefix, int start, int end, String text, SpanTexts texts) {
        int length = texts.aligner().document().length();
        if (start < 0 || end < 0) {
            r.problem(prefix + (start < 0 ? "start" : "end"), "negative offset " + Math.min(start, end));
            return false;
        }
        if (end < start) {
            r.problem(prefix + "end", "end " + end + " is before start " + start);
            return false;
        }
        if (end > length) {
            r.problem(prefix + "end", "end " + end + " is past the end of the document (" + length + " code points)");
            return false;
        }
        String found = texts.slice(start, end);
        if (text != null && !text.equals(found)) {
            r.problem(prefix + "text", "does not match the document at [" + start + "," + end + "): the document has "
                    + quoteForMessage(found) + ", the line has " + quoteForMessage(text)
                    + " (offsets are Unicode code points)");
            return false;
        }
        return true;
    }

    /** A secondary span read: placed, absent (both null), or with text that is not in the document. */
    private record Placed(Span span, String unaligned) {
        static final Placed NONE = new Placed(null, null);
    }

    /**
     * The claimant mention or cue: {@code null}, {@code {start, end, text?}} or offset-free {@code {text}},
     * aligned like the content but at the occurrence nearest the claim (a cue word recurs in every paragraph).
     */
    private static Placed span(Reader r, JsonNode node, String field, SpanTexts texts, int claimStart, int claimEnd) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Placed.NONE;
        }
        if (!value.isObject()) {
            r.problem(field, "expected an object {start, end} or {text}, found " + typeOf(value));
            return Placed.NONE;
        }
        Reader inner = r.inside(value, field + ".");
        Integer start = inner.optionalInt("start");
        Integer end = inner.optionalInt("end");
        String text = inner.optionalString("text");
        if (inner.failed()) {
            return Placed.NONE;
        }
        if (start != null || end != null) {
            if (start == null || end == null) {
                inner.problem(start == null ? "start" : "end", "give both start and end, or neither (then text is aligned)");
                return Placed.NONE;
            }
            if (!checkOffsets(inner, "", start, end, text, texts)) {
                return Placed.NONE;
            }
            return new Placed(new Span(start, end, texts.slice(start, end)), null);
        }
        if (text == null) {
            inner.problem("text", "missing: give start and end, or the text");
            return Placed.NONE;
        }
        Optional<Aligner.Alignment> aligned = texts.aligner().alignNear(text, claimStart, claimEnd);
        if (aligned.isEmpty()) {
            return new Placed(null, field + ".text not found in the document, not even approximately: "
                    + quoteForMessage(text));
        }
        int s = aligned.get().start();
        int e = aligned.get().end();
        return new Placed(new Span(s, e, texts.slice(s, e)), null);
    }

    /** Long texts are cut in messages; a message should fit on a screen. */
    static String quoteForMessage(String s) {
        String shown = s.length() > 80 ? s.substring(0, 77) + "..." : s;
        return '"' + shown.replace("\n", "\\n") + '"';
    }

    /** Field access with typed checks, each failure a problem naming the field. */
    private static final class Reader {
        private final JsonNode node;
        private final Location where;
        private final List<Problem> problems;
        private final int before;

        Reader(JsonNode node, Location where, List<Problem> problems) {
            this.node = node;
            this.where = where;
            this.problems = problems;
            this.before = problems.size();
        }

        /** A reader of a nested object whose problems name {@code prefix} + field. */
        Reader inside(JsonNode nested, String prefix) {
            return new Reader(nested, new Location(where.file(), where.line(), where.fieldPrefix() + prefix), problems);
        }

        /** Whether a problem was added since this reader was made. */
        boolean failed() {
            return problems.size() > before;
        }

        void problem(String field, String message) {
            problems.add(new Problem(where.file(), where.line(), null, where.fieldPrefix() + field, message));
        }

        private JsonNode present(JsonNode from, String field) {
            JsonNode value = from.get(field);
            return value == null || value.isNull() ? null : value;
        }

        Integer optionalInt(String field) {
            JsonNode value = present(node, field);
            return value == null ? null : toInt(value, field);
        }

        private Integer toInt(JsonNode value, String field) {
            if (value.isIntegralNumber()) {
                if (value.canConvertToInt()) {
                    return value.intValue();
                }
                problem(field, "number " + value.asText() + " is beyond the int range");
            } else if (value.isNumber()) {
                problem(field, "expected a whole number, found " + value.asText());
            } else {
                problem(field, "expected a whole number, found " + typeOf(value));
            }
            return null;
        }

        String optionalString(String field) {
            JsonNode value = present(node, field);
            if (value == null) {
                return null;
            }
            if (!value.isTextual()) {
                problem(field, "expected a string, found " + typeOf(value));
                return null;
            }
            return value.textValue();
        }

        <E extends Enum<E> & JsonEnum> E optionalEnum(String field, Class<E> type) {
            return toEnum(node, field, field, type);
        }

        private <E extends Enum<E> & JsonEnum> E toEnum(JsonNode from, String field, String path, Class<E> type) {
            JsonNode value = present(from, field);
            if (value == null) {
                return null;
            }
            if (!value.isTextual()) {
                problem(path, "expected a string, found " + typeOf(value));
                return null;
            }
            Optional<E> parsed = JsonEnum.parse(type, value.textValue());
            if (parsed.isEmpty()) {
                problem(path, "unknown value \"" + value.textValue() + "\"; legal values: " + JsonEnum.legalValues(type));
                return null;
            }
            return parsed.get();
        }

        Double optionalScore() {
            JsonNode value = present(node, "score");
            if (value == null) {
                return null;
            }
            if (!value.isNumber()) {
                problem("score", "expected a number, found " + typeOf(value));
                return null;
            }
            double score = value.doubleValue();
            if (!Double.isFinite(score)) {
                problem("score", "must be a finite number, found " + value.asText());
                return null;
            }
            if (score < 0) {
                problem("score", "must not be negative, found " + value.asText());
                return null;
            }
            return score;
        }

        /** The channels the claim came through, outermost first ({@code via}: an array of strings). */
        List<String> via() {
            JsonNode list = present(node, "via");
            if (list == null) {
                return List.of();
            }
            if (!list.isArray()) {
                problem("via", "expected an array of strings, found " + typeOf(list));
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).isTextual() && !list.get(i).textValue().isBlank()) {
                    out.add(list.get(i).textValue());
                } else {
                    problem("via[" + i + "]", "expected a non-empty string, found " + typeOf(list.get(i)));
                }
            }
            return out;
        }

        List<Quantity> quantities() {
            JsonNode list = present(node, "quantities");
            if (list == null) {
                return List.of();
            }
            if (!list.isArray()) {
                problem("quantities", "expected an array, found " + typeOf(list));
                return List.of();
            }
            List<Quantity> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String path = "quantities[" + i + "]";
                JsonNode q = list.get(i);
                if (!q.isObject()) {
                    problem(path, "expected an object {value, unit, bound}, found " + typeOf(q));
                    continue;
                }
                JsonNode value = present(q, "value");
                JsonNode unit = present(q, "unit");
                Bound bound = toEnum(q, "bound", path + ".bound", Bound.class);
                boolean ok = true;
                if (value == null || !value.isNumber() || !Double.isFinite(value.doubleValue())) {
                    problem(path + ".value", value == null ? "missing" : "expected a finite number, found "
                            + (value.isNumber() ? value.asText() : typeOf(value)));
                    ok = false;
                }
                if (unit == null || !unit.isTextual()) {
                    problem(path + ".unit", unit == null ? "missing" : "expected a string, found " + typeOf(unit));
                    ok = false;
                }
                if (bound == null) {
                    if (present(q, "bound") == null) {
                        problem(path + ".bound", "missing; legal values: " + JsonEnum.legalValues(Bound.class));
                    }
                    ok = false;
                }
                if (ok) {
                    out.add(new Quantity(null, value.doubleValue(), unit.textValue(), bound));
                }
            }
            return out;
        }
    }

    static String typeOf(JsonNode value) {
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
