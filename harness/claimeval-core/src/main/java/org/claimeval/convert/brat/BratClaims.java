package org.claimeval.convert.brat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimeval.convert.LabelMapping;
import org.claimeval.convert.LabelMapping.Role;
import org.claimeval.dataset.ProblemCollector;
import org.claimeval.model.Annotates;
import org.claimeval.model.Attribution;
import org.claimeval.model.Bound;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimType;
import org.claimeval.model.Document;
import org.claimeval.model.JsonEnum;
import org.claimeval.model.Quantity;
import org.claimeval.model.QuoteKind;
import org.claimeval.model.Span;

/**
 * The claims of one {@code .ann} file. A claim is a content span (the {@code content} label); an event or a
 * relation that refers to it and to a source or a cue span joins them (whatever the event's or the role's name:
 * the labels of the spans decide), and a relation to a quantity span puts the quantity in it. Attributes on the
 * content or on its event give {@code Type}, {@code Attribution}, {@code Quote}, {@code Claimant} (a registry
 * id) and {@code Cluster}; notes on the content give {@code id: ...} and {@code via: a b}, a note on a
 * quantity {@code quantity: VALUE BOUND UNIT}. A discontinuous span becomes the span covering its fragments,
 * and is listed.
 */
final class BratClaims {
    static final String TYPE = "type";
    static final String ATTRIBUTION = "attribution";
    static final String QUOTE = "quote";
    static final String CLAIMANT = "claimant";
    static final String CLUSTER = "cluster";
    static final String NOTE_ID = "id:";
    static final String NOTE_VIA = "via:";
    static final String NOTE_QUANTITY = "quantity:";

    private final BratAnnotations ann;
    private final Document document;
    private final LabelMapping labels;
    private final Annotates annotates;
    private final ProblemCollector problems;
    private final List<String> discontinuous = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    /** Ids of the file's text-bound annotations, events and relations, for checking references. */
    private java.util.Set<String> knownIds;

    /** What joins one content to the rest. */
    private static final class Links {
        String source;
        String cue;
        final List<String> quantities = new ArrayList<>();
        final List<String> events = new ArrayList<>();
        final Map<String, BratAnnotations.Attribute> attributes = new HashMap<>();
    }

    BratClaims(BratAnnotations ann, Document document, LabelMapping labels, Annotates annotates,
               ProblemCollector problems) {
        this.ann = ann;
        this.document = document;
        this.labels = labels;
        this.annotates = annotates;
        this.problems = problems;
        build();
    }

    List<Claim> claims() {
        return claims;
    }

    List<String> discontinuous() {
        return discontinuous;
    }

    List<String> notes() {
        return notes;
    }

    private void build() {
        Map<String, Links> byContent = new LinkedHashMap<>();
        for (BratAnnotations.TextBound t : ann.textBounds().values()) {
            if (role(t.id()) == Role.CONTENT) {
                byContent.put(t.id(), new Links());
            }
        }
        Map<String, List<String>> contentsOfEvent = new HashMap<>();
        java.util.Set<String> linked = new java.util.HashSet<>();
        for (BratAnnotations.Event e : ann.events()) {
            List<String> ids = new ArrayList<>();
            ids.add(e.trigger());
            e.arguments().forEach(a -> ids.add(a.id()));
            if (!allExist(ids, e.line(), "arguments", e.id())) {
                continue;
            }
            List<String> contents = ids.stream().filter(id -> role(id) == Role.CONTENT).toList();
            contentsOfEvent.put(e.id(), contents);
            for (String c : contents) {
                Links l = byContent.get(c);
                l.events.add(e.id());
                for (String id : ids) {
                    link(l, c, id, e.line());
                }
            }
            linked.addAll(ids);
        }
        for (BratAnnotations.Relation r : ann.relations()) {
            List<String> ids = r.arguments().stream().map(BratAnnotations.Argument::id).toList();
            if (!allExist(ids, r.line(), "arguments", r.id())) {
                continue;
            }
            for (String c : ids) {
                if (role(c) == Role.CONTENT) {
                    ids.forEach(other -> link(byContent.get(c), c, other, r.line()));
                }
            }
            linked.addAll(ids);
        }
        for (BratAnnotations.Attribute a : ann.attributes()) {
            if (!allExist(List.of(a.target()), a.line(), "target", a.id())) {
                continue;
            }
            List<String> contents = role(a.target()) == Role.CONTENT ? List.of(a.target())
                    : contentsOfEvent.getOrDefault(a.target(), List.of());
            for (String c : contents) {
                byContent.get(c).attributes.put(a.name().toLowerCase(Locale.ROOT), a);
            }
        }
        Map<String, List<BratAnnotations.Note>> notesOf = new HashMap<>();
        for (BratAnnotations.Note n : ann.notes()) {
            if (allExist(List.of(n.target()), n.line(), "target", n.id())) {
                notesOf.computeIfAbsent(n.target(), k -> new ArrayList<>()).add(n);
            }
        }
        for (BratAnnotations.TextBound t : ann.textBounds().values()) {
            Role role = role(t.id());
            if ((role == Role.SOURCE || role == Role.CUE) && !linked.contains(t.id())) {
                notes.add(ann.file() + ":" + t.line() + ": " + t.id() + " " + t.label() + " is linked to no content");
            }
            if (t.discontinuous() && role != null) {
                discontinuous.add(ann.file() + ":" + t.line() + ": " + t.id() + " " + t.label() + " " + t.offsets()
                        + " -> [" + t.start() + "," + t.end() + ")");
            }
        }
        List<BratAnnotations.TextBound> contents = byContent.keySet().stream().map(ann.textBounds()::get)
                .sorted(Comparator.comparingInt(BratAnnotations.TextBound::start)
                        .thenComparingInt(BratAnnotations.TextBound::end)
                        .thenComparing(BratAnnotations.TextBound::line))
                .toList();
        int n = 0;
        for (BratAnnotations.TextBound t : contents) {
            n++;
            claim(t, byContent.get(t.id()), notesOf, String.format(Locale.ROOT, "%s-%02d", document.id(), n))
                    .ifPresent(claims::add);
        }
    }

    private void link(Links l, String content, String other, int line) {
        Role role = role(other);
        if (role == Role.SOURCE) {
            if (l.source != null && !l.source.equals(other)) {
                notes.add(ann.file() + ":" + line + ": " + content + " has a second source " + other + "; kept "
                        + l.source);
            } else {
                l.source = other;
            }
        } else if (role == Role.CUE) {
            if (l.cue == null) {
                l.cue = other;
            }
        } else if (role == Role.QUANTITY && !l.quantities.contains(other)) {
            l.quantities.add(other);
        }
    }

    private Optional<Claim> claim(BratAnnotations.TextBound t, Links l, Map<String, List<BratAnnotations.Note>> notesOf,
                                  String generatedId) {
        int before = problems.size();
        String id = generatedId;
        List<String> via = List.of();
        for (BratAnnotations.Note note : notesOf.getOrDefault(t.id(), List.of())) {
            String text = note.text().strip();
            if (text.startsWith(NOTE_ID)) {
                id = text.substring(NOTE_ID.length()).strip();
            } else if (text.startsWith(NOTE_VIA)) {
                String rest = text.substring(NOTE_VIA.length()).strip();
                via = rest.isEmpty() ? List.of() : List.of(rest.split("\\s+"));
            }
        }
        Span content = document.span(t.start(), t.end());
        Span mention = l.source == null ? null : covering(l.source);
        Span cue = l.cue == null || !annotates.cue() ? null : covering(l.cue);
        String claimant = value(t, l, CLAIMANT, annotates.registry());
        if (!annotates.registry() && claimant == null && mention != null) {
            claimant = mention.text();
        }
        Attribution attribution = annotates.attribution()
                ? enumValue(t, l, ATTRIBUTION, Attribution.class) : null;
        QuoteKind quote = annotates.quote() ? enumValue(t, l, QUOTE, QuoteKind.class) : null;
        ClaimType type = null;
        if (annotates.type()) {
            String label = value(t, l, TYPE, true);
            if (label != null && !annotates.types().contains(label)) {
                problem(t, l, TYPE, "\"" + label + "\" is not one of the type labels " + annotates.types());
            } else if (label != null) {
                type = ClaimType.of(label);
            }
        }
        String cluster = annotates.clusters() ? value(t, l, CLUSTER, false) : null;
        List<Quantity> quantities = new ArrayList<>();
        if (annotates.quantities()) {
            for (String q : l.quantities) {
                quantity(q, notesOf).ifPresent(quantities::add);
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Claim(id, document.id(), content.start(), content.end(), content.text(), claimant,
                annotates.claimants() ? mention : null, cue, annotates.registry() ? via : List.of(), attribution,
                quote, type, quantities, cluster, null));
    }

    /** A quantity span with its {@code quantity: VALUE BOUND UNIT} note. */
    private Optional<Quantity> quantity(String id, Map<String, List<BratAnnotations.Note>> notesOf) {
        BratAnnotations.TextBound t = ann.textBounds().get(id);
        for (BratAnnotations.Note note : notesOf.getOrDefault(id, List.of())) {
            String text = note.text().strip();
            if (!text.startsWith(NOTE_QUANTITY)) {
                continue;
            }
            String[] parts = text.substring(NOTE_QUANTITY.length()).strip().split("\\s+", 3);
            Optional<Bound> bound = parts.length == 3 ? JsonEnum.parse(Bound.class, parts[1]) : Optional.empty();
            try {
                double value = Double.parseDouble(parts[0]);
                if (bound.isPresent() && Double.isFinite(value)) {
                    return Optional.of(new Quantity(covering(id), value, parts[2], bound.get()));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(ann.file(), note.line(), null, "note", note.id() + ": a quantity note is \"quantity: VALUE BOUND UNIT\""
                    + " with BOUND one of " + JsonEnum.legalValues(Bound.class) + ", found \"" + text + "\"");
            return Optional.empty();
        }
        problems.add(ann.file(), t.line(), null, "note", id + ": a quantity needs a note \"quantity: VALUE BOUND UNIT\"");
        return Optional.empty();
    }

    private String value(BratAnnotations.TextBound t, Links l, String name, boolean required) {
        BratAnnotations.Attribute a = l.attributes.get(name);
        if (a == null || a.value() == null) {
            if (required) {
                problem(t, l, name, "has no " + capitalised(name) + " attribute, and the corpus annotates "
                        + name + " (other contents have one, or annotation.conf declares it)");
            }
            return null;
        }
        return a.value();
    }

    private <E extends Enum<E> & JsonEnum> E enumValue(BratAnnotations.TextBound t, Links l, String name, Class<E> type) {
        String value = value(t, l, name, true);
        if (value == null) {
            return null;
        }
        Optional<E> parsed = JsonEnum.parse(type, value.toLowerCase(Locale.ROOT));
        if (parsed.isEmpty()) {
            BratAnnotations.Attribute a = l.attributes.get(name);
            problems.add(ann.file(), a.line(), null, "value", a.id() + ": " + capitalised(name) + " \"" + value
                    + "\" is not one of " + JsonEnum.legalValues(type));
            return null;
        }
        return parsed.get();
    }

    private void problem(BratAnnotations.TextBound t, Links l, String name, String message) {
        BratAnnotations.Attribute a = l.attributes.get(name);
        int line = a != null ? a.line() : t.line();
        problems.add(ann.file(), line, null, capitalised(name), t.id() + " " + message);
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private Span covering(String id) {
        BratAnnotations.TextBound t = ann.textBounds().get(id);
        return document.span(t.start(), t.end());
    }

    private Role role(String id) {
        BratAnnotations.TextBound t = ann.textBounds().get(id);
        return t == null ? null : labels.role(t.label());
    }

    private boolean allExist(List<String> ids, int line, String field, String owner) {
        if (knownIds == null) {
            knownIds = new java.util.HashSet<>(ann.textBounds().keySet());
            ann.events().forEach(e -> knownIds.add(e.id()));
            ann.relations().forEach(r -> knownIds.add(r.id()));
        }
        boolean ok = true;
        for (String id : ids) {
            if (!knownIds.contains(id)) {
                problems.add(ann.file(), line, null, field, owner + " refers to " + id + ", which is not in the file");
                ok = false;
            }
        }
        return ok;
    }

}
