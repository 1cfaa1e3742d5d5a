package org.claimeval.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimeval.io.Json;
import org.claimeval.model.Problem;
import org.junit.jupiter.api.Test;

/** The bundled prediction schema accepts the two line shapes of issue 3 and rejects the broken ones. */
class PredictionSchemaTest {

    private static List<Problem> check(String line) throws Exception {
        return SchemaCheck.bundled(SchemaCheck.PREDICTION).validate(Json.mapper().readTree(line), "preds.jsonl", 7);
    }

    @Test
    void offsetLineAndTextLineAreValid() throws Exception {
        assertEquals(List.of(), check("{\"doc\":\"000\",\"start\":1,\"end\":5}"));
        assertEquals(List.of(), check("{\"doc\":\"000\",\"text\":\"61,000 servicemen\",\"claimant\":\"the ministry\","
                + "\"type\":\"CASUALTIES\",\"attribution\":\"explicit\",\"score\":0.9,"
                + "\"quantities\":[{\"value\":61000,\"unit\":\"servicemen\",\"bound\":\"exact\"}]}"));
    }

    @Test
    void lineWithNeitherOffsetsNorText() throws Exception {
        List<Problem> problems = check("{\"doc\":\"000\"}");
        assertTrue(!problems.isEmpty() && problems.stream().allMatch(p -> p.line() == 7 && "preds.jsonl".equals(p.file())),
                problems::toString);
    }

    @Test
    void negativeScoreAndBadEnumNameTheirFields() throws Exception {
        List<Problem> problems = check("{\"doc\":\"000\",\"start\":1,\"end\":5,\"score\":-1,\"type\":\"LOSSES\"}");
        assertEquals(List.of("score", "type"), problems.stream().map(Problem::field).distinct().toList(), problems::toString);
    }

    @Test
    void startWithoutEnd() throws Exception {
        List<Problem> problems = check("{\"doc\":\"000\",\"start\":1,\"text\":\"x\"}");
        assertEquals(1, problems.size(), problems::toString);
    }
}
