package org.claimeval.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.ServiceLoader;
import org.claimeval.io.Json;
import org.junit.jupiter.api.Test;

/**
 * What claimeval-core brings onto a user's class path: the schema validator without its YAML jars, and no
 * logging binding (the application chooses one; the CLI picks slf4j-nop). The dataset tests run on this same
 * class path, so they prove that validation needs neither.
 */
class RuntimeFootprintTest {

    @Test
    void noYamlJars() {
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("com.fasterxml.jackson.dataformat.yaml.YAMLFactory"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.yaml.snakeyaml.Yaml"));
    }

    @Test
    void schemasStillValidateWithoutThem() throws Exception {
        var result = Validator.check(DatasetSource.directory(FixtureDataset.validFixture().resolve("dataset")), true);
        assertEquals(List.of(), result.problems());
        assertFalse(result.documents().isEmpty());
        // And a schema violation is still found: a negative score breaks the predictions schema's minimum 0.
        var problems = SchemaCheck.bundled(SchemaCheck.PREDICTION)
                .validate(Json.mapper().readTree("{\"doc\": \"e01\", \"text\": \"x\", \"score\": -1}"), "p.jsonl", 1);
        assertFalse(problems.isEmpty());
    }

    @Test
    void noLoggingBinding() throws ClassNotFoundException {
        Class<?> provider = Class.forName("org.slf4j.spi.SLF4JServiceProvider");
        assertEquals(0, ServiceLoader.load(provider).stream().count(), "core must not bind a logging backend");
    }
}
