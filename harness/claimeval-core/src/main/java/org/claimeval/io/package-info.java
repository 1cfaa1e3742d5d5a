/**
 * Reading what users name, safely, and writing JSON the same way everywhere: {@link org.claimeval.io.InputFile}
 * opens only bounded regular files, {@link org.claimeval.io.Json} is the one Jackson configuration (limits on
 * nesting, strings and numbers; sorted, indented output).
 */
package org.claimeval.io;
