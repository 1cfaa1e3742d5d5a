package org.claimeval.extract.builtin;

/** A stretch of a Java string in UTF-16 char indices, end-exclusive; converted to code points only at the end. */
record TextRange(int start, int end) {
    boolean isEmpty() {
        return end <= start;
    }

    boolean contains(int index) {
        return start <= index && index < end;
    }
}
