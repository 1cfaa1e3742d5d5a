package org.claimeval.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.dataset.Validator;
import org.claimeval.model.Dataset;
import org.claimeval.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a dataset: seed hashes, every span against its text, registry ids and aliases, enums, schemas, "
                + "and the guideline rules of GUIDELINES.md section 12 (claims may name deliberate breaks in 'exceptions').",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:valid", "2:problems found (each printed with file, claim id and field)"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatasetOption dataset;

    @Override
    public Integer call() throws Exception {
        List<Problem> problems = dataset.dir == null ? Validator.validateBundled() : Validator.validate(dataset.dir);
        var err = spec.commandLine().getErr();
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println(p));
            err.println("claimeval: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " found");
            return ExitCode.BAD_INPUT;
        }
        Dataset data = dataset.dir == null ? DatasetLoader.bundled() : DatasetLoader.load(dataset.dir);
        int claims = data.documents().stream().mapToInt(d -> data.gold(d.id()).size()).sum();
        spec.commandLine().getOut().printf("valid: %s, %d documents, %d claims, %d claimants%n", data.signature(),
                data.documents().size(), claims, data.claimants().all().size());
        return ExitCode.OK;
    }
}
