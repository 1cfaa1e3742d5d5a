/**
 * Running extractors safely ({@link org.claimeval.extract.ExtractionRunner}: timeouts, failures per document) and
 * the adapters that make anything an extractor: SPI catalogs and external jars, processes speaking JSON Lines,
 * predictions files (read, aligned and written).
 */
package org.claimeval.extract;
