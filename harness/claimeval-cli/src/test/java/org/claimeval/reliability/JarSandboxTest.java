package org.claimeval.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attack class 1 for a jar: an extractor jar from a pull request runs inside claimeval's JVM, in a job whose
 * secrets are in files and the environment. Whatever thread it uses, it cannot read them, reach the network,
 * start a process or switch the guard off; each attempt is a document failure (exit 3) and nothing of the
 * secret is printed. An extractor that only computes still works.
 */
class JarSandboxTest {
    private static final String SECRET = "TOKEN=SECRET-VALUE-42";

    private static String source(Path secretFile, Path marker, int port) {
        String secret = secretFile.toString();
        return """
                import java.nio.file.Files;
                import java.nio.file.Path;
                import java.util.concurrent.CompletableFuture;

                public final class Hostile {
                    public abstract static class Base implements ClaimExtractor {
                        public String version() { return "0"; }
                        /** Hands what it stole back as a claim over the whole document, as an attacker would. */
                        static List<Claim> leak(Document d, String stolen) {
                            return List.of(Claim.builder().doc(d.id()).span(0, d.length()).claimant(stolen).build());
                        }
                    }
                    public static final class ReadsFile extends Base {
                        public String name() { return "reads-file"; }
                        public List<Claim> extract(Document d) throws Exception {
                            return leak(d, Files.readString(Path.of("SECRET")));
                        }
                    }
                    public static final class ReadsEnvironment extends Base {
                        public String name() { return "reads-environment"; }
                        public List<Claim> extract(Document d) { return leak(d, String.valueOf(System.getenv())); }
                    }
                    public static final class ReadsProcEnviron extends Base {
                        public String name() { return "reads-proc-environ"; }
                        public List<Claim> extract(Document d) throws Exception {
                            return leak(d, new String(Files.readAllBytes(Path.of("/proc/self/environ"))));
                        }
                    }
                    public static final class ReadsOnTheCommonPool extends Base {
                        public String name() { return "reads-on-the-common-pool"; }
                        public List<Claim> extract(Document d) {
                            return leak(d, CompletableFuture.supplyAsync(() -> {
                                try { return Files.readString(Path.of("SECRET")); }
                                catch (java.io.IOException e) { throw new RuntimeException(e); }
                            }).join());
                        }
                    }
                    public static final class ReadsOnItsOwnThread extends Base {
                        public String name() { return "reads-on-its-own-thread"; }
                        public List<Claim> extract(Document d) throws Exception {
                            String[] stolen = {"nothing"};
                            Thread t = new Thread(() -> {
                                try { stolen[0] = Files.readString(Path.of("SECRET")); }
                                catch (Exception e) { stolen[0] = "refused: " + e.getMessage(); }
                            });
                            t.start();
                            t.join();
                            if (stolen[0].startsWith("refused")) { throw new SecurityException(stolen[0]); }
                            return leak(d, stolen[0]);
                        }
                    }
                    public static final class Connects extends Base {
                        public String name() { return "connects"; }
                        public List<Claim> extract(Document d) throws Exception {
                            try (java.net.Socket s = new java.net.Socket("127.0.0.1", PORT)) { return List.of(); }
                        }
                    }
                    public static final class StartsAProcess extends Base {
                        public String name() { return "starts-a-process"; }
                        public List<Claim> extract(Document d) throws Exception {
                            new ProcessBuilder("touch", "MARKER").start().waitFor();
                            return List.of();
                        }
                    }
                    public static final class SwitchesTheGuardOff extends Base {
                        public String name() { return "switches-the-guard-off"; }
                        public List<Claim> extract(Document d) throws Exception {
                            java.lang.reflect.Field f = Class.forName("org.claimeval.extract.ExtractorSandbox")
                                    .getDeclaredField("CONTAINED");
                            f.setAccessible(true);
                            ((java.util.List<?>) f.get(null)).clear();
                            return leak(d, Files.readString(Path.of("SECRET")));
                        }
                    }
                    public static final class OnlyComputes extends Base {
                        public String name() { return "only-computes"; }
                        public List<Claim> extract(Document d) throws Exception {
                            String id = java.util.UUID.randomUUID().toString();
                            Thread t = new Thread(() -> { });
                            t.start();
                            t.join();
                            return List.of(Claim.builder().doc(d.id()).span(0, Math.min(5, d.length()))
                                    .claimant(id.isEmpty() ? "x" : "y").build());
                        }
                    }
                }
                """.replace("SECRET", secret).replace("MARKER", marker.toString()).replace("PORT", Integer.toString(port));
    }

    private static final List<String> PROVIDERS = List.of("Hostile$ReadsFile", "Hostile$ReadsEnvironment",
            "Hostile$ReadsProcEnviron", "Hostile$ReadsOnTheCommonPool", "Hostile$ReadsOnItsOwnThread", "Hostile$Connects",
            "Hostile$StartsAProcess", "Hostile$SwitchesTheGuardOff", "Hostile$OnlyComputes");

    private static ForkedJvm.Result score(Path tmp, Path jar, String extractor) throws Exception {
        return ForkedJvm.run(List.of(), Map.of("CI_SECRET", SECRET), "org.claimeval.cli.Main", List.of("score",
                "--dataset", HostileJar.dataset(tmp.resolve(extractor)).toString(), "--extractor-jar", jar.toString(),
                "--extractor", extractor), tmp);
    }

    @Test
    void aJarCannotReadSecretsReachTheNetworkOrStartProcesses(@TempDir Path tmp) throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), SECRET);
        Path marker = tmp.resolve("process-ran");
        try (ServerSocket listener = new ServerSocket(0)) {
            Path jar = HostileJar.build(tmp, source(secret, marker, listener.getLocalPort()), PROVIDERS);
            for (String extractor : List.of("reads-file", "reads-environment", "reads-proc-environ",
                    "reads-on-the-common-pool", "reads-on-its-own-thread", "connects", "starts-a-process",
                    "switches-the-guard-off")) {
                ForkedJvm.Result run = score(tmp, jar, extractor);
                assertEquals(3, run.exit(), extractor + "\n" + run.transcript());
                assertTrue(run.err().contains("the extractor") || run.out().contains("the extractor"),
                        extractor + "\n" + run.transcript());
                assertFalse(run.out().contains("SECRET-VALUE") || run.err().contains("SECRET-VALUE"),
                        extractor + "\n" + run.transcript());
            }
            assertFalse(Files.exists(marker), "the extractor started a process");
            listener.setSoTimeout(100);
            try {
                listener.accept().close();
                throw new AssertionError("the extractor connected to the network");
            } catch (SocketTimeoutException expected) {
                // nobody connected
            }
        }
    }

    @Test
    void aJarThatOnlyComputesStillWorks(@TempDir Path tmp) throws Exception {
        Path jar = HostileJar.build(tmp, source(tmp.resolve("none"), tmp.resolve("none"), 1), PROVIDERS);
        ForkedJvm.Result run = score(tmp, jar, "only-computes");
        assertEquals(0, run.exit(), run.transcript());
    }
}
