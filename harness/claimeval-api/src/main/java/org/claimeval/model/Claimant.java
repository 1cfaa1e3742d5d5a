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
 */
public record Claimant(String id, String name, List<String> aliases, String kind, Side side) {
    public static final String AUTHOR_ID = "author";

    public Claimant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
