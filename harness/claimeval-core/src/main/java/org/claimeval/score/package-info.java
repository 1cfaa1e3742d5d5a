/**
 * Matching predicted claims to gold claims and the metrics computed from the result.
 *
 * <h2>Conventions (for the README)</h2>
 * <ul>
 *   <li><b>Spans</b> are code-point offsets, end-exclusive, as in the gold files.</li>
 *   <li><b>Tokens</b> ({@link org.claimeval.score.TokenView}) are maximal runs of letters and digits; a span
 *       touches every token it shares a code point with, so edge whitespace and punctuation never matter. A
 *       span that touches no token matches only a span with identical offsets.</li>
 *   <li><b>Match modes</b> ({@link org.claimeval.score.MatchMode}): {@code exact} same start and end;
 *       {@code overlap} token IoU &gt;= threshold (default 0.5, inclusive); {@code partial} one shared token.</li>
 *   <li><b>Assignment</b> ({@link org.claimeval.score.Matcher}): one-to-one per document, maximum number of
 *       pairs first, then maximum total similarity; exact (Hungarian method per connected component of
 *       candidate pairs), independent of input order.</li>
 *   <li><b>Empty cases</b> ({@link org.claimeval.score.Counts}): recall with no gold is 1.0; precision with
 *       no predictions is 1.0 if there was also no gold, else 0.0; F1 = 2TP / (2TP + FP + FN), 1.0 when all
 *       counts are 0. Never NaN.</li>
 *   <li><b>Macro</b> ({@link org.claimeval.score.Macro}): unweighted mean over all scored documents of their
 *       P, R and F1.</li>
 *   <li><b>Subset</b> ({@link org.claimeval.score.Subset}): {@code attributed} keeps explicit and implicit
 *       gold; a prediction is dropped only if it says {@code author}.</li>
 *   <li><b>Breakdowns</b> ({@link org.claimeval.score.Breakdown}): TP and FN under the gold claim's value, FP
 *       under the prediction's own value or {@code (none)}; rows add up to the micro counts. Sides are RU, UA,
 *       WEST, OTHER, {@code author}, {@code (none)}.</li>
 *   <li><b>Attributes</b> ({@link org.claimeval.score.AttributeScores}) on matched pairs: claimant, side and
 *       type accuracy as correct / matched (a missing attribute is wrong; with no pairs, 1.0), coverage as
 *       given / matched; quantity P/R/F1 over (value, unit lower-cased, bound) multisets; strict claim +
 *       claimant counts from a second assignment in which only same-claimant pairs are candidates.</li>
 * </ul>
 */
package org.claimeval.score;
