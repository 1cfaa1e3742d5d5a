package org.claimeval.packaging;

import java.nio.file.Path;

/** What failsafe tells the integration tests about the build (see the claimeval-cli POM). */
final class IntegrationPaths {
    private IntegrationPaths() {
    }

    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run through mvn verify");
        }
        return value;
    }

    static Path repositoryRoot() {
        return Path.of(property("claimeval.repo")).toAbsolutePath().normalize();
    }

    static String version() {
        return property("claimeval.version");
    }

    /** The runnable jar (classifier all) of this build. */
    static Path runnableJar() {
        return Path.of(property("claimeval.runnableJar"));
    }

    /** A module's main jar, as this build left it in the module's target folder. */
    static Path moduleJar(String module, String classifier) {
        String suffix = classifier == null ? "" : "-" + classifier;
        return repositoryRoot().resolve("harness").resolve(module).resolve("target")
                .resolve(module + "-" + version() + suffix + ".jar");
    }
}
