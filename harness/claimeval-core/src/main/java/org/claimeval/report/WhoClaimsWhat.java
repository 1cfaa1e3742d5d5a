package org.claimeval.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.claimeval.model.Claim;
import org.claimeval.model.Claimant;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.Quantity;
import org.claimeval.model.Side;

/**
 * "Who claims what": the gold claims of each cluster (claims about the same figure or fact) side by side, so a
 * reader sees at a glance that one side puts Ukrainian losses at one figure and the other at another.
 * Clusters are sorted by key; inside a cluster, claims are grouped by the claimant's side (RU, UA, WEST,
 * OTHER, then the author and claimants without a side) and ordered by claim id within a side.
 *
 * @param dataset  the dataset's signature, e.g. {@code kursk-claims@1.0.0#1a2b3c4d}
 * @param clusters sorted by key
 */
public record WhoClaimsWhat(String dataset, List<Cluster> clusters) {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public WhoClaimsWhat {
        clusters = List.copyOf(clusters);
    }

    /** One cluster and every gold claim in it. */
    public record Cluster(String key, List<Entry> claims) {
        public Cluster {
            claims = List.copyOf(claims);
        }
    }

    /**
     * One claim of a cluster.
     *
     * @param claimantName the registry's name, or {@code author} for the article's own voice
     * @param side         null for the author and for claimants the registry gives no side
     * @param text         the claim's wording as it stands in the document
     */
    public record Entry(String claimId, String doc, String claimantId, String claimantName, Side side,
                        List<Quantity> quantities, String text) {
        public Entry {
            quantities = List.copyOf(quantities);
        }
    }

    public static WhoClaimsWhat of(Dataset dataset) {
        SortedMap<String, List<Entry>> byKey = new TreeMap<>();
        for (Document d : dataset.documents()) {
            for (Claim c : dataset.gold(d.id())) {
                if (c.cluster() == null) {
                    continue;
                }
                Optional<Claimant> claimant = Claimant.AUTHOR_ID.equals(c.claimant()) || c.claimant() == null
                        ? Optional.empty() : dataset.claimants().resolve(c.claimant());
                String id = claimant.map(Claimant::id).orElse(c.claimant());
                String name = claimant.map(Claimant::name).orElse(c.claimant() == null ? "(none)" : c.claimant());
                byKey.computeIfAbsent(c.cluster(), k -> new ArrayList<>()).add(new Entry(c.id(), c.doc(), id, name,
                        claimant.map(Claimant::side).orElse(null), c.quantities(), c.text()));
            }
        }
        Comparator<Entry> order = Comparator.comparing(Entry::side, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Entry::claimId, Comparator.nullsLast(Comparator.naturalOrder()));
        List<Cluster> clusters = new ArrayList<>();
        byKey.forEach((key, entries) -> {
            entries.sort(order);
            clusters.add(new Cluster(key, entries));
        });
        return new WhoClaimsWhat(dataset.signature(), clusters);
    }

    /** The cluster keys, sorted. */
    public List<String> keys() {
        return clusters.stream().map(Cluster::key).toList();
    }

    /** Only the cluster with this key, or empty when the dataset has no such cluster. */
    public Optional<WhoClaimsWhat> only(String key) {
        return clusters.stream().filter(c -> c.key().equals(key)).findFirst()
                .map(c -> new WhoClaimsWhat(dataset, List.of(c)));
    }

    /** One Markdown table per cluster; every value from the dataset is escaped. */
    public String markdown() {
        StringBuilder out = new StringBuilder("## Who claims what\n\n");
        long claims = clusters.stream().mapToLong(c -> c.claims().size()).sum();
        out.append("Dataset ").append(Markdown.code(dataset)).append(": ").append(clusters.size())
                .append(clusters.size() == 1 ? " cluster, " : " clusters, ").append(claims)
                .append(claims == 1 ? " claim.\n\n" : " claims.\n\n");
        for (Cluster c : clusters) {
            out.append("### ").append(Markdown.escape(c.key())).append("\n\n");
            Table table = new Table("side", "claimant", "document", "claim", "figures", "wording");
            for (Entry e : c.claims()) {
                table.row(e.side() == null ? "-" : e.side().json(), e.claimantName(), e.doc(),
                        e.claimId() == null ? "" : e.claimId(),
                        e.quantities().isEmpty() ? "-" : QuantityWording.of(e.quantities()), e.text());
            }
            out.append(table.toMarkdown()).append('\n');
        }
        return out.toString();
    }

    /** {@code claimeval/claims/1}: sorted keys, quantities with value, unit, bound and the wording. */
    public String json() {
        ObjectNode root = NODES.objectNode();
        root.put("schema", "claimeval/claims/1");
        root.put("dataset", dataset);
        ArrayNode list = root.putArray("clusters");
        for (Cluster c : clusters) {
            ObjectNode cluster = list.addObject();
            cluster.put("key", c.key());
            ArrayNode claims = cluster.putArray("claims");
            for (Entry e : c.claims()) {
                ObjectNode claim = claims.addObject();
                claim.put("id", e.claimId());
                claim.put("doc", e.doc());
                claim.putObject("claimant").put("id", e.claimantId()).put("name", e.claimantName())
                        .put("side", e.side() == null ? null : e.side().json());
                ArrayNode quantities = claim.putArray("quantities");
                for (Quantity q : e.quantities()) {
                    quantities.addObject().put("value", q.value()).put("unit", q.unit()).put("bound", q.bound().json())
                            .put("wording", QuantityWording.of(q));
                }
                claim.put("text", e.text());
            }
        }
        return JsonReport.write(root);
    }
}
