package org.claimeval.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Claim;
import org.claimeval.model.Document;
import org.claimeval.spi.ClaimExtractor;
import org.claimeval.spi.ExtractionContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorCatalogTest {
    @TempDir
    Path temp;

    /** Source of an extractor named {@code name} that claims the first {@code length} code points. */
    private static String source(String className, String name, int length) {
        return """
                package com.example;
                import java.util.List;
                import org.claimeval.spi.ClaimExtractor;
                import org.claimeval.model.Claim;
                import org.claimeval.model.Document;
                public class %s implements ClaimExtractor {
                    public String name() { return "%s"; }
                    public String version() { return "0.1"; }
                    public List<Claim> extract(Document d) { return List.of(Claim.span(null, d.id(), 0, %d, null)); }
                }
                """.formatted(className, name, length);
    }

    /** Compiles the sources with javac, lists them in META-INF/services (unless {@code register} is false), jars them. */
    private Path jar(Map<String, String> sources, boolean register) throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        sources.forEach((className, text) -> files.put("com/example/" + className + ".java", text));
        List<String> services = new ArrayList<>();
        if (register) {
            services.add("# extractors in this jar");
            sources.keySet().stream().sorted().forEach(c -> services.add("com.example." + c));
        }
        // Compiled against the API classes alone: an extractor needs nothing else.
        return ExtractorJars.build(temp, "extractors.jar", harnessClasses(), files, services);
    }

    private static String harnessClasses() {
        try {
            return Path.of(ClaimExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void loadsTheExtractorsOfAnExternalJar() throws Exception {
        Path jar = jar(Map.of("Second", source("Second", "second", 2), "First", source("First", "first", 1)), true);
        ExtractorCatalog catalog = ExtractorCatalog.fromJar(jar);
        // Only the jar's own extractors, sorted by name; the built-ins its class loader also sees are left out.
        assertEquals(List.of("first", "second"), catalog.names());
        ClaimExtractor second = catalog.get("second");
        assertEquals("0.1", second.version());
        List<Claim> claims = second.extract(new Document("d", "Kyiv said"));
        assertEquals(2, claims.get(0).end());
    }

    @Test
    void aJarExtractorRunsThroughTheRunnerLikeAnyOther() throws Exception {
        ClaimExtractor only = ExtractorCatalog.fromJar(jar(Map.of("One", source("One", "one", 4)), true)).only();
        ExtractionResult r = new ExtractionRunner(ExtractionRunner.Options.defaults())
                .run(only, ExtractionContext.of(org.claimeval.model.ClaimantRegistry.empty()),
                        List.of(new Document("d", "Kyiv said")));
        assertEquals("Kyiv", r.claims("d").get(0).text());
    }

    @Test
    void duplicateNamesAreAnError() throws Exception {
        Path jar = jar(Map.of("A", source("A", "same", 1), "B", source("B", "same", 2)), true);
        ExtractorFailure e = assertThrows(ExtractorFailure.class, () -> ExtractorCatalog.fromJar(jar));
        assertTrue(e.getMessage().contains("named \"same\": com.example.A and com.example.B"), e::getMessage);
    }

    @Test
    void anUnknownNameIsAUsageErrorListingTheKnownOnes() throws Exception {
        ExtractorCatalog catalog = ExtractorCatalog.fromJar(
                jar(Map.of("First", source("First", "first", 1), "Second", source("Second", "second", 2)), true));
        BadInputException e = assertThrows(BadInputException.class, () -> catalog.get("thrid"));
        assertEquals("--extractor", e.problems().get(0).field());
        assertTrue(e.getMessage().contains("unknown extractor \"thrid\"; known extractors: first, second"), e::getMessage);
    }

    @Test
    void aJarWithoutServiceEntryOrNotAJarIsBadInput() throws Exception {
        Path unregistered = jar(Map.of("First", source("First", "first", 1)), false);
        BadInputException none = assertThrows(BadInputException.class, () -> ExtractorCatalog.fromJar(unregistered));
        assertTrue(none.getMessage().contains("registers no extractor"), none::getMessage);

        Path text = Files.writeString(temp.resolve("notes.jar"), "not a zip");
        BadInputException notJar = assertThrows(BadInputException.class, () -> ExtractorCatalog.fromJar(text));
        assertTrue(notJar.getMessage().contains("not a readable jar"), notJar::getMessage);

        BadInputException missing = assertThrows(BadInputException.class,
                () -> ExtractorCatalog.fromJar(temp.resolve("missing.jar")));
        assertTrue(missing.getMessage().endsWith("missing.jar: no such file"), missing::getMessage);
    }

    @Test
    void theClassPathCatalogIsSortedByName() throws Exception {
        List<String> names = ExtractorCatalog.discover().names();
        assertEquals(names.stream().sorted().toList(), names);
    }

    @Test
    void aBrokenProviderIsAnExtractorFailure() throws Exception {
        // Listed in META-INF/services but throws in its constructor.
        String src = """
                package com.example;
                public class Boom extends First {
                    public Boom() { throw new IllegalStateException("no model"); }
                }
                """;
        Path jar = jar(Map.of("First", source("First", "first", 1), "Boom", src), true);
        ExtractorFailure e = assertThrows(ExtractorFailure.class, () -> ExtractorCatalog.fromJar(jar));
        assertTrue(e.getMessage().contains("cannot load the extractors"), e::getMessage);
    }
}
