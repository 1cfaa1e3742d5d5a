package org.claimeval.convert.brat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * A generated brat corpus of any size, for measuring import and scoring at the scale of real corpora: each
 * document is a run of sentences "Speaker 7 said that the level of item 12 rose by 31 percent in district 4.",
 * each one claim (content, source and cue joined by an event, a Type attribute), and a predictions file in which
 * most claims are found (some with a shifted start, some with another speaker), the rest missed, plus a few
 * spurious claims. The same seed gives the same files.
 */
public final class SyntheticCorpus {
    private static final String[] TYPES = {"ECONOMY", "ENVIRONMENT", "SAFETY", "PROCEDURE"};

    private SyntheticCorpus() {
    }

    /** Writes {@code brat/} (the corpus) and {@code predictions.jsonl} into {@code dir}. */
    public static void write(Path dir, int documents, int claimsPerDocument, long seed) throws IOException {
        Path brat = Files.createDirectories(dir.resolve("brat"));
        Files.writeString(brat.resolve("annotation.conf"), "[entities]\nContent\nSource\n\n[events]\n"
                + "Cue\tContent:Content, Source?:Source\n\n[attributes]\nType\tArg:Content, Value:"
                + String.join("|", TYPES) + "\n", StandardCharsets.UTF_8);
        Random random = new Random(seed);
        try (Writer predictions = Files.newBufferedWriter(dir.resolve("predictions.jsonl"), StandardCharsets.UTF_8)) {
            for (int d = 0; d < documents; d++) {
                String doc = String.format(Locale.ROOT, "doc-%05d", d);
                StringBuilder text = new StringBuilder("Report ").append(d).append('\n');
                StringBuilder ann = new StringBuilder();
                for (int c = 0; c < claimsPerDocument; c++) {
                    String speaker = "Speaker " + random.nextInt(50);
                    int sourceStart = text.length();
                    text.append(speaker).append(' ');
                    int cueStart = text.length();
                    text.append("said that ");
                    int contentStart = text.length();
                    text.append("the level of item ").append(random.nextInt(1000)).append(" rose by ")
                            .append(random.nextInt(100)).append(" percent in district ").append(random.nextInt(20));
                    int contentEnd = text.length();
                    text.append(c % 5 == 4 ? ".\n" : ". ");
                    int t = 3 * c;
                    ann.append('T').append(t + 1).append("\tContent ").append(contentStart).append(' ').append(contentEnd)
                            .append('\t').append(text, contentStart, contentEnd).append('\n');
                    ann.append('T').append(t + 2).append("\tSource ").append(sourceStart).append(' ')
                            .append(sourceStart + speaker.length()).append('\t').append(speaker).append('\n');
                    ann.append('T').append(t + 3).append("\tCue ").append(cueStart).append(' ').append(cueStart + 4)
                            .append("\tsaid\n");
                    ann.append('E').append(c + 1).append("\tCue:T").append(t + 3).append(" Content:T").append(t + 1)
                            .append(" Source:T").append(t + 2).append('\n');
                    String type = TYPES[random.nextInt(TYPES.length)];
                    ann.append('A').append(c + 1).append("\tType T").append(t + 1).append(' ').append(type).append('\n');
                    int roll = random.nextInt(10);
                    if (roll < 8) { // found; every fourth starts one word late, every fifth names another speaker
                        int start = roll % 4 == 0 ? contentStart + 4 : contentStart;
                        String claimant = roll % 5 == 0 ? "Speaker " + random.nextInt(50) : speaker;
                        predictions.write("{\"doc\":\"" + doc + "\",\"start\":" + start + ",\"end\":" + contentEnd
                                + ",\"claimant\":\"" + claimant + "\",\"type\":\"" + type + "\"}\n");
                    }
                    if (roll == 9) { // a spurious claim over the speaker and the cue
                        predictions.write("{\"doc\":\"" + doc + "\",\"start\":" + sourceStart + ",\"end\":"
                                + (cueStart + 4) + "}\n");
                    }
                }
                Files.writeString(brat.resolve(doc + ".txt"), text, StandardCharsets.UTF_8);
                Files.writeString(brat.resolve(doc + ".ann"), ann, StandardCharsets.UTF_8);
            }
        }
    }
}
