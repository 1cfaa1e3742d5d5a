package org.claimeval.dataset;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.claimeval.model.Annotates;
import org.claimeval.model.Attribution;
import org.claimeval.model.Claim;
import org.claimeval.model.Claimant;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Document;
import org.claimeval.model.Problem;
import org.claimeval.model.Quantity;
import org.claimeval.model.Span;

/**
 * Checks a dataset against everything in the dataset contract (issue 2, "Validation") and reports every
 * problem, sorted by file, line, claim and field:
 * <ul>
 *   <li>each file parses (strict UTF-8, no BOM, within {@link org.claimeval.io.Json}'s limits) and is valid against its schema;</li>
 *   <li>document ids and claimant ids are unique; claim ids are unique across the dataset;</li>
 *   <li>each seed decodes as UTF-8, its sha256 and code-point length equal the manifest's, its first line is
 *       the manifest's title;</li>
 *   <li>each manifest document has {@code gold/<doc>.json}, whose {@code doc} is that id and whose
 *       {@code sha256} is the manifest's; no gold file is left out of the manifest;</li>
 *   <li>every span (content, claimantMention, cue, each quantity) has start &lt;= end &lt;= document length
 *       and its text equals the document there; quantities lie inside the content and their value is a
 *       number their text stands for ({@link QuantityText});</li>
 *   <li>the claimant is a registry id or {@code author} (an id listed in claimants.json counts even when its
 *       entry has other faults, which are reported there), exactly when attribution is {@code author};
 *       every {@code via} id is in the registry;</li>
 *   <li>every registry alias occurs verbatim, case included, in some document (GUIDELINES.md H36);</li>
 *   <li>the guideline rules of GUIDELINES.md section 12 ({@link GuidelineCheck}), except where a claim names
 *       the rule in its {@code exceptions}.</li>
 * </ul>
 */
public final class Validator {

    private Validator() {
    }

    /** Validates a dataset folder; an empty list means it is valid. */
    public static List<Problem> validate(Path datasetDir) {
        return check(DatasetSource.directory(datasetDir), true).problems();
    }

    /** Validates the dataset bundled in the jar. */
    public static List<Problem> validateBundled() {
        return check(DatasetSource.bundled(), true).problems();
    }

    /**
     * Reads and checks everything. The dataset parts are returned even when there are problems, so the
     * loader can decide; it builds a dataset only from a clean result.
     */
    static Result check(DatasetSource source, boolean withSchemas) {
        ProblemCollector problems = new ProblemCollector();
        Optional<Manifest> manifest = readManifest(source, problems, withSchemas);
        Annotates annotates = manifest.map(Manifest::annotates).orElse(Annotates.EVERYTHING);
        // A dataset without a registry names claimants by their mention: claimants.json is optional there.
        Optional<ClaimantsFile> claimants = annotates.registry() || exists(source, "claimants.json")
                ? readClaimants(source, problems, withSchemas) : Optional.empty();
        ClaimantRegistry registry = claimants.map(ClaimantsFile::registry).orElse(ClaimantRegistry.empty());
        Set<String> knownIds = claimants.map(ClaimantsFile::listedIds).orElse(Set.of());

        Map<String, Document> documents = new LinkedHashMap<>();
        Map<String, Manifest.Entry> entries = new LinkedHashMap<>();
        manifest.ifPresent(m -> readSeeds(source, m, documents, entries, problems));

        Map<String, byte[]> goldBytes = new TreeMap<>();
        Map<String, List<Claim>> gold = new TreeMap<>();
        Optional<SchemaCheck> goldSchema = withSchemas
                ? SchemaCheck.load(source, SchemaCheck.GOLD, problems) : Optional.empty();
        Map<String, String> claimIdOwner = new HashMap<>();
        for (String doc : goldDocIds(source, entries, manifest.isPresent(), problems)) {
            String relative = "gold/" + doc + ".json";
            String file = source.displayName(relative);
            byte[] bytes;
            try {
                bytes = source.read(relative);
            } catch (NoSuchFileException e) {
                problems.add(file, 0, null, null, "is missing: every document in the manifest needs a gold file");
                continue;
            } catch (IOException e) {
                problems.add(file, 0, null, null, "cannot be read: " + e.getMessage());
                continue;
            }
            goldBytes.put(doc, bytes);
            ProblemCollector fileProblems = new ProblemCollector();
            Optional<GoldFile> read = GoldReader.read(file, bytes, fileProblems, annotates);
            if (read.isEmpty()) {
                fileProblems.sorted().forEach(problems::add);
                continue;
            }
            GoldFile goldFile = read.get();
            GoldReader.checkDocMatchesFileName(goldFile, doc, fileProblems);
            GoldReader.checkUniqueIds(goldFile, claimIdOwner, fileProblems);
            Manifest.Entry entry = entries.get(doc);
            if (entry == null && manifest.isPresent()) {
                fileProblems.add(file, 0, null, null, "has no document \"" + doc + "\" in the manifest");
            }
            if (entry != null && goldFile.sha256() != null && !goldFile.sha256().equals(entry.sha256())) {
                fileProblems.add(file, goldFile.json().line("sha256"), null, "sha256",
                        "is " + goldFile.sha256() + " but the manifest says " + entry.sha256());
            }
            checkClaims(goldFile, documents.get(doc), knownIds, annotates, fileProblems);
            List<Problem> found = fileProblems.sorted();
            found.forEach(problems::add);
            goldSchema.ifPresent(schema -> addSchemaProblems(schema, goldFile.json(), found, problems));
            gold.put(doc, goldFile.claims().stream().map(GoldFile.GoldClaim::claim).toList());
        }
        boolean everySeedRead = manifest.isPresent() && documents.size() == entries.size();
        if (everySeedRead) {
            claimants.ifPresent(file -> checkAliasesOccur(file, documents.values(), problems));
        }
        return new Result(problems.sorted(), manifest, claimants, List.copyOf(documents.values()), gold, goldBytes);
    }

    /**
     * The checks of each claim that need its document and the registry: spans, quantities, claimant and via.
     *
     * @param document null when the seed could not be read (span checks are then skipped, that is reported)
     */
    static void checkClaims(GoldFile goldFile, Document document, Set<String> claimantIds, Annotates annotates,
                            ProblemCollector problems) {
        boolean[] contentsOk = new boolean[goldFile.claims().size()];
        for (int i = 0; i < contentsOk.length; i++) {
            GoldFile.GoldClaim gc = goldFile.claims().get(i);
            contentsOk[i] = new ClaimCheck(goldFile.json(), gc.path(), gc.claim(), problems).check(document, claimantIds,
                    annotates.registry());
        }
        GuidelineCheck.check(goldFile, document != null ? document.id() : goldFile.doc(), document, contentsOk,
                annotates, problems);
    }

    /**
     * What one check run found and read.
     *
     * @param goldBytes the gold files' bytes by document id, for the gold hash
     */
    record Result(List<Problem> problems, Optional<Manifest> manifest, Optional<ClaimantsFile> claimants,
                  List<Document> documents, Map<String, List<Claim>> gold, Map<String, byte[]> goldBytes) {
    }

    private static Optional<Manifest> readManifest(DatasetSource source, ProblemCollector problems, boolean withSchemas) {
        return readBytes(source, "manifest.json", problems).flatMap(bytes -> {
            ProblemCollector own = new ProblemCollector();
            Optional<Manifest> m = Manifest.read(source.displayName("manifest.json"), bytes, own);
            List<Problem> found = own.sorted();
            found.forEach(problems::add);
            m.filter(x -> withSchemas).ifPresent(manifest -> SchemaCheck.load(source, SchemaCheck.MANIFEST, problems)
                    .ifPresent(schema -> addSchemaProblems(schema, manifest.json(), found, problems)));
            return m;
        });
    }

    private static Optional<ClaimantsFile> readClaimants(DatasetSource source, ProblemCollector problems,
                                                         boolean withSchemas) {
        return readBytes(source, "claimants.json", problems).flatMap(bytes -> {
            ProblemCollector own = new ProblemCollector();
            Optional<ClaimantsFile> c = ClaimantsFile.read(source.displayName("claimants.json"), bytes, own);
            List<Problem> found = own.sorted();
            found.forEach(problems::add);
            c.filter(x -> withSchemas).ifPresent(file -> SchemaCheck.load(source, SchemaCheck.CLAIMANTS, problems)
                    .ifPresent(schema -> addSchemaProblems(schema, file.json(), found, problems)));
            return c;
        });
    }

    private static boolean exists(DatasetSource source, String relative) {
        try {
            source.read(relative);
            return true;
        } catch (IOException e) {
            return !(e instanceof NoSuchFileException);
        }
    }

    private static Optional<byte[]> readBytes(DatasetSource source, String relative, ProblemCollector problems) {
        try {
            return Optional.of(source.read(relative));
        } catch (NoSuchFileException e) {
            problems.add(source.displayName(relative), 0, null, null, "is missing");
        } catch (IOException e) {
            problems.add(source.displayName(relative), 0, null, null, "cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static void readSeeds(DatasetSource source, Manifest manifest, Map<String, Document> documents,
                                  Map<String, Manifest.Entry> entries, ProblemCollector problems) {
        String manifestFile = manifest.json().file();
        for (Manifest.Entry entry : manifest.documents()) {
            String idPath = FieldPath.field(entry.path(), "id");
            if (entries.putIfAbsent(entry.id(), entry) != null) {
                problems.add(manifestFile, manifest.json().line(idPath), null, idPath,
                        "duplicate document id \"" + entry.id() + "\"");
                continue;
            }
            String seedPath = FieldPath.field(entry.path(), "seed");
            String seedFile = source.displayName(entry.seed());
            byte[] bytes;
            try {
                bytes = source.read(entry.seed());
            } catch (NoSuchFileException e) {
                problems.add(manifestFile, manifest.json().line(seedPath), null, seedPath,
                        "names " + seedFile + ", which is missing");
                continue;
            } catch (IOException e) {
                problems.add(manifestFile, manifest.json().line(seedPath), null, seedPath,
                        "names " + seedFile + ", which cannot be used: " + e.getMessage());
                continue;
            }
            String sha = Seeds.sha256(bytes);
            if (!sha.equals(entry.sha256())) {
                // Nothing more is said about bytes that are not the ones the manifest pins: a seed path naming
                // /proc/self/environ would otherwise print the environment (the title check quotes line 1).
                String path = FieldPath.field(entry.path(), "sha256");
                problems.add(manifestFile, manifest.json().line(path), null, path,
                        "is " + entry.sha256() + " but " + seedFile + " hashes to " + sha);
                continue;
            }
            Optional<String> text = Seeds.decode(seedFile, bytes, problems);
            if (text.isEmpty()) {
                continue;
            }
            Document document = new Document(entry.id(), text.get());
            if (document.length() != entry.length()) {
                String path = FieldPath.field(entry.path(), "length");
                problems.add(manifestFile, manifest.json().line(path), null, path,
                        "is " + entry.length() + " but the seed has " + document.length() + " code points");
            }
            String firstLine = text.get().lines().findFirst().orElse("").strip();
            if (!firstLine.equals(entry.title().strip())) {
                String path = FieldPath.field(entry.path(), "title");
                problems.add(manifestFile, manifest.json().line(path), null, path,
                        "is \"" + entry.title() + "\" but the seed's first line is \"" + firstLine + "\"");
            }
            documents.put(entry.id(), document);
        }
    }

    /**
     * Every registry alias occurs verbatim, case included, in some document (GUIDELINES.md H36): an alias is a
     * spelling the texts use (names no text uses go in {@code variants}, which are not checked). One pass over
     * the texts for all aliases ({@link PhraseSearch}).
     */
    private static void checkAliasesOccur(ClaimantsFile file, java.util.Collection<Document> documents,
                                          ProblemCollector problems) {
        Set<String> aliases = new java.util.HashSet<>();
        file.textAliases().values().forEach(aliases::addAll);
        Set<String> found = PhraseSearch.occurring(aliases, documents.stream().map(Document::text).toList());
        for (Claimant c : file.claimants()) {
            String aliasesPath = FieldPath.field(file.pathOf(c.id()), "aliases");
            List<String> textAliases = file.textAliases().get(c.id());
            for (int i = 0; i < textAliases.size(); i++) {
                String alias = textAliases.get(i);
                if (!alias.isEmpty() && !found.contains(alias)) {
                    String field = FieldPath.index(aliasesPath, i);
                    problems.add(file.json().file(), file.json().line(field), null, field, "\"" + alias
                            + "\" does not occur in any document; an alias is written exactly as a text has it, "
                            + "case included, and a name no text uses goes in \"variants\" (GUIDELINES.md H36; "
                            + "rule aliases-occur)");
                }
            }
        }
    }

    /** The manifest's documents, plus any gold file on disk the manifest does not list (to report it). */
    private static List<String> goldDocIds(DatasetSource source, Map<String, Manifest.Entry> entries,
                                           boolean haveManifest, ProblemCollector problems) {
        List<String> ids = new ArrayList<>(entries.keySet());
        try {
            for (String name : source.listJson("gold")) {
                String id = name.substring(0, name.length() - ".json".length());
                if (!entries.containsKey(id) && haveManifest) {
                    ids.add(id);
                }
            }
        } catch (IOException e) {
            problems.add(source.displayName("gold"), 0, null, null, "cannot be listed: " + e.getMessage());
        }
        return ids.stream().distinct().sorted().toList();
    }

    /**
     * Adds the schema's findings, except where the reader already reported the same field or one inside or
     * around it: one fault, one message.
     */
    private static void addSchemaProblems(SchemaCheck schema, LocatedJson json, List<Problem> alreadyFound,
                                          ProblemCollector problems) {
        // Sets, not a scan of alreadyFound per schema message: a file of 5,000 empty claims has tens of thousands
        // of both, and the pairwise scan took minutes. Now each message costs the depth of its path.
        Set<String> found = new HashSet<>();
        Set<String> foundOrAround = new HashSet<>(); // every found field and every path enclosing one
        for (Problem q : alreadyFound) {
            if (q.field() == null) {
                continue;
            }
            found.add(q.field());
            for (String path = q.field(); foundOrAround.add(path) && !path.isEmpty(); path = FieldPath.parent(path)) {
                // walk up until the root, or a path an earlier field already added with all its ancestors
            }
        }
        for (Problem p : schema.validate(json)) {
            String field = p.field() == null ? "" : p.field();
            boolean foundInside = !field.isEmpty() && foundOrAround.contains(field);
            if (!foundInside && !enclosedByAny(field, found)) {
                problems.add(p);
            }
        }
    }

    /** True when the path or one enclosing it is in the set. */
    private static boolean enclosedByAny(String path, Set<String> fields) {
        for (String p = path; ; p = FieldPath.parent(p)) {
            if (fields.contains(p)) {
                return true;
            }
            if (p.isEmpty()) {
                return false;
            }
        }
    }

    /** The document-dependent checks of one gold claim. */
    private record ClaimCheck(LocatedJson json, String path, Claim claim, ProblemCollector problems) {

        /**
         * Runs the checks; true when the content span matched the document.
         *
         * @param registry the dataset names claimants by registry id (else there is nothing to look up)
         */
        boolean check(Document document, Set<String> claimantIds, boolean registry) {
            if (registry) {
                checkClaimant(claimantIds);
            }
            if (document == null) {
                return false; // the seed is missing or unreadable, already reported
            }
            Span content = claim.content();
            boolean contentOk = checkSpan(document, content, path, "");
            if (claim.claimantMention() != null) {
                checkSpan(document, claim.claimantMention(), FieldPath.field(path, "claimantMention"), "");
            }
            if (claim.cue() != null) {
                checkSpan(document, claim.cue(), FieldPath.field(path, "cue"), "");
            }
            for (int i = 0; i < claim.quantities().size(); i++) {
                Quantity q = claim.quantities().get(i);
                String qPath = FieldPath.index(FieldPath.field(path, "quantities"), i);
                boolean ok = checkSpan(document, q.span(), qPath, "quantity ");
                if (ok && contentOk && !content.contains(q.span())) {
                    problem(qPath, "quantity [" + q.span().start() + "," + q.span().end()
                            + ") lies outside the content [" + content.start() + "," + content.end() + ")");
                }
                if (!QuantityText.matches(q.span().text(), q.value())) {
                    problem(FieldPath.field(qPath, "value"), "is " + plain(q.value()) + " but \"" + q.span().text()
                            + "\" stands for " + QuantityText.values(q.span().text()).stream().map(Validator::plain).toList());
                }
            }
            return contentOk;
        }

        private void checkClaimant(Set<String> claimantIds) {
            String claimant = claim.claimant();
            if (!Claimant.AUTHOR_ID.equals(claimant) && !claimantIds.contains(claimant)) {
                problem(FieldPath.field(path, "claimant"), "\"" + claimant + "\" is not in claimants.json (nor \"author\")");
            }
            boolean authorVoice = Claimant.AUTHOR_ID.equals(claimant);
            if (authorVoice != (claim.attribution() == Attribution.AUTHOR)) {
                problem(FieldPath.field(path, "attribution"), "is \"" + claim.attribution().json()
                        + "\" but the claimant is \"" + claimant + "\"; attribution \"author\" goes with claimant \"author\" and only with it");
            }
            for (int i = 0; i < claim.via().size(); i++) {
                String via = claim.via().get(i);
                if (!claimantIds.contains(via)) {
                    problem(FieldPath.index(FieldPath.field(path, "via"), i), "\"" + via + "\" is not in claimants.json");
                }
            }
        }

        /** True when the span is in range and its text matches, so containment can be judged. */
        private boolean checkSpan(Document document, Span span, String spanPath, String what) {
            if (span.start() > span.end()) {
                problem(FieldPath.field(spanPath, "end"), what + "end " + span.end() + " is before start " + span.start());
                return false;
            }
            if (span.end() > document.length()) {
                problem(FieldPath.field(spanPath, "end"), what + "end " + span.end() + " is past the end of the document ("
                        + document.length() + " code points)");
                return false;
            }
            String actual = document.slice(span.start(), span.end());
            if (!actual.equals(span.text())) {
                problem(FieldPath.field(spanPath, "text"), "is \"" + span.text() + "\" but the document has \"" + actual
                        + "\" at [" + span.start() + "," + span.end() + ")");
                return false;
            }
            return true;
        }

        private void problem(String field, String message) {
            problems.add(json.file(), json.line(field), claim.id(), field, message);
        }
    }

    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
