package org.claimeval.extract;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The environment an extractor process starts with. A CI job keeps its secrets in environment variables
 * (tokens, keys), and an extractor script is what a pull request brings: it must not be able to read them and
 * hand them back as claim text, which every report would print. So the process gets only variables that say
 * where things are and how to run ({@link #KEPT}, and every {@code LC_*}), plus the variables the job names in
 * {@value #PASS}: for example {@code CLAIMEVAL_PASS_ENV=OPENAI_API_KEY} for an extractor that calls a model
 * service, a decision the job's owner makes, not the pull request.
 */
public final class ExtractorEnvironment {
    /** Names of further variables to pass to extractor processes, separated by commas or spaces. */
    public static final String PASS = "CLAIMEVAL_PASS_ENV";

    /** Variables every extractor process gets when claimeval has them: locations, locale, interpreters. */
    public static final Set<String> KEPT = Set.of(
            "PATH", "HOME", "USER", "LOGNAME", "SHELL", "PWD", "TERM", "TZ", "LANG", "LANGUAGE",
            "TMPDIR", "TEMP", "TMP", "JAVA_HOME", "LD_LIBRARY_PATH",
            "PYTHONPATH", "PYTHONHOME", "PYTHONIOENCODING", "PYTHONUTF8", "PYTHONDONTWRITEBYTECODE",
            "VIRTUAL_ENV", "CONDA_PREFIX", "CONDA_DEFAULT_ENV", "NODE_PATH", "SYSTEMROOT");

    private ExtractorEnvironment() {
    }

    /** Removes from {@code environment} (a {@link ProcessBuilder#environment()}) every variable not kept or passed. */
    public static void restrict(Map<String, String> environment) {
        Set<String> keep = new HashSet<>(KEPT);
        String passed = environment.get(PASS);
        if (passed != null) {
            keep.addAll(Arrays.asList(passed.strip().split("[,\\s]+")));
        }
        environment.keySet().removeIf(name -> !keep.contains(name) && !name.startsWith("LC_"));
    }
}
