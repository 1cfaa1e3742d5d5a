package org.claimeval.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimeval.model.Document;

/**
 * Finds where an offset-free prediction's text stands in one document: verbatim first, then with whitespace
 * runs collapsed (line breaks inside a quoted sentence), then the window of word tokens that shares the most
 * tokens with it (a paraphrase or a slightly wrong quote). The derived structures of the document are built
 * once, on first need, so aligning many claims against the same document stays linear in their number.
 *
 * <p>Thread-safe only when confined to one thread, as the readers that use it are.
 */
public final class Aligner {
    /** A token-overlap window must share at least this fraction of the text's tokens, or nothing is found. */
    public static final double MIN_TOKEN_OVERLAP = 0.5;

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * Where the text was found.
     *
     * @param start   code-point offset
     * @param end     code-point offset, exclusive
     * @param overlap fraction of the text's tokens found in the span: 1.0 for exact and whitespace matches
     */
    public record Alignment(int start, int end, AlignmentMethod method, double overlap) {
    }

    private record Token(String word, int charStart, int charEnd) {
    }

    private final Document document;
    /** The text with each whitespace run turned into one space; built on first need. */
    private String collapsed;
    /** collapsedToChar[i] = UTF-16 index in the document of the collapsed text's char i. */
    private int[] collapsedToChar;
    private List<Token> tokens;

    public Aligner(Document document) {
        this.document = document;
    }

    public Document document() {
        return document;
    }

    /** The span of the document the text stands for, or empty when the text is blank or nothing is close enough. */
    public Optional<Alignment> align(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        int at = document.text().indexOf(text);
        if (at >= 0) {
            return Optional.of(ofChars(at, at + text.length(), AlignmentMethod.EXACT, 1.0));
        }
        Optional<Alignment> normalised = alignCollapsed(text);
        return normalised.isPresent() ? normalised : alignTokens(text);
    }

    /**
     * Like {@link #align}, but when the text occurs verbatim several times, the occurrence nearest the span
     * {@code [start, end)} (code points) wins: a claimant mention or cue belongs with its claim.
     */
    public Optional<Alignment> alignNear(String text, int start, int end) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String whole = document.text();
        int from = document.toCharIndex(Math.max(0, Math.min(start, document.length())));
        int to = document.toCharIndex(Math.max(0, Math.min(end, document.length())));
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (int at = whole.indexOf(text); at >= 0; at = whole.indexOf(text, at + 1)) {
            int atEnd = at + text.length();
            long distance = atEnd <= from ? from - atEnd : at >= to ? at - to : 0;
            if (distance < bestDistance) {
                best = at;
                bestDistance = distance;
            }
            if (at > to) {
                break; // later occurrences are only further away
            }
        }
        return best >= 0 ? Optional.of(ofChars(best, best + text.length(), AlignmentMethod.EXACT, 1.0)) : align(text);
    }

    private Alignment ofChars(int charStart, int charEnd, AlignmentMethod method, double overlap) {
        String text = document.text();
        // A text ending in half a surrogate pair (a JSON "\\ud83d" escape can deliver one) stands for the whole
        // code point; rounding down instead would give a shorter span, even an empty one for a non-blank text.
        if (charEnd > 0 && charEnd < text.length() && Character.isHighSurrogate(text.charAt(charEnd - 1))
                && Character.isLowSurrogate(text.charAt(charEnd))) {
            charEnd++;
        }
        return new Alignment(document.toCodePointOffset(charStart), document.toCodePointOffset(charEnd), method,
                overlap);
    }

    private Optional<Alignment> alignCollapsed(String text) {
        if (collapsed == null) {
            buildCollapsed();
        }
        String needle = collapseWhitespace(text).strip();
        int at = collapsed.indexOf(needle);
        if (needle.isEmpty() || at < 0) { // empty: only spaces String.isBlank does not know, such as U+00A0
            return Optional.empty();
        }
        // The needle is stripped, so its last char is not a collapsed space and maps to exactly one char.
        int charEnd = collapsedToChar[at + needle.length() - 1] + 1;
        if (Character.isHighSurrogate(document.text().charAt(charEnd - 1))) {
            charEnd++;
        }
        return Optional.of(ofChars(collapsedToChar[at], charEnd, AlignmentMethod.WHITESPACE, 1.0));
    }

    private void buildCollapsed() {
        String text = document.text();
        StringBuilder sb = new StringBuilder(text.length());
        int[] map = new int[text.length()];
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    map[sb.length()] = i;
                    sb.append(' ');
                }
                inSpace = true;
            } else {
                map[sb.length()] = i;
                sb.append(c);
                inSpace = false;
            }
        }
        collapsed = sb.toString();
        collapsedToChar = map;
    }

    static String collapseWhitespace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    sb.append(' ');
                }
                inSpace = true;
            } else {
                sb.append(c);
                inSpace = false;
            }
        }
        return sb.toString();
    }

    /** Line breaks, tabs and the no-break and other Unicode spaces all count as whitespace. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private Optional<Alignment> alignTokens(String text) {
        if (tokens == null) {
            tokens = tokenize(document.text());
        }
        List<Token> wanted = tokenize(text);
        if (wanted.isEmpty() || tokens.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> need = new HashMap<>();
        for (Token t : wanted) {
            need.merge(t.word(), 1, Integer::sum);
        }
        int width = Math.min(wanted.size(), tokens.size());
        // Slide a window of the text's token count over the document, keeping the multiset overlap up to date.
        Map<String, Integer> have = new HashMap<>();
        int overlap = 0;
        int best = -1;
        int bestStart = 0;
        for (int i = 0; i < tokens.size(); i++) {
            overlap += add(have, need, tokens.get(i).word());
            if (i >= width) {
                overlap -= remove(have, need, tokens.get(i - width).word());
            }
            if (i >= width - 1 && overlap > best) {
                best = overlap;
                bestStart = i - width + 1;
            }
        }
        double fraction = (double) best / wanted.size();
        if (fraction < MIN_TOKEN_OVERLAP) {
            return Optional.empty();
        }
        // Trim window edges the text does not contain, so the span does not reach into neighbouring words.
        int first = bestStart;
        int last = bestStart + width - 1;
        while (first < last && !need.containsKey(tokens.get(first).word())) {
            first++;
        }
        while (last > first && !need.containsKey(tokens.get(last).word())) {
            last--;
        }
        return Optional.of(ofChars(tokens.get(first).charStart(), tokens.get(last).charEnd(),
                AlignmentMethod.TOKEN_OVERLAP, fraction));
    }

    /** Adds a token to the window; returns 1 when that raises the overlap. */
    private static int add(Map<String, Integer> have, Map<String, Integer> need, String word) {
        int count = have.merge(word, 1, Integer::sum);
        return count <= need.getOrDefault(word, 0) ? 1 : 0;
    }

    /** Removes a token from the window; returns 1 when that lowers the overlap. */
    private static int remove(Map<String, Integer> have, Map<String, Integer> need, String word) {
        int count = have.merge(word, -1, Integer::sum);
        return count < need.getOrDefault(word, 0) ? 1 : 0;
    }

    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(new Token(m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        return out;
    }
}
