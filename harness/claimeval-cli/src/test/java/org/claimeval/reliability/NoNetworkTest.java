package org.claimeval.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attack class 1, no network: the main commands run in a child JVM under {@link NoNetworkGuard}, which sees
 * every socket, connection and DNS lookup the JDK would make, on a dataset whose gold file points
 * {@code $schema} and {@code $ref} at a URL. None may be attempted.
 */
class NoNetworkTest {

    @Test
    void theGuardSeesAConnectionAttempt(@TempDir Path tmp) throws Exception {
        ForkedJvm.Result result = ForkedJvm.run(List.of("-Djava.security.manager=" + NoNetworkGuard.class.getName()),
                NetworkProbe.class.getName(), List.of("--self-test"), tmp);
        assertTrue(result.err().contains(NoNetworkGuard.MARK + "127.0.0.1:9 connect"), result.transcript());
    }

    @Test
    void noCommandOpensASocket(@TempDir Path tmp) throws Exception {
        Path dataset = HostileJar.dataset(tmp);
        Path hostile = HostileJar.dataset(tmp.resolve("hostile"));
        Path gold = hostile.resolve("gold/e01.json");
        Files.writeString(gold, Files.readString(gold).replaceFirst("\\{", "{\"\\$schema\": \"http://127.0.0.1:9/s.json\", "
                + "\"\\$ref\": \"https://example.invalid/gold.json\", \"\\$id\": \"http://127.0.0.1:9/\","));
        Path predictions = tmp.resolve("p.jsonl");
        Files.writeString(predictions, "{\"doc\": \"e01\", \"start\": 0, \"end\": 5, \"$ref\": \"http://127.0.0.1:9/\"}\n");
        List<String> args = new ArrayList<>();
        for (List<String> command : List.of(
                List.of("validate", "--dataset", hostile.toString()),
                List.of("validate", "--dataset", dataset.toString()),
                List.of("score", "--dataset", dataset.toString(), "--extractor", "quote"),
                List.of("score", "--dataset", dataset.toString(), "--predictions", predictions.toString(), "--lenient"),
                List.of("leaderboard", "--dataset", dataset.toString()),
                List.of("stats", "--dataset", dataset.toString()),
                List.of("list"))) {
            args.addAll(command);
            args.add(";");
        }
        args.remove(args.size() - 1);
        ForkedJvm.Result result = ForkedJvm.run(List.of("-Djava.security.manager=" + NoNetworkGuard.class.getName()),
                NetworkProbe.class.getName(), args, tmp);
        assertFalse(result.err().contains(NoNetworkGuard.MARK), result.transcript());
        assertEquals(0, result.exit(), result.transcript());
        assertTrue(result.out().contains("exit 2: validate --dataset " + hostile), result.transcript());
        assertEquals(7, result.out().lines().filter(l -> l.startsWith("exit 0:") || l.startsWith("exit 2: validate")).count(),
                result.transcript());
    }
}
