/**
 * Loading and validating a dataset from a folder or the class path: manifest, claimant registry, gold files, seed
 * texts and their hashes, JSON Schemas; every problem located by file, line, claim id and field.
 */
package org.claimeval.dataset;
