/**
 * The data model shared by the gold standard, extractors and scores: {@link org.claimeval.model.Document}, {@link
 * org.claimeval.model.Claim} (made with {@link org.claimeval.model.Claim#builder()}), {@link
 * org.claimeval.model.Span}, the claimant registry and the loaded {@link org.claimeval.model.Dataset}. Offsets are
 * code points throughout.
 */
package org.claimeval.model;
