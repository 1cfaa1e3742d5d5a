package org.claimeval.convert;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Problem;

/**
 * Which of a tool's span labels stand for a claim's content, its source, its cue and a quantity in it:
 * {@code --labels content=Content,source=Source,cue=Cue} (those are the defaults; {@code quantity=Quantity}).
 * Labels compare exactly, as the tools write them.
 */
public record LabelMapping(String content, String source, String cue, String quantity) {
    public static final LabelMapping DEFAULT = new LabelMapping("Content", "Source", "Cue", "Quantity");

    /** The role a label plays, or null for a label claimeval does not use. */
    public enum Role { CONTENT, SOURCE, CUE, QUANTITY }

    public Role role(String label) {
        if (label.equals(content)) {
            return Role.CONTENT;
        }
        if (label.equals(source)) {
            return Role.SOURCE;
        }
        if (label.equals(cue)) {
            return Role.CUE;
        }
        return label.equals(quantity) ? Role.QUANTITY : null;
    }

    /** Parses {@code content=Content,source=Source,cue=Cue}; roles left out keep their default. */
    public static LabelMapping parse(String spec) throws BadInputException {
        Map<String, String> m = new LinkedHashMap<>(Map.of("content", DEFAULT.content, "source", DEFAULT.source,
                "cue", DEFAULT.cue, "quantity", DEFAULT.quantity));
        if (spec != null && !spec.isBlank()) {
            for (String pair : spec.split(",")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2 || !m.containsKey(kv[0].strip()) || kv[1].isBlank()) {
                    throw new BadInputException(new Problem("--labels", 0, null, "--labels", "\"" + pair
                            + "\" is not ROLE=Label with ROLE one of " + List.copyOf(m.keySet())));
                }
                m.put(kv[0].strip(), kv[1].strip());
            }
        }
        if (m.values().stream().distinct().count() != m.size()) {
            throw new BadInputException(new Problem("--labels", 0, null, "--labels",
                    "two roles share a label: " + m));
        }
        return new LabelMapping(m.get("content"), m.get("source"), m.get("cue"), m.get("quantity"));
    }
}
