package org.claimeval.convert.brat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimeval.io.ConfinedFiles;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Problem;

/**
 * The parts of brat's {@code annotation.conf} an import uses: the entity labels and the attributes with their
 * values ({@code Type Arg:Content, Value:CASUALTIES|TERRITORY}). Attribute names are lower-cased.
 *
 * @param entities   the labels of the {@code [entities]} section and the event types (their triggers' labels)
 * @param attributes attribute name to its values in the file's order (empty for a binary attribute)
 */
public record BratConf(Set<String> entities, Map<String, List<String>> attributes) {
    public static final BratConf NONE = new BratConf(Set.of(), Map.of());

    static BratConf read(ConfinedFiles folder, Path file) throws BadInputException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return NONE; // a link, a device or a pipe by that name is read, and refused, below
        }
        List<String> lines;
        try {
            lines = new String(folder.read(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new BadInputException(new Problem(file.toString(), 0, null, null, "cannot be read: " + e.getMessage()));
        }
        Set<String> entities = new LinkedHashSet<>();
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        String section = "";
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line;
                continue;
            }
            String first = line.split("[\\s]+", 2)[0].replace("!", "");
            if (section.equals("[entities]") || section.equals("[events]")) {
                entities.add(first);
            } else if (section.equals("[attributes]")) {
                int value = line.indexOf("Value:");
                List<String> values = value < 0 ? List.of()
                        : Arrays.stream(line.substring(value + "Value:".length()).split("[|,]"))
                        .map(String::strip).filter(v -> !v.isEmpty()).toList();
                attributes.put(first.toLowerCase(Locale.ROOT), values);
            }
        }
        return new BratConf(Set.copyOf(entities), Map.copyOf(attributes));
    }
}
