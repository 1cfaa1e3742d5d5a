package org.claimeval.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.claimeval.model.Claim;
import org.claimeval.pipeline.Evaluation;
import org.junit.jupiter.api.Test;

/**
 * Every public type of claimeval-api and claimeval-core, nested ones included, has a Javadoc comment: they are
 * the library's documented surface. (The Javadoc tool itself fails on broken comments, not on missing ones.)
 * The public types are found in the compiled classes, so members that are public only implicitly (a record
 * nested in an interface) count too; their comments are looked up in the sources.
 */
class JavadocPresenceTest {

    private static Path harness() {
        return Path.of(System.getProperty("claimeval.repo", "../..")).resolve("harness");
    }

    @Test
    void everyPublicTypeOfApiAndCoreHasAJavadocComment() throws Exception {
        List<Class<?>> publicTypes = new ArrayList<>();
        for (Class<?> anchor : List.of(Claim.class, Evaluation.class)) {
            for (Class<?> type : CompiledClasses.of(anchor)) {
                if (isPublicApi(type)) {
                    publicTypes.add(type);
                }
            }
        }
        assertTrue(publicTypes.size() > 50, "found only " + publicTypes.size() + " public types");
        List<String> undocumented = new ArrayList<>();
        for (Class<?> type : publicTypes) {
            if (!documented(type)) {
                undocumented.add(type.getName());
            }
        }
        assertEquals(List.of(), undocumented, "public types without a Javadoc comment");
    }

    private static boolean isPublicApi(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    private static boolean documented(Class<?> type) throws IOException {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        String relative = "src/main/java/" + top.getName().replace('.', '/') + ".java";
        Path source = harness().resolve("claimeval-api").resolve(relative);
        if (!Files.exists(source)) {
            source = harness().resolve("claimeval-core").resolve(relative);
        }
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        Pattern declaration = Pattern.compile("\\b(class|interface|record|enum)\\s+" + type.getSimpleName() + "\\b");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (!line.startsWith("*") && !line.startsWith("/") && declaration.matcher(line).find()) {
                return commentAbove(lines, i);
            }
        }
        return false;
    }

    /** The lines above the declaration, past annotations, end a comment that began with slash-star-star. */
    private static boolean commentAbove(List<String> lines, int declaration) {
        int i = declaration - 1;
        while (i >= 0 && (lines.get(i).isBlank() || lines.get(i).trim().startsWith("@"))) {
            i--;
        }
        if (i < 0 || !lines.get(i).trim().endsWith("*/")) {
            return false;
        }
        while (i >= 0 && !lines.get(i).contains("/*")) {
            i--;
        }
        return i >= 0 && lines.get(i).contains("/**");
    }
}
