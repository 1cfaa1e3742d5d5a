package org.claimeval.cli;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimeval.io.InputFile;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Every option of a command is checked before the command does any work (loads a dataset, starts an
 * extractor): a wrong value is exit 2 at once, not after minutes of extraction. {@link Main} runs
 * {@link #check} on the command and each of its mixins:
 * <ul>
 *   <li>a field marked {@link WrittenTo} must be a place {@link Output} can write;</li>
 *   <li>a field marked {@link ReadFrom} must be an existing regular file ({@link InputFile});</li>
 *   <li>an object implementing {@link Options} checks its own values (ranges, combinations).</li>
 * </ul>
 */
final class CheckedBeforeWork {
    private CheckedBeforeWork() {
    }

    /** A path option claimeval writes a file to. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface WrittenTo {
    }

    /** A path option naming a file claimeval reads. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface ReadFrom {
    }

    /** Options with values to check beyond their type. */
    interface Options {
        void check() throws BadInputException;
    }

    /** Checks the command that will run and its mixins; throws the first problem found. */
    static void check(CommandSpec command) throws BadInputException {
        List<Object> objects = new ArrayList<>();
        collect(command, objects);
        for (Object object : objects) {
            checkPaths(object);
            if (object instanceof Options options) {
                options.check();
            }
        }
    }

    /** The command's object and its mixins', nested mixins included (ExtractorOptions holds ExtractorChoice). */
    private static void collect(CommandSpec spec, List<Object> objects) {
        objects.add(spec.userObject());
        spec.mixins().values().forEach(m -> collect(m, objects));
    }

    private static void checkPaths(Object object) throws BadInputException {
        for (Class<?> c = object.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                boolean written = field.isAnnotationPresent(WrittenTo.class);
                boolean read = field.isAnnotationPresent(ReadFrom.class);
                if (!written && !read) {
                    continue;
                }
                Path path = value(field, object);
                if (path == null) {
                    continue;
                }
                String option = optionName(field);
                if (read) {
                    try {
                        InputFile.requireRegular(path);
                    } catch (NoSuchFileException e) {
                        throw new BadInputException(new Problem(path.toString(), 0, null, option, "no such file"));
                    } catch (IOException e) {
                        throw new BadInputException(new Problem(path.toString(), 0, null, option, e.getMessage()));
                    }
                }
                if (written) {
                    Output.check(path, option);
                }
            }
        }
    }

    private static Path value(Field field, Object object) {
        try {
            field.setAccessible(true);
            return (Path) field.get(object);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read option field " + field, e);
        }
    }

    private static String optionName(Field field) {
        Option option = field.getAnnotation(Option.class);
        if (option == null || option.names().length == 0) {
            return field.getName();
        }
        String longest = option.names()[0];
        for (String name : option.names()) {
            longest = name.length() > longest.length() ? name : longest;
        }
        return longest;
    }

    /** Picocli's strategy, with the checks first (help and version requests are answered unchecked). */
    static int checkThenRun(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult last = parsed;
        boolean help = parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested();
        while (last.hasSubcommand()) {
            last = last.subcommand();
            help |= last.isUsageHelpRequested() || last.isVersionHelpRequested();
        }
        if (!help) {
            try {
                check(last.commandSpec());
            } catch (BadInputException e) {
                throw new CommandLine.ExecutionException(last.commandSpec().commandLine(), e.getMessage(), e);
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }
}
