package org.claimeval.score;

/**
 * An attribute judged on matched pairs: how many predictions got it right, how many gave it at all, out of how
 * many matched pairs. A prediction that leaves the attribute out counts as wrong.
 *
 * <p>With no matched pairs the accuracy is vacuous: {@link #accuracy()} and {@link #coverage()} are then 1.0
 * (nothing was judged wrong, the same convention as empty {@link Counts}); check {@link #matched()} before
 * reading much into it.
 */
public record Accuracy(long correct, long covered, long matched) {
    public static final Accuracy ZERO = new Accuracy(0, 0, 0);

    public Accuracy {
        if (correct < 0 || covered < correct || matched < covered) {
            throw new IllegalArgumentException("need 0 <= correct <= covered <= matched, got " + correct + ", "
                    + covered + ", " + matched);
        }
    }

    public double accuracy() {
        return matched == 0 ? 1.0 : correct / (double) matched;
    }

    /** Share of matched predictions that gave the attribute at all. */
    public double coverage() {
        return matched == 0 ? 1.0 : covered / (double) matched;
    }

    public Accuracy plus(Accuracy other) {
        return new Accuracy(correct + other.correct, covered + other.covered, matched + other.matched);
    }

    /** Adds one judged pair. */
    Accuracy judge(boolean given, boolean right) {
        return new Accuracy(correct + (given && right ? 1 : 0), covered + (given ? 1 : 0), matched + 1);
    }
}
