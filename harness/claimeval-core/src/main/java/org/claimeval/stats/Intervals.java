package org.claimeval.stats;

/**
 * Bootstrap confidence intervals for micro precision, recall and F1.
 *
 * @param level     confidence level, e.g. 0.95
 * @param resamples number of bootstrap resamples
 * @param seed      the random seed (same seed, same intervals)
 * @param unit      what was resampled, e.g. {@code document}
 */
public record Intervals(double level, int resamples, long seed, String unit, Interval precision, Interval recall,
                        Interval f1) {
}
