package org.claimeval.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.claimeval.extract.ExtractorFailure;
import org.claimeval.model.BadInputException;
import org.claimeval.report.ClaimevalVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code claimeval}: with no arguments, scores every built-in extractor on the bundled dataset and prints a
 * leaderboard. Every command exits 0 on success, 1 when a gate fails, 2 on a usage error or bad input, 3 when
 * an extractor or claimeval itself fails; no exception ever leaves as another code or as a bare stack trace.
 */
@Command(name = "claimeval", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Score claim extractors on the gold claims of a dataset.",
        subcommands = {LeaderboardCommand.class, ScoreCommand.class, GateCommand.class, ExtractCommand.class,
                CrossvalCommand.class, ValidateCommand.class, ListCommand.class, StatsCommand.class,
                CompareCommand.class, AgreeCommand.class, ReportCommand.class, ClaimsCommand.class,
                RobustnessCommand.class, ImportCommand.class, ExportCommand.class, CorpusBenchmarkCommand.class, BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success, or the gate passed", "1:the gate failed", "2:usage error or bad input",
                "3:an extractor failed, or an internal error"})
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine leaderboard = spec.commandLine().getSubcommands().get("leaderboard");
        return leaderboard.execute();
    }

    public static void main(String[] args) {
        // UTF-8 whatever the locale: under LC_ALL=C the default would turn every non-ASCII character into '?'
        // in a report or predictions file redirected from standard output, silently.
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // A thread an extractor started that dies of an exception says so in one line, not a stack trace.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) ->
                err.println("claimeval: thread " + thread.getName() + " died: " + oneLine(e)));
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs a command line with the given streams and returns the exit code (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // What is printed may quote untrusted input: it reaches the terminal or CI log through TerminalSafeWriter.
        TerminalSafeWriter safeOut = new TerminalSafeWriter(out);
        TerminalSafeWriter safeErr = new TerminalSafeWriter(err);
        int code = runUnfiltered(args, new PrintWriter(safeOut), new PrintWriter(safeErr, true));
        try {
            safeOut.finish();
            safeErr.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // never: the writers underneath are PrintWriters, which do not throw
        }
        return code;
    }

    private static int runUnfiltered(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = newCommandLine();
        cl.setOut(out);
        cl.setErr(err);
        try {
            return cl.execute(args);
        } catch (Throwable e) {
            // An Error (out of memory, stack overflow, an extractor's AssertionError) escapes picocli: exit 3 with
            // one line, never a stack trace with exit 1, which gate reserves for "threshold missed".
            err.println("claimeval: fatal: " + oneLine(e));
            err.flush();
            return ExitCode.FAILURE;
        }
    }

    /** "java.lang.StackOverflowError" or "java.lang.OutOfMemoryError: Java heap space", on one line. */
    static String oneLine(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getName() + (message == null ? "" : ": " + oneLine(message));
    }

    /** A message on one line: a line break in it (perhaps quoted from an input) must not start a line of its own. */
    static String oneLine(String message) {
        return message.replace("\r", "\\r").replace("\n", "\\n");
    }

    static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionStrategy(CheckedBeforeWork::checkThenRun);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("claimeval: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            OutcomeFiles outcome = commandLine.getCommandSpec().userObject() instanceof OutcomeFiles o ? o : null;
            if (ex instanceof BadInputException bad) {
                bad.problems().forEach(p -> err.println("claimeval: " + p));
                if (outcome != null) {
                    outcome.writeError(String.join("; ", bad.problems().stream().map(Object::toString).toList()),
                            ExitCode.BAD_INPUT);
                }
                return ExitCode.BAD_INPUT;
            }
            if (ex instanceof ExtractorFailure failure) {
                err.println("claimeval: " + oneLine(failure.getMessage()));
                if (outcome != null) {
                    outcome.writeError(failure.getMessage(), ExitCode.FAILURE);
                }
                return ExitCode.FAILURE;
            }
            if (outcome != null) {
                outcome.writeError("internal error: " + ex, ExitCode.FAILURE);
            }
            // Anything else is a bug in claimeval or an extractor: say what it was, keep the trace for a report.
            err.println("claimeval: internal error: " + oneLine(ex.toString()));
            if (System.getenv("CLAIMEVAL_DEBUG") != null) {
                ex.printStackTrace(err);
            } else {
                err.println("claimeval: set CLAIMEVAL_DEBUG=1 to print the stack trace");
            }
            return ExitCode.FAILURE;
        });
        cl.setExitCodeExceptionMapper(ex -> ex instanceof CommandLine.ParameterException ? ExitCode.BAD_INPUT : ExitCode.FAILURE);
        return cl;
    }

    /** Prints the harness version from the build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"claimeval " + ClaimevalVersion.full()};
        }
    }
}
