/**
 * The extractor plug-in interface: implement {@link org.claimeval.spi.ClaimExtractor} and list the class in {@code
 * META-INF/services/org.claimeval.spi.ClaimExtractor}. This package and {@code org.claimeval.model} are all an
 * extractor compiles against (artifact {@code claimeval-api}, no dependencies).
 */
package org.claimeval.spi;
