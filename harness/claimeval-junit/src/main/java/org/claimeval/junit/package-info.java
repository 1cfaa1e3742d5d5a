/**
 * JUnit 5 assertions over claimeval scores: {@link org.claimeval.junit.ClaimEvalAssertions#assertThat}, then
 * {@code on(dataset)}, then {@code metric(name).isAtLeast(x)}.
 */
package org.claimeval.junit;
