package org.claimeval.robustness;

/**
 * A rewritten text and where each old code-point offset went: {@code startImage[i]} for a span starting at
 * {@code i}, {@code endImage[i]} for a span ending at {@code i} (see {@link TextRewrite}).
 */
record Rewritten(String text, int[] startImage, int[] endImage) {

    int start(int oldOffset) {
        return startImage[oldOffset];
    }

    int end(int oldOffset) {
        return endImage[oldOffset];
    }
}
