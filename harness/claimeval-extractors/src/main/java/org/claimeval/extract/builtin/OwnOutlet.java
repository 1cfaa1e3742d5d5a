package org.claimeval.extract.builtin;

import java.util.List;

/**
 * The article's own outlet, when its dateline or byline names a media entry of the registry ("KYIV (Baltic Wire)
 * –", "By Anna Roe, Daily Courier"): the article's own voice, so never a channel of its claims ("told the Daily
 * Courier" in the Courier's own article has no via, guideline H39, H12).
 */
final class OwnOutlet {
    /** The dateline and byline stand in the article's first lines. */
    private static final int HEAD = 600;

    private OwnOutlet() {
    }

    /** The registry id of the outlet the article's first lines name as its own, or null. */
    static String of(String text, ClaimantResolver resolver) {
        int end = Math.min(text.length(), HEAD);
        for (int lineStart = 0; lineStart < end; ) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
            String outlet = inLine(text.substring(lineStart, lineEnd).strip(), resolver);
            if (outlet != null) {
                return outlet;
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }

    private static String inLine(String line, ClaimantResolver resolver) {
        if (line.startsWith("By ") && line.lastIndexOf(',') > 0) {
            return media(line.substring(line.lastIndexOf(',') + 1).strip(), resolver); // "By Anna Roe, Daily Courier"
        }
        int open = line.indexOf('(');
        int close = open < 0 ? -1 : line.indexOf(')', open);
        int dash = close + 1;
        while (dash < line.length() && line.charAt(dash) == ' ') {
            dash++;
        }
        if (close > open + 1 && dash < line.length() && "-–—".indexOf(line.charAt(dash)) >= 0) {
            return media(line.substring(open + 1, close).strip(), resolver); // "KYIV (Baltic Wire) – ..."
        }
        return null;
    }

    private static String media(String name, ClaimantResolver resolver) {
        if (!resolver.isExactName(name)) {
            return null;
        }
        return resolver.lookup(name).filter(c -> "media".equals(c.kind())).map(c -> c.id()).orElse(null);
    }

    /** The claims without the own outlet among their channels. */
    static List<Found> notAChannel(String outlet, List<Found> found) {
        if (outlet == null) {
            return found;
        }
        return found.stream().map(f -> f.via().contains(outlet)
                ? f.withVia(f.via().stream().filter(v -> !v.equals(outlet)).toList()) : f).toList();
    }
}
