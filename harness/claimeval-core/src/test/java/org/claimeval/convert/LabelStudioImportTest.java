package org.claimeval.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimeval.convert.labelstudio.LabelStudioImporter;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Label Studio exports written for this test, in the shape of its JSON export. */
class LabelStudioImportTest {
    // "🙂 Kim said prices rose." : the emoji is 2 UTF-16 units but 1 code point, so Label Studio's offsets of
    // "prices rose" (UTF-16 [12,23)) are code points [11,22).
    private static final String TASK = """
            [{"id": 7, "data": {"text": "\\ud83d\\ude42 Kim said prices rose."},
              "annotations": [
                {"id": 1, "completed_by": 3, "result": [
                  {"id": "c", "from_name": "label", "to_name": "text", "type": "labels",
                   "value": {"start": 12, "end": 23, "text": "prices rose", "labels": ["Content"]}},
                  {"id": "s", "from_name": "label", "to_name": "text", "type": "labels",
                   "value": {"start": 3, "end": 6, "text": "Kim", "labels": ["Source"]}},
                  {"from_id": "c", "to_id": "s", "type": "relation", "direction": "right", "labels": ["source"]},
                  {"id": "c", "from_name": "type", "to_name": "text", "type": "choices",
                   "value": {"start": 12, "end": 23, "choices": ["ECONOMY"]}}]},
                {"id": 2, "completed_by": {"email": "lee@example.org"}, "result": [
                  {"id": "x", "from_name": "label", "to_name": "text", "type": "labels",
                   "value": {"start": 12, "end": END, "text": "prices", "labels": ["Content"]}},
                  {"id": "x", "from_name": "type", "to_name": "text", "type": "choices",
                   "value": {"start": 12, "end": END, "choices": ["SAFETY"]}}]}]}]
            """;

    private static ImportedCorpus read(Path tmp, String json) throws Exception {
        Path file = tmp.resolve("export.json");
        Files.writeString(file, json);
        return new LabelStudioImporter(LabelMapping.DEFAULT, null).read(file, "ls", null);
    }

    @Test
    void eachAnnotatorIsASetAndOffsetsBecomeCodePoints(@TempDir Path tmp) throws Exception {
        ImportedCorpus c = read(tmp, TASK.replace("END", "18"));
        assertEquals(List.of("lee", "user-3"), List.copyOf(c.annotators().keySet()));
        Claim claim = c.annotators().get("user-3").get("task-7").get(0);
        assertEquals(11, claim.start());
        assertEquals(22, claim.end());
        assertEquals("Kim", claim.claimantMention().text());
        assertEquals(2, claim.claimantMention().start());
        assertEquals("ECONOMY", claim.type().label());
        assertEquals("prices", c.annotators().get("lee").get("task-7").get(0).text());
        // The labels are the ones used, sorted (Label Studio has no annotation.conf).
        assertEquals(List.of("ECONOMY", "SAFETY"), c.annotates().types());
    }

    @Test
    void anOffsetPastTheTextNamesTheResult(@TempDir Path tmp) throws Exception {
        BadInputException e = assertThrows(BadInputException.class, () -> read(tmp, TASK.replace("END", "99")));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("[0].annotations[1].result[0].value.end", e.problems().get(0).field());
        assertTrue(e.problems().get(0).file().endsWith("export.json"));
    }
}
