package org.claimeval.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimeval.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The gold side of the bad-input catalogue (issue 7): each file in test resources {@code datasets/bad-gold/} is
 * the fixture's gold/e01.json broken in one way. The table says what each must produce; the README's table of
 * bad inputs can be read off it.
 */
class BadGoldFilesTest {

    private static Path badGold(String name) {
        return FixtureDataset.validFixture().resolveSibling("bad-gold").resolve(name);
    }

    private static List<Problem> read(String name) throws IOException {
        ProblemCollector problems = new ProblemCollector();
        GoldReader.read(name, Files.readAllBytes(badGold(name)), problems);
        return problems.sorted();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # file                 | claim  | field           | message contains
            truncated.json         | -      | -               | is not valid JSON
            wrong-type-start.json  | e01-03 | claims[2].start | must be an integer, found a string
            beyond-int.json        | e01-03 | claims[2].start | beyond the int range
            nan-value.json         | -      | -               | Non-standard token 'NaN'
            infinity-value.json    | -      | -               | Non-standard token 'Infinity'
            negative-start.json    | e01-03 | claims[2].start | cannot be negative
            bad-enum.json          | e01-01 | claims[0].quote | "some" is not one of "direct", "partial", "none"
            duplicate-key.json     | -      | -               | Duplicate field 'doc'
            bom.json               | -      | -               | byte-order mark
            not-utf8.json          | -      | -               | Invalid UTF-8
            deep.json              | -      | -               | nesting depth
            empty.json             | -      | -               | is empty
            array-root.json        | -      | -               | must be a JSON object, found an array
            trailing-content.json  | -      | -               | content after the JSON value
            """)
    void eachBadFileGivesOneLocatedProblem(String file, String claimId, String field, String fragment) throws IOException {
        List<Problem> problems = read(file);
        assertEquals(1, problems.size(), problems::toString);
        Problem p = problems.get(0);
        assertEquals(file, p.file());
        assertEquals(claimId, p.claimId(), p::toString);
        assertEquals(field, p.field(), p::toString);
        assertTrue(p.message().contains(fragment), p::toString);
        // Every parse-level problem but an empty file knows its line.
        assertTrue(file.equals("empty.json") || p.line() > 0, p::toString);
    }

    @Test
    void crlfLineEndingsAreFine() throws IOException {
        ProblemCollector problems = new ProblemCollector();
        Optional<GoldFile> gold = GoldReader.read("crlf.json", Files.readAllBytes(badGold("crlf.json")), problems);
        assertEquals(List.of(), problems.sorted());
        assertEquals(3, gold.orElseThrow().claims().size());
    }
}
