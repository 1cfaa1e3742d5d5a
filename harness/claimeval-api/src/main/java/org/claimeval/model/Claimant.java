package org.claimeval.model;

import java.util.List;
import java.util.Objects;

/**
 * A source that makes claims, from dataset/claimants.json.
 *
 * @param id      kebab-case registry id; {@code author} is reserved for the article's own voice
 * @param name    canonical name
 * @param aliases the ways the texts refer to it ("the ministry", "MoD")
 * @param kind    person, government, military, media, anonymous-official, expert-group, ...
 * @param side    the side it speaks for
 * @param roles   generic descriptions that stand for it in a text where it is the one so described ("the
 *                governor", "the head of state", "the country's General Staff"); unlike aliases they are not
 *                names, and several entries may share one, so they resolve only in context (the nearest entry
 *                with that role mentioned before)
 */
public record Claimant(String id, String name, List<String> aliases, String kind, Side side, List<String> roles) {
    public static final String AUTHOR_ID = "author";

    public Claimant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** An entry without role descriptions. */
    public Claimant(String id, String name, List<String> aliases, String kind, Side side) {
        this(id, name, aliases, kind, side, List.of());
    }
}
