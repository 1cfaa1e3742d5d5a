package org.claimeval.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.claimeval.model.Attribution;
import org.claimeval.model.Claim;
import org.claimeval.model.Claimant;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.JsonEnum;

/**
 * The composition of a dataset: claims per document (with length, attribution kinds and quantities), type,
 * claimant side, attribution kind, quotation, and claims per claimant. The datasheet's tables come from here,
 * never typed by hand.
 *
 * @param documents  per document id, in id order
 * @param claimantsByClaims per claimant that makes a claim ({@code author} included): its side and claims, most
 *                   claims first, then by id
 */
public record DatasetStats(String signature, int claimants, SortedMap<String, DocumentRow> documents,
                           SortedMap<String, Integer> types, SortedMap<String, Integer> sides,
                           SortedMap<String, Integer> attributions, SortedMap<String, Integer> quotes,
                           int quantities, int clusteredClaims, int clusters, List<ClaimantRow> claimantsByClaims) {

    /** One document's line of the composition table. */
    public record DocumentRow(int length, int claims, int explicit, int implicit, int author, int quantities) {
    }

    /** One claimant's line: its side ({@code -} for the author) and how many claims it makes. */
    public record ClaimantRow(String id, String side, int claims) {
    }

    public static DatasetStats of(Dataset dataset) {
        SortedMap<String, DocumentRow> documents = new TreeMap<>();
        for (Document d : dataset.documents()) {
            List<Claim> gold = dataset.gold(d.id());
            documents.put(d.id(), new DocumentRow(d.length(), gold.size(), count(gold, Attribution.EXPLICIT),
                    count(gold, Attribution.IMPLICIT), count(gold, Attribution.AUTHOR),
                    gold.stream().mapToInt(c -> c.quantities().size()).sum()));
        }
        var all = dataset.documents().stream().flatMap(d -> dataset.gold(d.id()).stream()).toList();
        Function<Claim, String> side = c -> Claimant.AUTHOR_ID.equals(c.claimant()) ? "author"
                : dataset.claimants().side(c.claimant()).map(JsonEnum::json).orElse("(unknown)");
        List<ClaimantRow> byClaimant = count(all, Claim::claimant).entrySet().stream()
                .map(e -> new ClaimantRow(e.getKey(), Claimant.AUTHOR_ID.equals(e.getKey()) ? "-"
                        : dataset.claimants().side(e.getKey()).map(JsonEnum::json).orElse("(unknown)"), e.getValue()))
                .sorted(Comparator.comparingInt(ClaimantRow::claims).reversed().thenComparing(ClaimantRow::id))
                .toList();
        return new DatasetStats(dataset.signature(), dataset.claimants().all().size(), documents,
                count(all, c -> name(c.type())), count(all, side), count(all, c -> name(c.attribution())),
                count(all, c -> name(c.quote())),
                all.stream().mapToInt(c -> c.quantities().size()).sum(),
                (int) all.stream().filter(c -> c.cluster() != null).count(),
                (int) all.stream().map(Claim::cluster).filter(k -> k != null).distinct().count(), byClaimant);
    }

    public int total() {
        return documents.values().stream().mapToInt(DocumentRow::claims).sum();
    }

    /** The composition in one line: signature, documents, claims, claimants, quantities and clusters. */
    public String summary() {
        return signature + ": " + documents.size() + " documents, " + total() + " claims, " + claimants
                + " claimants, " + quantities + " quantities, " + clusters + " clusters linking " + clusteredClaims
                + " claims";
    }

    public String render(HumanReport.Style style) {
        StringBuilder sb = new StringBuilder();
        String intro = summary();
        sb.append(style == HumanReport.Style.MARKDOWN ? Markdown.escape(intro) : intro).append("\n\n");
        Table perDocument = new Table("document", "length (code points)", "claims", "explicit", "implicit", "author",
                "quantities");
        documents.forEach((id, d) -> perDocument.row(id, Integer.toString(d.length()), Integer.toString(d.claims()),
                Integer.toString(d.explicit()), Integer.toString(d.implicit()), Integer.toString(d.author()),
                Integer.toString(d.quantities())));
        perDocument.row("total", Integer.toString(sum(DocumentRow::length)), Integer.toString(total()),
                Integer.toString(sum(DocumentRow::explicit)), Integer.toString(sum(DocumentRow::implicit)),
                Integer.toString(sum(DocumentRow::author)), Integer.toString(quantities));
        append(sb, style, perDocument);
        section(sb, style, "type", types);
        section(sb, style, "claimant side", sides);
        section(sb, style, "attribution", attributions);
        section(sb, style, "quote", quotes);
        Table perClaimant = new Table("claimant", "side", "claims");
        claimantsByClaims.forEach(c -> perClaimant.row(c.id(), c.side(), Integer.toString(c.claims())));
        append(sb, style, perClaimant);
        return sb.toString();
    }

    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("dataset", signature).put("claims", total()).put("claimants", claimants)
                .put("quantities", quantities).put("clusters", clusters).put("clusteredClaims", clusteredClaims);
        ObjectNode perDocument = root.putObject("documents");
        documents.forEach((id, d) -> perDocument.putObject(id).put("length", d.length()).put("claims", d.claims())
                .put("explicit", d.explicit()).put("implicit", d.implicit()).put("author", d.author())
                .put("quantities", d.quantities()));
        put(root.putObject("types"), types);
        put(root.putObject("sides"), sides);
        put(root.putObject("attributions"), attributions);
        put(root.putObject("quotes"), quotes);
        var perClaimant = root.putArray("claimantsByClaims");
        claimantsByClaims.forEach(c -> perClaimant.addObject().put("id", c.id()).put("side", c.side())
                .put("claims", c.claims()));
        return root;
    }

    private int sum(java.util.function.ToIntFunction<DocumentRow> column) {
        return documents.values().stream().mapToInt(column).sum();
    }

    private static void put(ObjectNode node, Map<String, Integer> counts) {
        counts.forEach(node::put);
    }

    private void section(StringBuilder sb, HumanReport.Style style, String dimension, Map<String, Integer> counts) {
        Table t = new Table(dimension, "claims", "share");
        int total = total();
        counts.forEach((k, n) -> t.row(k, Integer.toString(n), Decimals.score(total == 0 ? 0 : n / (double) total)));
        append(sb, style, t);
    }

    private static void append(StringBuilder sb, HumanReport.Style style, Table t) {
        sb.append(style == HumanReport.Style.MARKDOWN ? t.toMarkdown() : t.toText()).append('\n');
    }

    private static int count(List<Claim> claims, Attribution attribution) {
        return (int) claims.stream().filter(c -> c.attribution() == attribution).count();
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
