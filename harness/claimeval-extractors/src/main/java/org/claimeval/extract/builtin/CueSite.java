package org.claimeval.extract.builtin;

import org.claimeval.extract.builtin.CueLexicon.Hit;

/**
 * One cue of a sentence as the cue rules see it: the cue, the next cue of the sentence (which bounds its
 * content), the sentence and the one before, the source of the previous claim in the sentence, and where a
 * forward content would stop. The speaker is looked up once, when a rule first asks for it.
 */
final class CueSite {
    private final Hit hit;
    private final TextRange sentence;
    private final TextRange previousSentence;
    private final ClaimantResolver.Resolved previousSource;
    private final boolean notFirst;
    private final int contentEnd;
    private CueSpeaker.Speaker speaker;

    CueSite(Hit hit, TextRange sentence, TextRange previousSentence, ClaimantResolver.Resolved previousSource,
            boolean notFirst, int contentEnd) {
        this.hit = hit;
        this.sentence = sentence;
        this.previousSentence = previousSentence;
        this.previousSource = previousSource;
        this.notFirst = notFirst;
        this.contentEnd = contentEnd;
    }

    Hit hit() {
        return hit;
    }

    TextRange cue() {
        return new TextRange(hit.start(), hit.end());
    }

    TextRange sentence() {
        return sentence;
    }

    TextRange previousSentence() {
        return previousSentence;
    }

    ClaimantResolver.Resolved previousSource() {
        return previousSource;
    }

    /** Whether another cue of the same sentence came before this one. */
    boolean notFirst() {
        return notFirst;
    }

    int contentEnd() {
        return contentEnd;
    }

    /** The channels the speaker's construction names ("Z quoted X as saying"); none when no rule asked for it. */
    java.util.List<String> channels() {
        return speaker == null ? java.util.List.of() : speaker.via();
    }

    /**
     * Where the subject of a verb cue starts ("as X said", "a buildup that X reported"), or -1 when the cue is no
     * verb or has no subject of its own: the rules that read the word before a subject start here.
     */
    int verbSubjectStart(RuleContext ctx) {
        if (hit.entry().shape() != CueLexicon.Shape.VERB) {
            return -1;
        }
        TextRange subject = speaker(ctx).subject();
        return subject == null || subject.isEmpty() ? -1 : subject.start();
    }

    CueSpeaker.Speaker speaker(RuleContext ctx) {
        if (speaker == null) {
            speaker = CueSpeaker.of(this, ctx);
        }
        return speaker;
    }
}
