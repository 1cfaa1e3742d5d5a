package org.claimeval.extract.builtin;

/**
 * A tag sequence of the tagger's beam, scored as OpenNLP's {@code Sequence} scores it (the sum of the
 * {@code StrictMath.log} of each tag's probability) and ordered as it orders them (the highest score first), so a
 * priority queue of paths removes them in the same order. Each path shares its prefix with the path it extends:
 * {@code Sequence} copies its lists of tags and probabilities at each step, which was an eighth of the tagger's time.
 */
record TagPath(TagPath previous, String tag, double score, int length) implements Comparable<TagPath> {
    /** The path before the first word. */
    static final TagPath EMPTY = new TagPath(null, null, 0, 0);

    /** This path extended by a tag of probability {@code probability}. */
    TagPath then(String nextTag, double probability) {
        return new TagPath(this, nextTag, score + StrictMath.log(probability), length + 1);
    }

    /** The tag of the word at {@code index} (0 is the first word). */
    String tagAt(int index) {
        TagPath p = this;
        for (int k = length - 1; k > index; k--) {
            p = p.previous;
        }
        return p.tag;
    }

    /** The tags, first word first. */
    String[] tags() {
        String[] tags = new String[length];
        TagPath p = this;
        for (int k = length - 1; k >= 0; k--) {
            tags[k] = p.tag;
            p = p.previous;
        }
        return tags;
    }

    /** The higher score first, as {@code Sequence.compareTo}. */
    @Override
    public int compareTo(TagPath other) {
        return Double.compare(other.score, score);
    }
}
