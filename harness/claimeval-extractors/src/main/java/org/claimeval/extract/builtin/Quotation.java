package org.claimeval.extract.builtin;

/**
 * A quotation in the text: {@code open} is the index of the opening mark, {@code close} the index of the closing
 * mark; the quoted text lies strictly between them.
 */
record Quotation(int open, int close) {
    TextRange inner() {
        return new TextRange(open + 1, close);
    }

    TextRange outer() {
        return new TextRange(open, close + 1);
    }
}
