package org.claimeval.dataset;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of many phrases occur in some texts, exactly (case-sensitive, char for char). An Aho-Corasick
 * automaton reads each text once, so the time is linear in the texts plus the phrases, however many phrases
 * there are; testing each phrase with {@code String.contains} would multiply the two, and a registry of
 * thousands of aliases over long seeds would make validation crawl.
 */
final class PhraseSearch {
    /** Per node: its children by char. Node 0 is the root. */
    private final List<Map<Character, Integer>> children = new ArrayList<>();
    /** Per node: the phrase ending there, or null. */
    private final List<String> phraseAt = new ArrayList<>();
    /** Per node: the longest proper suffix that is also a node. */
    private int[] fail;
    /** Per node: the nearest node along the fail chain (itself excluded) where a phrase ends, or 0. */
    private int[] nextPhrase;

    private PhraseSearch(Collection<String> phrases) {
        newNode();
        for (String phrase : phrases) {
            int node = 0;
            for (int i = 0; i < phrase.length(); i++) {
                Integer child = children.get(node).get(phrase.charAt(i));
                if (child == null) {
                    child = newNode();
                    children.get(node).put(phrase.charAt(i), child);
                }
                node = child;
            }
            phraseAt.set(node, phrase);
        }
        linkFailures();
    }

    /** The phrases (empty ones left out) that occur in at least one of the texts. */
    static Set<String> occurring(Collection<String> phrases, Collection<String> texts) {
        List<String> nonEmpty = phrases.stream().filter(p -> !p.isEmpty()).distinct().toList();
        PhraseSearch search = new PhraseSearch(nonEmpty);
        boolean[] reached = new boolean[search.children.size()];
        for (String text : texts) {
            search.scan(text, reached);
        }
        Set<String> found = new HashSet<>();
        for (int node = 0; node < reached.length; node++) {
            if (reached[node] && search.phraseAt.get(node) != null) {
                found.add(search.phraseAt.get(node));
            }
        }
        return found;
    }

    private int newNode() {
        children.add(new HashMap<>());
        phraseAt.add(null);
        return children.size() - 1;
    }

    /** Breadth first, so a node's fail target (a shorter string) is always linked before it. */
    private void linkFailures() {
        int n = children.size();
        fail = new int[n];
        nextPhrase = new int[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>(children.get(0).values());
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (Map.Entry<Character, Integer> edge : children.get(node).entrySet()) {
                int child = edge.getValue();
                int target = node == 0 ? 0 : step(fail[node], edge.getKey());
                fail[child] = target;
                nextPhrase[child] = phraseAt.get(target) != null ? target : nextPhrase[target];
                queue.add(child);
            }
        }
    }

    /** The automaton's move from {@code node} on {@code c}. */
    private int step(int node, char c) {
        while (true) {
            Integer child = children.get(node).get(c);
            if (child != null) {
                return child;
            }
            if (node == 0) {
                return 0;
            }
            node = fail[node];
        }
    }

    /**
     * Marks every node whose phrase ends somewhere in the text. A marked node's chain of shorter phrases is
     * marked with it, so the walk along that chain stops at the first marked node: each node is walked over
     * once in all, and the scan stays linear however many phrases end at one position.
     */
    private void scan(String text, boolean[] reached) {
        int node = 0;
        for (int i = 0; i < text.length(); i++) {
            node = step(node, text.charAt(i));
            for (int at = phraseAt.get(node) != null ? node : nextPhrase[node]; at != 0 && !reached[at];
                 at = nextPhrase[at]) {
                reached[at] = true;
            }
        }
    }
}
