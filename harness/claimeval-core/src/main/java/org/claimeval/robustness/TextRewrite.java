package org.claimeval.robustness;

import java.util.Arrays;

/**
 * Builds a new text from pieces of an old one (copied ranges, replaced ranges, inserted text) and records
 * where every old code-point offset lands, so a perturbation moves the gold with the text instead of asking
 * anyone to annotate again.
 *
 * <p>An offset has two images: where a span <em>starting</em> there now starts, and where a span
 * <em>ending</em> there now ends. They differ at an insertion: text inserted at offset p lies after every
 * span that ends at p and before every span that starts at p, so no span swallows a distractor. A span edge
 * inside a replaced range moves to the edge of the replacement.
 */
final class TextRewrite {
    private static final int UNMAPPED = -1;

    private final int[] oldText;
    private final int[] startImage;
    private final int[] endImage;
    private final StringBuilder newText = new StringBuilder();
    private int newLength;
    private int emitted;

    TextRewrite(String text) {
        this.oldText = text.codePoints().toArray();
        this.startImage = new int[oldText.length + 1];
        this.endImage = new int[oldText.length + 1];
        Arrays.fill(startImage, UNMAPPED);
        Arrays.fill(endImage, UNMAPPED);
    }

    int oldLength() {
        return oldText.length;
    }

    /** Copies the old code points [from, to) unchanged. */
    TextRewrite copy(int from, int to) {
        check(from, to);
        for (int i = from; i < to; i++) {
            startImage[i] = newLength + (i - from);
            endImage[i + 1] = newLength + (i - from) + 1;
            newText.appendCodePoint(oldText[i]);
        }
        newLength += to - from;
        emitted += to - from;
        return this;
    }

    /** Writes {@code replacement} in place of the old code points [from, to). */
    TextRewrite replace(int from, int to, String replacement) {
        check(from, to);
        int length = replacement.codePointCount(0, replacement.length());
        for (int i = from; i < to; i++) {
            startImage[i] = newLength;
            endImage[i + 1] = newLength + length;
        }
        newText.append(replacement);
        newLength += length;
        emitted += to - from;
        return this;
    }

    /** Writes text that has no old counterpart. */
    TextRewrite insert(String text) {
        newText.append(text);
        newLength += text.codePointCount(0, text.length());
        return this;
    }

    /** The new text and the offset images; every old code point must have been emitted exactly once. */
    Rewritten finish() {
        if (emitted != oldText.length) {
            throw new IllegalStateException("emitted " + emitted + " of " + oldText.length + " code points");
        }
        // A zero-length text, or the end of the text, still needs an image.
        if (startImage[oldText.length] == UNMAPPED) {
            startImage[oldText.length] = newLength;
        }
        if (endImage[0] == UNMAPPED) {
            endImage[0] = startImage.length > 1 ? startImage[0] : 0;
        }
        return new Rewritten(newText.toString(), startImage.clone(), endImage.clone());
    }

    private void check(int from, int to) {
        if (from < 0 || to > oldText.length || from > to) {
            throw new IndexOutOfBoundsException("[" + from + ", " + to + ") outside 0.." + oldText.length);
        }
        for (int i = from; i < to; i++) {
            if (startImage[i] != UNMAPPED) {
                throw new IllegalStateException("code point " + i + " emitted twice");
            }
        }
    }
}
