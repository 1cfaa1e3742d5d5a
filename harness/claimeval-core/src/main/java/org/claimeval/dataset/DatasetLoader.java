package org.claimeval.dataset;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Dataset;

/**
 * Loads a dataset (manifest.json, claimants.json, gold/&lt;doc&gt;.json and the seeds the manifest points to)
 * from a folder or from the copy bundled in the jar. Loading always validates in full ({@link Validator}):
 * a dataset with any problem is never returned, and the exception lists every problem.
 */
public final class DatasetLoader {

    private DatasetLoader() {
    }

    /** Loads and validates the dataset in {@code dir}. */
    public static Dataset load(Path dir) throws BadInputException {
        return load(DatasetSource.directory(dir));
    }

    /**
     * Loads and validates the dataset bundled on the classpath ({@code bundled/dataset/}, {@code bundled/seeds/}).
     * The bundle cannot change inside a JVM, so it is validated once and the (immutable) result shared. Every
     * check runs except the JSON Schemas: the bundle is schema-checked by {@code claimeval validate} in the
     * build's tests and in CI, and starting the schema validator costs most of a second on every run.
     */
    public static Dataset bundled() throws BadInputException {
        Dataset cached = bundled;
        if (cached == null) {
            synchronized (DatasetLoader.class) {
                if (bundled == null) {
                    bundled = load(DatasetSource.bundled(), false);
                }
                cached = bundled;
            }
        }
        return cached;
    }

    private static volatile Dataset bundled;

    public static Dataset load(DatasetSource source) throws BadInputException {
        return load(source, true);
    }

    private static Dataset load(DatasetSource source, boolean withSchemas) throws BadInputException {
        Validator.Result result = Validator.check(source, withSchemas);
        if (!result.problems().isEmpty()) {
            throw new BadInputException(result.problems());
        }
        Manifest manifest = result.manifest().orElseThrow();
        return new Dataset(manifest.name(), manifest.version(), result.documents(),
                result.claimants().map(ClaimantsFile::registry).orElse(org.claimeval.model.ClaimantRegistry.empty()), result.gold(), goldHash(result.goldBytes()),
                manifest.annotates());
    }

    /**
     * The gold hash: lower-case hex SHA-256 over, for each gold file in ascending order of document id
     * ({@link String#compareTo}), the UTF-8 bytes of {@code <doc-id>}, a newline (0x0A), the decimal byte
     * length of the file, a newline, then the file's exact bytes. The framing makes the hash change when a
     * file is renamed or bytes move between files; a re-indented file changes it too, on purpose: it is the
     * identity of exactly what was scored against.
     */
    public static String goldHash(Map<String, byte[]> goldBytesByDoc) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            goldBytesByDoc.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                digest.update((e.getKey() + "\n" + e.getValue().length + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(e.getValue());
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
