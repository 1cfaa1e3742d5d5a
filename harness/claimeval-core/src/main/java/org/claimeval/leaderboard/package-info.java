/**
 * Systems ranked by the headline, claim + claimant F1: {@link org.claimeval.leaderboard.Leaderboard} ranks
 * {@link org.claimeval.leaderboard.Entry entries} (each a system scored with overlap and exact matching), gives
 * each a paragraph-bootstrap interval and tests it against the top row (approximate randomization, Holm-corrected);
 * {@link org.claimeval.leaderboard.LeaderboardReport} renders it as a table, Markdown, JSON or an HTML page with a
 * speed/accuracy chart.
 */
package org.claimeval.leaderboard;
