package org.claimeval.convert.labelstudio;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.claimeval.convert.GoldJson;
import org.claimeval.convert.LabelMapping;
import org.claimeval.io.Json;
import org.claimeval.model.Annotates;
import org.claimeval.model.Claim;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.Quantity;
import org.claimeval.model.Span;

/**
 * Writes a dataset's gold as a Label Studio project: {@code <dataset>.json}, tasks to import (each with the
 * text, its document id and the gold as one annotation), and {@code labeling-config.xml}, the labeling
 * interface that shows them. Regions and controls are the ones {@link LabelStudioImporter} reads back; offsets
 * are UTF-16 code units, as Label Studio counts.
 */
public final class LabelStudioExporter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final LabelMapping labels = LabelMapping.DEFAULT;

    public void write(Dataset dataset, Path dir) throws IOException {
        ArrayNode tasks = NODES.arrayNode();
        int n = 0;
        for (Document d : dataset.documents()) {
            ObjectNode task = tasks.addObject();
            task.put("id", ++n);
            task.putObject("data").put("text", d.text()).put("doc", d.id());
            ObjectNode annotation = task.putArray("annotations").addObject();
            annotation.put("id", n);
            annotation.putObject("completed_by").put("email", dataset.name() + "@gold");
            annotation.set("result", results(d, dataset));
        }
        Files.writeString(dir.resolve(dataset.name() + ".json"), Json.mapper().writeValueAsString(tasks) + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("labeling-config.xml"), config(dataset.annotates()), StandardCharsets.UTF_8);
    }

    private ArrayNode results(Document d, Dataset dataset) {
        Annotates a = dataset.annotates();
        ArrayNode out = NODES.arrayNode();
        Map<String, String> shared = new LinkedHashMap<>();
        int[] n = {0};
        for (Claim c : dataset.gold(d.id())) {
            String content = region(out, d, c.content(), labels.content(), "c" + ++n[0]);
            if (c.claimantMention() != null && a.claimants()) {
                relation(out, content, sharedRegion(out, shared, d, c.claimantMention(), labels.source(), n), "source");
            }
            if (c.cue() != null && a.cue()) {
                relation(out, content, sharedRegion(out, shared, d, c.cue(), labels.cue(), n), "cue");
            }
            if (a.quantities()) {
                for (Quantity q : c.quantities()) {
                    String qr = region(out, d, q.span(), labels.quantity(), "q" + ++n[0]);
                    relation(out, content, qr, "quantity");
                    text(out, d, q.span(), qr, "quantity", GoldJson.plain(q.value()) + " " + q.bound().json() + " " + q.unit());
                }
            }
            if (a.type() && c.type() != null) {
                choice(out, d, c.content(), content, "type", c.type().label());
            }
            if (a.attribution() && c.attribution() != null) {
                choice(out, d, c.content(), content, "attribution", c.attribution().json());
            }
            if (a.quote() && c.quote() != null) {
                choice(out, d, c.content(), content, "quote", c.quote().json());
            }
            if (a.registry() && c.claimant() != null) {
                text(out, d, c.content(), content, "claimant", c.claimant());
            }
            if (a.clusters() && c.cluster() != null) {
                text(out, d, c.content(), content, "cluster", c.cluster());
            }
            text(out, d, c.content(), content, "id", c.id());
            if (a.registry() && !c.via().isEmpty()) {
                text(out, d, c.content(), content, "via", String.join(" ", c.via()));
            }
        }
        return out;
    }

    private static String sharedRegion(ArrayNode out, Map<String, String> shared, Document d, Span span, String label,
                                       int[] n) {
        String key = label + " " + span.start() + " " + span.end();
        String id = shared.get(key);
        if (id == null) {
            id = region(out, d, span, label, "r" + ++n[0]);
            shared.put(key, id);
        }
        return id;
    }

    private static ObjectNode value(Document d, Span span) {
        return NODES.objectNode().put("start", d.toCharIndex(span.start())).put("end", d.toCharIndex(span.end()))
                .put("text", span.text());
    }

    private static String region(ArrayNode out, Document d, Span span, String label, String id) {
        ObjectNode r = out.addObject().put("id", id).put("from_name", "label").put("to_name", "text").put("type", "labels");
        ObjectNode v = value(d, span);
        v.putArray("labels").add(label);
        r.set("value", v);
        return id;
    }

    private static void relation(ArrayNode out, String from, String to, String label) {
        ObjectNode r = out.addObject().put("from_id", from).put("to_id", to).put("type", "relation")
                .put("direction", "right");
        r.putArray("labels").add(label);
    }

    private static void choice(ArrayNode out, Document d, Span span, String id, String control, String value) {
        ObjectNode r = out.addObject().put("id", id).put("from_name", control).put("to_name", "text").put("type", "choices");
        ObjectNode v = value(d, span);
        v.putArray("choices").add(value);
        r.set("value", v);
    }

    private static void text(ArrayNode out, Document d, Span span, String id, String control, String value) {
        ObjectNode r = out.addObject().put("id", id).put("from_name", control).put("to_name", "text").put("type", "textarea");
        ObjectNode v = value(d, span);
        v.putArray("text").add(value);
        r.set("value", v);
    }


    /** The labeling interface: the span labels, the relations, and a per-region control for each attribute. */
    String config(Annotates a) {
        StringBuilder x = new StringBuilder("<View>\n  <Relations>\n    <Relation value=\"source\"/>\n"
                + "    <Relation value=\"cue\"/>\n    <Relation value=\"quantity\"/>\n  </Relations>\n"
                + "  <Labels name=\"label\" toName=\"text\">\n");
        for (String l : new String[] {labels.content(), labels.source(), labels.cue(), labels.quantity()}) {
            x.append("    <Label value=\"").append(l).append("\"/>\n");
        }
        x.append("  </Labels>\n  <Text name=\"text\" value=\"$text\"/>\n");
        if (a.type()) {
            choices(x, "type", a.types().toArray(String[]::new));
        }
        if (a.attribution()) {
            choices(x, "attribution", "explicit", "implicit", "author");
        }
        if (a.quote()) {
            choices(x, "quote", "direct", "partial", "none");
        }
        for (String area : new String[] {"claimant", "cluster", "id", "via", "quantity"}) {
            x.append("  <TextArea name=\"").append(area).append("\" toName=\"text\" perRegion=\"true\"/>\n");
        }
        return x.append("</View>\n").toString();
    }

    private static void choices(StringBuilder x, String name, String... values) {
        x.append("  <Choices name=\"").append(name).append("\" toName=\"text\" perRegion=\"true\">\n");
        for (String v : values) {
            x.append("    <Choice value=\"").append(v.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;"))
                    .append("\"/>\n");
        }
        x.append("  </Choices>\n");
    }
}
