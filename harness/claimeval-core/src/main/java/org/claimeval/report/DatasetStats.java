package org.claimeval.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.claimeval.model.Claim;
import org.claimeval.model.Claimant;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.JsonEnum;

/**
 * The composition of a dataset: claims per document, type, claimant side, attribution kind and quotation.
 * The datasheet's tables come from here, never typed by hand.
 */
public record DatasetStats(String signature, int claimants, SortedMap<String, Integer> documents,
                           SortedMap<String, Integer> types, SortedMap<String, Integer> sides,
                           SortedMap<String, Integer> attributions, SortedMap<String, Integer> quotes,
                           int quantities, int clusteredClaims, int clusters) {

    public static DatasetStats of(Dataset dataset) {
        SortedMap<String, Integer> documents = new TreeMap<>();
        for (Document d : dataset.documents()) {
            documents.put(d.id(), dataset.gold(d.id()).size());
        }
        var all = dataset.documents().stream().flatMap(d -> dataset.gold(d.id()).stream()).toList();
        Function<Claim, String> side = c -> Claimant.AUTHOR_ID.equals(c.claimant()) ? "author"
                : dataset.claimants().side(c.claimant()).map(JsonEnum::json).orElse("(unknown)");
        return new DatasetStats(dataset.signature(), dataset.claimants().all().size(), documents,
                count(all, c -> name(c.type())), count(all, side), count(all, c -> name(c.attribution())),
                count(all, c -> name(c.quote())),
                all.stream().mapToInt(c -> c.quantities().size()).sum(),
                (int) all.stream().filter(c -> c.cluster() != null).count(),
                (int) all.stream().map(Claim::cluster).filter(k -> k != null).distinct().count());
    }

    public int total() {
        return documents.values().stream().mapToInt(Integer::intValue).sum();
    }

    public String render(HumanReport.Style style) {
        StringBuilder sb = new StringBuilder();
        String intro = signature + ": " + documents.size() + " documents, " + total() + " claims, " + claimants
                + " claimants, " + quantities + " quantities, " + clusters + " clusters linking " + clusteredClaims
                + " claims";
        sb.append(style == HumanReport.Style.MARKDOWN ? Markdown.escape(intro) : intro).append("\n\n");
        section(sb, style, "document", documents);
        section(sb, style, "type", types);
        section(sb, style, "claimant side", sides);
        section(sb, style, "attribution", attributions);
        section(sb, style, "quote", quotes);
        return sb.toString();
    }

    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("dataset", signature).put("claims", total()).put("claimants", claimants)
                .put("quantities", quantities).put("clusters", clusters).put("clusteredClaims", clusteredClaims);
        put(root.putObject("documents"), documents);
        put(root.putObject("types"), types);
        put(root.putObject("sides"), sides);
        put(root.putObject("attributions"), attributions);
        put(root.putObject("quotes"), quotes);
        return root;
    }

    private static void put(ObjectNode node, Map<String, Integer> counts) {
        counts.forEach(node::put);
    }

    private void section(StringBuilder sb, HumanReport.Style style, String dimension, Map<String, Integer> counts) {
        Table t = new Table(dimension, "claims", "share");
        int total = total();
        counts.forEach((k, n) -> t.row(k, Integer.toString(n), Decimals.score(total == 0 ? 0 : n / (double) total)));
        sb.append(style == HumanReport.Style.MARKDOWN ? t.toMarkdown() : t.toText()).append('\n');
    }

    private static SortedMap<String, Integer> count(Iterable<Claim> claims, Function<Claim, String> key) {
        SortedMap<String, Integer> counts = new TreeMap<>();
        for (Claim c : claims) {
            counts.merge(key.apply(c), 1, Integer::sum);
        }
        return counts;
    }

    private static String name(JsonEnum value) {
        return value == null ? "(none)" : value.json();
    }
}
