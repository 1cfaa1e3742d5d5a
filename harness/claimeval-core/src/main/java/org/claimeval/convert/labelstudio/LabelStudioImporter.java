package org.claimeval.convert.labelstudio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.claimeval.convert.CorpusTexts;
import org.claimeval.convert.ImportedCorpus;
import org.claimeval.convert.LabelMapping;
import org.claimeval.convert.brat.BratAnnotations;
import org.claimeval.convert.brat.BratConf;
import org.claimeval.convert.brat.StandoffCorpus;
import org.claimeval.io.Json;
import org.claimeval.dataset.ProblemCollector;
import org.claimeval.io.InputFile;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Document;
import org.claimeval.model.Problem;

/**
 * Reads a Label Studio JSON export (an array of tasks, each with {@code data.text} and {@code annotations},
 * each annotation's {@code result} holding span labels, relations, and per-region choices and text areas).
 * The results are put into the standoff shape brat files have, and from there read like brat
 * ({@link StandoffCorpus}): a span region is a text-bound annotation, a relation a relation, a per-region
 * choice an attribute named by the control ({@code type}, {@code attribution}, {@code quote}), a per-region
 * text area an attribute ({@code claimant}, {@code cluster}) or a note ({@code id}, {@code via},
 * {@code quantity}). Label Studio counts offsets in UTF-16 code units, as JavaScript does; they are converted
 * to code points. Each annotator ({@code completed_by}) becomes one annotation set.
 */
public final class LabelStudioImporter {
    private static final List<String> NOTE_CONTROLS = List.of("id", "via", "quantity");

    private final LabelMapping labels;
    private final Path claimantsFile;

    public LabelStudioImporter(LabelMapping labels, Path claimantsFile) {
        this.labels = labels;
        this.claimantsFile = claimantsFile;
    }

    public ImportedCorpus read(Path export, String name, String goldAnnotator) throws BadInputException {
        String file = export.toString();
        JsonNode root;
        try {
            root = Json.mapper().readTree(InputFile.readAll(export));
        } catch (JsonProcessingException e) {
            throw new BadInputException(new Problem(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    null, null, "is not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new BadInputException(new Problem(file, 0, null, null, "cannot be read: " + e.getMessage()));
        }
        ProblemCollector problems = new ProblemCollector();
        if (root == null || !root.isArray()) {
            problems.add(file, 0, null, null, "must be Label Studio's JSON export: an array of tasks");
            problems.throwIfAny();
        }
        Map<String, Document> documents = new TreeMap<>();
        Map<StandoffCorpus.Key, BratAnnotations> parsed = new LinkedHashMap<>();
        for (int i = 0; i < root.size(); i++) {
            task(file, "[" + i + "]", root.get(i), documents, parsed, problems);
        }
        problems.throwIfAny();
        return new StandoffCorpus(labels, claimantsFile).assemble(name, documents, parsed, BratConf.NONE,
                goldAnnotator, file);
    }

    private void task(String file, String path, JsonNode task, Map<String, Document> documents,
                      Map<StandoffCorpus.Key, BratAnnotations> parsed, ProblemCollector problems) {
        JsonNode data = task.path("data");
        JsonNode text = data.path("text");
        if (!text.isTextual()) {
            problems.add(file, 0, null, path + ".data.text", "must be the task's text (a string)");
            return;
        }
        String docId = data.path("doc").isTextual() ? data.get("doc").textValue() : "task-" + task.path("id").asText("" + path);
        if (!CorpusTexts.DOC_ID.matcher(docId).matches()) {
            problems.add(file, 0, null, path + ".data.doc", "\"" + docId + "\" cannot be a document id");
            return;
        }
        if (documents.containsKey(docId)) {
            problems.add(file, 0, null, path + ".data.doc", "a second task for document \"" + docId + "\"");
            return;
        }
        Document document = new Document(docId, text.textValue());
        documents.put(docId, document);
        JsonNode annotations = task.path("annotations");
        for (int a = 0; a < annotations.size(); a++) {
            JsonNode annotation = annotations.get(a);
            if (annotation.path("was_cancelled").asBoolean(false)) {
                continue;
            }
            String annotator = annotator(annotation, a);
            String where = path + ".annotations[" + a + "]";
            BratAnnotations ann = annotation(file, where, annotation.path("result"), document, problems);
            if (parsed.putIfAbsent(new StandoffCorpus.Key(annotator, docId), ann) != null) {
                problems.add(file, 0, null, where + ".completed_by", "annotator " + annotator
                        + " has two annotations of document " + docId);
            }
        }
    }

    /** {@code completed_by}: an email, a user id, or an object with either; the annotation's index otherwise. */
    private static String annotator(JsonNode annotation, int index) {
        JsonNode by = annotation.path("completed_by");
        String raw = by.isObject() ? by.path("email").asText(by.path("id").asText("")) : by.asText("");
        if (raw.isEmpty()) {
            raw = "annotation-" + (index + 1);
        } else if (by.isIntegralNumber() || by.isObject() && !by.has("email")) {
            raw = "user-" + raw;
        }
        return raw.toLowerCase(Locale.ROOT).replaceAll("@.*$", "").replaceAll("[^a-z0-9._-]+", "-");
    }

    private BratAnnotations annotation(String file, String where, JsonNode results, Document document,
                                       ProblemCollector problems) {
        Map<String, BratAnnotations.TextBound> spans = new LinkedHashMap<>();
        List<BratAnnotations.Relation> relations = new ArrayList<>();
        List<BratAnnotations.Attribute> attributes = new ArrayList<>();
        List<BratAnnotations.Note> notes = new ArrayList<>();
        String text = document.text();
        for (int r = 0; r < results.size(); r++) {
            JsonNode result = results.get(r);
            String path = where + ".result[" + r + "]";
            String type = result.path("type").asText("");
            String id = result.path("id").asText(null);
            JsonNode value = result.path("value");
            String control = result.path("from_name").asText("").toLowerCase(Locale.ROOT);
            switch (type) {
                case "labels", "hypertextlabels" -> {
                    JsonNode start = value.path("start");
                    JsonNode end = value.path("end");
                    JsonNode label = value.path("labels").path(0);
                    if (id == null || !start.isIntegralNumber() || !end.isIntegralNumber() || !label.isTextual()) {
                        problems.add(file, 0, null, path, "a span region needs id, value.start, value.end and value.labels");
                        continue;
                    }
                    int s = start.intValue();
                    int e = end.intValue();
                    if (s < 0 || e < s || e > text.length()) {
                        problems.add(file, 0, null, path + ".value.end", "offsets " + s + ".." + e
                                + " lie outside the text (" + text.length() + " UTF-16 code units)");
                        continue;
                    }
                    int cs = document.toCodePointOffset(s);
                    int ce = document.toCodePointOffset(e);
                    String spanText = value.path("text").asText(text.substring(s, e));
                    spans.put(id, new BratAnnotations.TextBound(id, label.textValue(),
                            List.of(new BratAnnotations.Fragment(cs, ce)), spanText, 0));
                }
                case "relation" -> {
                    String from = result.path("from_id").asText(null);
                    String to = result.path("to_id").asText(null);
                    if (from == null || to == null) {
                        problems.add(file, 0, null, path, "a relation needs from_id and to_id");
                        continue;
                    }
                    relations.add(new BratAnnotations.Relation(path, result.path("labels").path(0).asText("relation"),
                            List.of(new BratAnnotations.Argument("from", from), new BratAnnotations.Argument("to", to)), 0));
                }
                case "choices" -> {
                    if (id != null && value.path("choices").path(0).isTextual()) {
                        attributes.add(new BratAnnotations.Attribute(path, control, id,
                                value.path("choices").path(0).textValue(), 0));
                    }
                }
                case "textarea" -> {
                    String written = value.path("text").path(0).asText("").strip();
                    if (id == null || written.isEmpty()) {
                        continue;
                    }
                    if (NOTE_CONTROLS.contains(control)) {
                        notes.add(new BratAnnotations.Note(path, id, control + ": " + written, 0));
                    } else {
                        attributes.add(new BratAnnotations.Attribute(path, control, id, written, 0));
                    }
                }
                default -> {
                    // other controls (ratings, whole-task choices) carry nothing claimeval scores
                }
            }
        }
        BratAnnotations ann = new BratAnnotations(file + " " + where, spans, List.of(), relations, attributes, notes);
        ann.checkSpans(document, problems);
        return ann;
    }
}
