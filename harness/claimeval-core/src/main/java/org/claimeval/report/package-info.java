/**
 * Rendering a {@link org.claimeval.report.ScoreReport}: text and Markdown tables, JSON, JUnit XML, the
 * self-contained HTML error analysis; dataset composition and who-claims-what views.
 */
package org.claimeval.report;
