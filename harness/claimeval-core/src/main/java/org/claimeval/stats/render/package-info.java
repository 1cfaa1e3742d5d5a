/**
 * Rendering the results of {@code org.claimeval.stats} (comparisons, agreement) as text, Markdown or JSON.
 */
package org.claimeval.stats.render;
