package org.claimeval.convert.brat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.claimeval.convert.GoldJson;
import org.claimeval.convert.LabelMapping;
import org.claimeval.model.Annotates;
import org.claimeval.model.Attribution;
import org.claimeval.model.Claim;
import org.claimeval.model.Claimant;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.Quantity;
import org.claimeval.model.QuoteKind;
import org.claimeval.model.Span;

/**
 * Writes a dataset's gold as a brat corpus, for review in brat or INCEpTION (which reads brat): per document
 * {@code <doc>.txt} (the exact text, so offsets stay valid) and {@code <doc>.ann}, plus an
 * {@code annotation.conf} declaring what the files use. Each claim is a {@code Content} span; an event
 * triggered by its {@code Cue} joins it to its {@code Source}, or, without a cue, a {@code Source} relation;
 * {@code Quantity} relations point at its figures. Attributes carry {@code Type}, {@code Attribution},
 * {@code Quote}, {@code Claimant} (registry datasets) and {@code Cluster}; notes carry the claim id, {@code via}
 * and each quantity's value, bound and unit. {@link BratImporter} reads all of it back.
 */
public final class BratExporter {
    private final LabelMapping labels = LabelMapping.DEFAULT;

    public void write(Dataset dataset, Path dir) throws IOException {
        Annotates annotates = dataset.annotates();
        for (Document d : dataset.documents()) {
            Files.writeString(dir.resolve(d.id() + ".txt"), d.text(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(d.id() + ".ann"), ann(d, dataset.gold(d.id()), annotates), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("annotation.conf"), conf(dataset), StandardCharsets.UTF_8);
    }

    /** The {@code .ann} text of one document. */
    String ann(Document document, List<Claim> claims, Annotates annotates) {
        StringBuilder out = new StringBuilder();
        Map<String, String> spanIds = new LinkedHashMap<>();
        int[] counters = new int[5]; // T, E, R, A, #
        for (Claim c : claims) {
            String content = "T" + ++counters[0];
            out.append(content).append('\t').append(labels.content()).append(' ').append(c.start()).append(' ')
                    .append(c.end()).append('\t').append(flat(c.text())).append('\n');
            String source = c.claimantMention() == null || !annotates.claimants() ? null
                    : textBound(out, spanIds, counters, labels.source(), c.claimantMention());
            String cue = c.cue() == null || !annotates.cue() ? null : textBound(out, spanIds, counters, labels.cue(), c.cue());
            if (cue != null) {
                out.append('E').append(++counters[1]).append('\t').append(labels.cue()).append(':').append(cue)
                        .append(" Content:").append(content);
                if (source != null) {
                    out.append(" Source:").append(source);
                }
                out.append('\n');
            } else if (source != null) {
                out.append('R').append(++counters[2]).append('\t').append(labels.source()).append(" Arg1:")
                        .append(content).append(" Arg2:").append(source).append('\n');
            }
            if (annotates.quantities()) {
                for (Quantity q : c.quantities()) {
                    String t = "T" + ++counters[0];
                    out.append(t).append('\t').append(labels.quantity()).append(' ').append(q.span().start()).append(' ')
                            .append(q.span().end()).append('\t').append(flat(q.span().text())).append('\n');
                    out.append('R').append(++counters[2]).append('\t').append(labels.quantity()).append(" Arg1:")
                            .append(content).append(" Arg2:").append(t).append('\n');
                    note(out, counters, t, BratClaims.NOTE_QUANTITY + " " + GoldJson.plain(q.value()) + " " + q.bound().json()
                            + " " + q.unit());
                }
            }
            if (annotates.type() && c.type() != null) {
                attribute(out, counters, "Type", content, c.type().label());
            }
            if (annotates.attribution() && c.attribution() != null) {
                attribute(out, counters, "Attribution", content, c.attribution().json());
            }
            if (annotates.quote() && c.quote() != null) {
                attribute(out, counters, "Quote", content, c.quote().json());
            }
            if (annotates.registry() && c.claimant() != null) {
                attribute(out, counters, "Claimant", content, c.claimant());
            }
            if (annotates.clusters() && c.cluster() != null) {
                attribute(out, counters, "Cluster", content, c.cluster());
            }
            note(out, counters, content, BratClaims.NOTE_ID + " " + c.id());
            if (annotates.registry() && !c.via().isEmpty()) {
                note(out, counters, content, BratClaims.NOTE_VIA + " " + String.join(" ", c.via()));
            }
        }
        return out.toString();
    }

    /** One text-bound annotation per label and span, shared by the claims that use it. */
    private static String textBound(StringBuilder out, Map<String, String> ids, int[] counters, String label, Span span) {
        String key = label + " " + span.start() + " " + span.end();
        String id = ids.get(key);
        if (id == null) {
            id = "T" + ++counters[0];
            ids.put(key, id);
            out.append(id).append('\t').append(key).append('\t').append(flat(span.text())).append('\n');
        }
        return id;
    }

    private static void attribute(StringBuilder out, int[] counters, String name, String target, String value) {
        out.append('A').append(++counters[3]).append('\t').append(name).append(' ').append(target).append(' ')
                .append(value.replaceAll("\\s+", "_")).append('\n');
    }

    private static void note(StringBuilder out, int[] counters, String target, String text) {
        out.append('#').append(++counters[4]).append("\tAnnotatorNotes ").append(target).append('\t')
                .append(flat(text)).append('\n');
    }

    /** brat keeps one annotation a line: line breaks inside a span's text are written as spaces. */
    private static String flat(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }


    /** {@code annotation.conf}: the labels, the joining event and relations, the attributes and their values. */
    String conf(Dataset dataset) {
        Annotates a = dataset.annotates();
        StringBuilder out = new StringBuilder("# Written by claimeval export brat (").append(dataset.signature())
                .append(")\n[entities]\n").append(labels.content()).append('\n');
        if (a.claimants()) {
            out.append(labels.source()).append('\n');
        }
        if (a.quantities()) {
            out.append(labels.quantity()).append('\n');
        }
        out.append("\n[relations]\n");
        if (a.claimants()) {
            out.append(labels.source()).append("\tArg1:").append(labels.content()).append(", Arg2:")
                    .append(labels.source()).append('\n');
        }
        if (a.quantities()) {
            out.append(labels.quantity()).append("\tArg1:").append(labels.content()).append(", Arg2:")
                    .append(labels.quantity()).append('\n');
        }
        out.append("\n[events]\n");
        if (a.cue()) {
            out.append(labels.cue()).append("\tContent:").append(labels.content());
            if (a.claimants()) {
                out.append(", Source?:").append(labels.source());
            }
            out.append('\n');
        }
        out.append("\n[attributes]\n");
        if (a.type()) {
            out.append("Type\tArg:").append(labels.content()).append(", Value:").append(String.join("|", a.types())).append('\n');
        }
        if (a.attribution()) {
            out.append("Attribution\tArg:").append(labels.content()).append(", Value:")
                    .append(values(Attribution.values())).append('\n');
        }
        if (a.quote()) {
            out.append("Quote\tArg:").append(labels.content()).append(", Value:").append(values(QuoteKind.values())).append('\n');
        }
        if (a.registry()) {
            TreeSet<String> ids = new TreeSet<>();
            ids.add(Claimant.AUTHOR_ID);
            dataset.claimants().all().forEach(c -> ids.add(c.id()));
            out.append("Claimant\tArg:").append(labels.content()).append(", Value:").append(String.join("|", ids)).append('\n');
        }
        if (a.clusters()) {
            TreeSet<String> keys = new TreeSet<>();
            dataset.gold().values().forEach(cs -> cs.forEach(c -> {
                if (c.cluster() != null) {
                    keys.add(c.cluster().replaceAll("\\s+", "_"));
                }
            }));
            out.append("Cluster\tArg:").append(labels.content()).append(", Value:").append(String.join("|", keys)).append('\n');
        }
        return out.toString();
    }

    private static String values(org.claimeval.model.JsonEnum[] values) {
        List<String> out = new ArrayList<>();
        for (var v : values) {
            out.add(v.json());
        }
        return String.join("|", out);
    }
}
