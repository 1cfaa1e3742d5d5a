package org.claimeval.convert.brat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimeval.convert.CorpusTexts;
import org.claimeval.dataset.ProblemCollector;
import org.claimeval.model.Document;
import org.claimeval.model.Problem;

/**
 * The annotations of one brat standoff {@code .ann} file, parsed line by line (tab-separated: id, then the
 * annotation, then for text-bound annotations and notes the text). Kinds read: text-bound ({@code T}), events
 * ({@code E}), relations ({@code R}), attributes ({@code A}, and the older {@code M}) and notes ({@code #});
 * normalisations ({@code N}) and equivalences ({@code *}) are accepted and ignored. Offsets are code points,
 * end-exclusive, as in claimeval.
 */
public record BratAnnotations(String file, Map<String, TextBound> textBounds, List<Event> events,
                              List<Relation> relations, List<Attribute> attributes, List<Note> notes) {

    /** One fragment of a text-bound annotation. */
    public record Fragment(int start, int end) {
    }

    /** {@code T1<TAB>Label 0 10;15 20<TAB>text}: several fragments when the annotation is discontinuous. */
    public record TextBound(String id, String label, List<Fragment> fragments, String text, int line) {
        public int start() {
            return fragments.stream().mapToInt(Fragment::start).min().orElseThrow();
        }

        public int end() {
            return fragments.stream().mapToInt(Fragment::end).max().orElseThrow();
        }

        public boolean discontinuous() {
            return fragments.size() > 1;
        }

        /** As brat writes them: {@code 0 10;15 20}. */
        public String offsets() {
            return fragments.stream().map(f -> f.start() + " " + f.end())
                    .collect(java.util.stream.Collectors.joining(";"));
        }
    }

    /** {@code role:id}; the role may carry a number ({@code Theme2}). */
    public record Argument(String role, String id) {
    }

    /** {@code E1<TAB>Label:T2 Role:T3 Role:T4}: the trigger and the arguments. */
    public record Event(String id, String label, String trigger, List<Argument> arguments, int line) {
    }

    /** {@code R1<TAB>Label Arg1:T1 Arg2:T2}. */
    public record Relation(String id, String label, List<Argument> arguments, int line) {
    }

    /** {@code A1<TAB>Name T1 Value}; a binary attribute has no value (null). */
    public record Attribute(String id, String name, String target, String value, int line) {
    }

    /** {@code #1<TAB>AnnotatorNotes T1<TAB>text}. */
    public record Note(String id, String target, String text, int line) {
    }

    /**
     * Parses a file's text; every line that does not parse is a problem naming the file, the line and the
     * field (nothing is returned then).
     */
    public static BratAnnotations parse(String file, String content, List<Problem> problems) {
        Map<String, TextBound> textBounds = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        List<Attribute> attributes = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            String id = parts[0];
            if (parts.length < 2 || id.isEmpty()) {
                problems.add(new Problem(file, lineNo, null, "id", "expected an id, a tab and an annotation, found \""
                        + line + "\""));
                continue;
            }
            char kind = id.charAt(0);
            String body = parts[1];
            switch (kind) {
                case 'T' -> textBound(file, lineNo, id, body, parts, problems).ifPresent(t -> {
                    if (textBounds.putIfAbsent(id, t) != null) {
                        problems.add(new Problem(file, lineNo, null, "id", "duplicate id " + id));
                    }
                });
                case 'E' -> event(file, lineNo, id, body, problems).ifPresent(events::add);
                case 'R' -> relation(file, lineNo, id, body, problems).ifPresent(relations::add);
                case 'A', 'M' -> attribute(file, lineNo, id, body, problems).ifPresent(attributes::add);
                case '#' -> {
                    String[] head = body.split(" ", -1);
                    if (head.length != 2 || head[1].isEmpty()) {
                        problems.add(new Problem(file, lineNo, null, "target",
                                "a note is \"#N<TAB>AnnotatorNotes ID<TAB>text\", found \"" + line + "\""));
                    } else {
                        notes.add(new Note(id, head[1], parts.length > 2 ? parts[2] : "", lineNo));
                    }
                }
                case 'N', '*' -> {
                    // normalisations and equivalences carry nothing claimeval scores
                }
                default -> problems.add(new Problem(file, lineNo, null, "id", "unknown annotation kind \"" + id
                        + "\" (expected T, E, R, A, M, N, # or *)"));
            }
        }
        return new BratAnnotations(file, textBounds, events, relations, attributes, notes);
    }

    private static java.util.Optional<TextBound> textBound(String file, int line, String id, String body,
                                                           String[] parts, List<Problem> problems) {
        int space = body.indexOf(' ');
        if (space <= 0 || parts.length < 3) {
            problems.add(new Problem(file, line, null, "offsets",
                    "a text-bound annotation is \"T1<TAB>Label START END<TAB>text\", found \"" + String.join("\t", parts) + "\""));
            return java.util.Optional.empty();
        }
        String label = body.substring(0, space);
        List<Fragment> fragments = new ArrayList<>();
        for (String fragment : body.substring(space + 1).split(";", -1)) {
            String[] se = fragment.trim().split(" ", -1);
            try {
                if (se.length != 2) {
                    throw new NumberFormatException();
                }
                int start = Integer.parseInt(se[0]);
                int end = Integer.parseInt(se[1]);
                if (start < 0 || end < start) {
                    problems.add(new Problem(file, line, null, "offsets", id + ": fragment \"" + fragment.trim()
                            + "\" must have 0 <= start <= end"));
                    return java.util.Optional.empty();
                }
                fragments.add(new Fragment(start, end));
            } catch (NumberFormatException e) {
                problems.add(new Problem(file, line, null, "offsets", id + ": \"" + fragment.trim()
                        + "\" is not \"START END\" in whole numbers"));
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(new TextBound(id, label, List.copyOf(fragments), parts[2], line));
    }

    private static java.util.Optional<Event> event(String file, int line, String id, String body,
                                                   List<Problem> problems) {
        List<Argument> all = arguments(file, line, id, body, problems);
        if (all == null || all.isEmpty()) {
            if (all != null) {
                problems.add(new Problem(file, line, null, "trigger", id + ": an event needs LABEL:TRIGGER"));
            }
            return java.util.Optional.empty();
        }
        Argument head = all.get(0);
        return java.util.Optional.of(new Event(id, head.role(), head.id(), all.subList(1, all.size()), line));
    }

    private static java.util.Optional<Relation> relation(String file, int line, String id, String body,
                                                         List<Problem> problems) {
        int space = body.indexOf(' ');
        List<Argument> args = space <= 0 ? null : arguments(file, line, id, body.substring(space + 1), problems);
        if (space <= 0 || args != null && args.size() != 2) {
            problems.add(new Problem(file, line, null, "arguments", id + ": a relation is \"R1<TAB>Label Arg1:T1 Arg2:T2\""));
            return java.util.Optional.empty();
        }
        return args == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Relation(id, body.substring(0, space), args, line));
    }

    private static List<Argument> arguments(String file, int line, String id, String text, List<Problem> problems) {
        List<Argument> out = new ArrayList<>();
        for (String token : text.trim().split(" +")) {
            int colon = token.lastIndexOf(':');
            if (colon <= 0 || colon == token.length() - 1) {
                problems.add(new Problem(file, line, null, "arguments", id + ": \"" + token + "\" is not ROLE:ID"));
                return null;
            }
            out.add(new Argument(token.substring(0, colon), token.substring(colon + 1)));
        }
        return out;
    }

    private static java.util.Optional<Attribute> attribute(String file, int line, String id, String body,
                                                           List<Problem> problems) {
        String[] t = body.trim().split(" +");
        if (t.length < 2 || t.length > 3) {
            problems.add(new Problem(file, line, null, "target", id + ": an attribute is \"A1<TAB>Name ID [Value]\""));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Attribute(id, t[0], t[1], t.length == 3 ? t[2] : null, line));
    }

    /** Offsets inside the text and span texts equal to it; each fault names file, line and field. */
    public void checkSpans(Document document, ProblemCollector problems) {
        BratAnnotations ann = this;
        for (BratAnnotations.TextBound t : ann.textBounds().values()) {
            boolean inRange = true;
            for (BratAnnotations.Fragment f : t.fragments()) {
                if (f.end() > document.length()) {
                    problems.add(ann.file(), t.line(), null, "offsets", t.id() + ": end " + f.end()
                            + " is past the end of the text (" + document.length() + " characters)");
                    inRange = false;
                }
            }
            if (!inRange) {
                continue;
            }
            String expected = t.fragments().stream().map(f -> document.slice(f.start(), f.end()))
                    .collect(java.util.stream.Collectors.joining(" "));
            if (!CorpusTexts.sameText(t.text(), expected)) {
                problems.add(ann.file(), t.line(), null, "text", t.id() + ": is \"" + t.text() + "\" but the text has \""
                        + expected + "\" at " + t.offsets());
            }
        }
    }

}
