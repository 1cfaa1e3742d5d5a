package org.claimeval.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.claimeval.io.Json;
import org.claimeval.model.Claim;
import org.claimeval.score.Rejection;
import org.claimeval.model.Quantity;

/**
 * Writes claims in the predictions-file format that {@link PredictionsReader} reads, one compact JSON object
 * a line, fields always in the order doc, start, end, text, claimant, claimantMention, cue, via, type, attribution, quote, score,
 * quantities (absent attributes left out). Reading the output back gives the same claims, so
 * {@code claimeval extract > p.jsonl} followed by {@code --predictions p.jsonl} scores identically.
 */
public final class PredictionsWriter {
    private static final ObjectWriter COMPACT = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);
    /** Below this, a whole-number double is written without ".0" and still reads back exactly. */
    private static final double EXACT_LONG_LIMIT = 1L << 53;

    private PredictionsWriter() {
    }

    /** Writes every claim, documents in the map's order, each line ending in {@code \n}. */
    public static void write(Map<String, List<Claim>> claimsByDoc, Writer out) throws IOException {
        write(claimsByDoc, Map.of(), out);
    }

    /**
     * Writes every claim and, after each document's claims, its rejected ones as
     * {@code {"doc", "rejected": "unaligned"|"invalid", "message", "text"?}} lines, which read back as the same
     * false positives: storing predictions and scoring them later never loses an invented claim.
     */
    public static void write(Map<String, List<Claim>> claimsByDoc, Map<String, List<Rejection>> rejectedByDoc,
                             Writer out) throws IOException {
        java.util.Set<String> docs = new java.util.LinkedHashSet<>(claimsByDoc.keySet());
        docs.addAll(rejectedByDoc.keySet());
        for (String doc : docs) {
            for (Claim claim : claimsByDoc.getOrDefault(doc, List.of())) {
                out.write(line(claim));
                out.write('\n');
            }
            for (Rejection r : rejectedByDoc.getOrDefault(doc, List.of())) {
                ObjectNode node = Json.mapper().createObjectNode();
                node.put("doc", r.doc());
                node.put("rejected", r.reason().json());
                node.put("message", r.message());
                if (r.text() != null) {
                    node.put("text", r.text());
                }
                out.write(COMPACT.writeValueAsString(node));
                out.write('\n');
            }
        }
        out.flush();
    }

    /** One claim as a line, without the line break. */
    public static String line(Claim claim) {
        try {
            return COMPACT.writeValueAsString(toJson(claim, true));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of strings and numbers always serialises
        }
    }

    /** The claim as a predictions-line object; {@code withDoc} false gives the process response's claim form. */
    public static ObjectNode toJson(Claim claim, boolean withDoc) {
        ObjectNode node = Json.mapper().createObjectNode();
        if (withDoc) {
            node.put("doc", claim.doc());
        }
        node.put("start", claim.start());
        node.put("end", claim.end());
        if (claim.text() != null) {
            node.put("text", claim.text());
        }
        if (claim.claimant() != null) {
            node.put("claimant", claim.claimant());
        }
        putSpan(node, "claimantMention", claim.claimantMention());
        putSpan(node, "cue", claim.cue());
        if (!claim.via().isEmpty()) {
            ArrayNode via = node.putArray("via");
            claim.via().forEach(via::add);
        }
        if (claim.type() != null) {
            node.put("type", claim.type().json());
        }
        if (claim.attribution() != null) {
            node.put("attribution", claim.attribution().json());
        }
        if (claim.quote() != null) {
            node.put("quote", claim.quote().json());
        }
        if (claim.score() != null) {
            putNumber(node, "score", claim.score());
        }
        if (!claim.quantities().isEmpty()) {
            ArrayNode quantities = node.putArray("quantities");
            for (Quantity q : claim.quantities()) {
                ObjectNode qn = quantities.addObject();
                putNumber(qn, "value", q.value());
                qn.put("unit", q.unit());
                qn.put("bound", q.bound().json());
            }
        }
        return node;
    }

    private static void putSpan(ObjectNode node, String field, org.claimeval.model.Span span) {
        if (span != null) {
            node.putObject(field).put("start", span.start()).put("end", span.end()).put("text", span.text());
        }
    }

    /** 61000 rather than 61000.0: the same double when read back, and what a person would write. */
    private static void putNumber(ObjectNode node, String field, double value) {
        if (value == Math.rint(value) && Math.abs(value) < EXACT_LONG_LIMIT && !(value == 0 && 1 / value < 0)) {
            node.put(field, (long) value);
        } else {
            node.put(field, value);
        }
    }
}
