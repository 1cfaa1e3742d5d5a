package org.claimeval.model;

/**
 * One thing wrong with an input, located as precisely as the input allows.
 *
 * @param file    the file, as the user named it (or a classpath resource name)
 * @param line    1-based line for line-oriented files (JSONL) or the JSON parser's line; 0 when unknown
 * @param claimId the claim id when the problem belongs to a claim; null otherwise
 * @param field   the JSON field, as a path such as {@code claims[3].cue.start}; null when the whole record is at fault
 * @param message what is wrong, in words a user can act on
 */
public record Problem(String file, int line, String claimId, String field, String message) {

    /**
     * {@code gold/000.json:12: claim 000-03: field cue.text: does not match the document at [40,48)}, always on one
     * line: a line break inside a part (a value quoted from the input) is shown as {@code \n}, so an input cannot
     * start a line of its own in a log, such as a CI workflow command.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file == null ? "<input>" : file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (claimId != null) {
            sb.append("claim ").append(claimId).append(": ");
        }
        if (field != null) {
            sb.append("field ").append(field).append(": ");
        }
        return sb.append(message).toString().replace("\r", "\\r").replace("\n", "\\n");
    }
}
