/**
 * Statistics over scores and annotation sets: bootstrap confidence intervals, paired significance tests
 * (bootstrap, approximate randomization), inter-annotator agreement and Cohen's kappa.
 */
package org.claimeval.stats;
