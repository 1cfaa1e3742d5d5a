package org.claimeval.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The harness version, from the build (so reports always name the code that produced them). */
public final class ClaimevalVersion {
    private static final String VERSION = load();

    private ClaimevalVersion() {
    }

    /** Full version, e.g. {@code 1.0.0}. */
    public static String full() {
        return VERSION;
    }

    /** Major.minor, as used in signatures: scores are comparable across patch releases. */
    public static String majorMinor() {
        String[] parts = VERSION.split("\\.");
        return parts.length >= 2 ? parts[0] + "." + parts[1] : VERSION;
    }

    private static String load() {
        try (InputStream in = ClaimevalVersion.class.getResourceAsStream("/org/claimeval/claimeval.properties")) {
            if (in == null) {
                throw new IllegalStateException("claimeval.properties is missing from the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
