package org.claimeval.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of every harness module, and the imports between them, form no cycle: each package keeps one
 * job and can be understood (and moved) without the ones that use it. The API packages use nothing else.
 */
class PackageCyclesTest {
    private static final Pattern PACKAGE = Pattern.compile("^package (org\\.claimeval[\\w.]*);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(org\\.claimeval\\.[\\w.]+);",
            Pattern.MULTILINE);

    /** Package to the claimeval packages its main sources import. */
    static Map<String, Set<String>> dependencies() throws IOException {
        Path harness = Path.of(System.getProperty("claimeval.repo", "../..")).resolve("harness");
        Map<String, Set<String>> graph = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(harness)) {
            files = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/")).sorted().toList();
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher pkg = PACKAGE.matcher(text);
            if (!pkg.find()) {
                continue;
            }
            Set<String> uses = graph.computeIfAbsent(pkg.group(1), k -> new TreeSet<>());
            Matcher imp = IMPORT.matcher(text);
            while (imp.find()) {
                String used = packageOf(imp.group(1));
                if (!used.equals(pkg.group(1))) {
                    uses.add(used);
                }
            }
        }
        return graph;
    }

    /** The package part of an imported name: the segments before the first capitalised one. */
    static String packageOf(String imported) {
        List<String> segments = new ArrayList<>();
        for (String segment : imported.split("\\.")) {
            if (Character.isUpperCase(segment.charAt(0))) {
                break;
            }
            segments.add(segment);
        }
        return String.join(".", segments);
    }

    @Test
    void noPackageCycles() throws IOException {
        Map<String, Set<String>> graph = dependencies();
        assertTrue(graph.size() > 10, "found only " + graph.keySet());
        assertEquals(List.of(), cycles(graph), "packages that depend on each other, directly or not");
    }

    @Test
    void theApiUsesNothingElse() throws IOException {
        Map<String, Set<String>> graph = dependencies();
        assertEquals(Set.of(), graph.get("org.claimeval.model"));
        assertEquals(Set.of("org.claimeval.model"), graph.get("org.claimeval.spi"));
    }

    @Test
    void theCheckFindsACycle() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of(List.of("a", "b", "c")), cycles(graph));
    }

    /** The strongly connected components of more than one package (Tarjan), each sorted, in name order. */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> found = new ArrayList<>();
        for (String start : new TreeSet<>(graph.keySet())) {
            if (!index.containsKey(start)) {
                connect(start, graph, index, low, stack, onStack, found);
            }
        }
        found.sort((x, y) -> x.get(0).compareTo(y.get(0)));
        return found;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                List<List<String>> found) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, found);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                component.sort(null);
                found.add(component);
            }
        }
    }
}
