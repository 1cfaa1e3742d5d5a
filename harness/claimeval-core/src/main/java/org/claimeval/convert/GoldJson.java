package org.claimeval.convert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.claimeval.dataset.GoldReader;
import org.claimeval.model.Annotates;
import org.claimeval.model.Claim;
import org.claimeval.model.Quantity;
import org.claimeval.model.Span;

/**
 * Claims in the gold format, with the fields the dataset's profile annotates and no others (what
 * {@link GoldReader} reads back). Field order follows the gold schema, so files read well.
 */
public final class GoldJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GoldJson() {
    }

    /** A whole gold file. */
    public static ObjectNode file(String doc, String sha256, List<Claim> claims, Annotates annotates) {
        ObjectNode root = NODES.objectNode();
        root.put("schema", GoldReader.SCHEMA);
        root.put("doc", doc);
        root.put("sha256", sha256);
        ArrayNode array = root.putArray("claims");
        claims.forEach(c -> array.add(claim(c, annotates)));
        return root;
    }

    public static ObjectNode claim(Claim c, Annotates annotates) {
        ObjectNode node = NODES.objectNode();
        node.put("id", c.id());
        node.put("start", c.start());
        node.put("end", c.end());
        node.put("text", c.text());
        if (annotates.registry()) {
            node.put("claimant", c.claimant());
        }
        if (annotates.claimants()) {
            node.set("claimantMention", span(c.claimantMention()));
        }
        if (annotates.cue()) {
            node.set("cue", span(c.cue()));
        }
        if (annotates.registry()) {
            ArrayNode via = node.putArray("via");
            c.via().forEach(via::add);
        }
        if (annotates.attribution()) {
            node.put("attribution", c.attribution() == null ? null : c.attribution().json());
        }
        if (annotates.quote()) {
            node.put("quote", c.quote() == null ? null : c.quote().json());
        }
        if (annotates.type()) {
            node.put("type", c.type() == null ? null : c.type().label());
        }
        if (annotates.quantities()) {
            ArrayNode quantities = node.putArray("quantities");
            for (Quantity q : c.quantities()) {
                ObjectNode qn = span(q.span());
                if (isWhole(q.value())) {
                    qn.put("value", (long) q.value()); // 61000, as a person writes it, not 61000.0
                } else {
                    qn.put("value", q.value());
                }
                qn.put("unit", q.unit());
                qn.put("bound", q.bound().json());
                quantities.add(qn);
            }
        }
        if (annotates.clusters()) {
            node.put("cluster", c.cluster());
        }
        return node;
    }

    /** A figure as a person writes it: {@code 61000}, not {@code 61000.0}; a fraction as it is. */
    public static String plain(double value) {
        return isWhole(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static boolean isWhole(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15;
    }

    private static ObjectNode span(Span s) {
        if (s == null) {
            return null;
        }
        return NODES.objectNode().put("start", s.start()).put("end", s.end()).put("text", s.text());
    }
}
