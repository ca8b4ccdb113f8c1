package org.hazardlog.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.hazardlog.app.CodeReviewService;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.ProjectSettings;

/**
 * {@code hazardlog settings}: shows, and with options changes, the code-check settings stored in the
 * log; {@code settings show} and {@code settings set KEY VALUE} cover the product facts the safety
 * case prints as well, so a scripted release can fill them.
 */
@Command(name = "settings", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show the project settings stored in the log; with options, change them first.",
        subcommands = {ProductFactsCommands.Show.class, ProductFactsCommands.Set.class})
final class SettingsCommand implements Callable<Integer> {

    @ParentCommand
    HazardLogCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private WhoIsWorking who;

    @Option(names = "--repository-root", paramLabel = "DIR",
            description = "The folder the code locations' paths start from (any folder; git optional). "
                    + "Stored relative to the log when the log is inside it.")
    private Path repositoryRoot;

    @Option(names = "--clear-repository-root", description = "Forget the repository root.")
    private boolean clearRepositoryRoot;

    @Option(names = "--clinical-glob", paramLabel = "GLOB",
            description = "A pattern of clinically relevant files, such as 'src/**/*.py'; repeat for more. "
                    + "Replaces the stored patterns.")
    private List<String> clinicalGlobs;

    @Option(names = "--clear-clinical-globs", description = "Forget the clinical file patterns.")
    private boolean clearClinicalGlobs;

    @Option(names = "--indentation-significant", paramLabel = "EXT",
            description = "An extension (such as 'tmpl') whose files' indentation the code check compares, besides "
                    + "the built-in Python, YAML, Makefile, Haskell, F#, Nim, CoffeeScript and Pug; repeat for more. "
                    + "Replaces the stored extensions.")
    private List<String> indentationExtensions;

    @Option(names = "--clear-indentation-significant", description = "Forget the project's own extensions.")
    private boolean clearIndentationExtensions;

    @Override
    public Integer call() {
        if (repositoryRoot != null && clearRepositoryRoot) {
            throw new ParameterException(spec.commandLine(), "Give --repository-root or --clear-repository-root, not both.");
        }
        if (clinicalGlobs != null && clearClinicalGlobs) {
            throw new ParameterException(spec.commandLine(), "Give --clinical-glob or --clear-clinical-globs, not both.");
        }
        if (indentationExtensions != null && clearIndentationExtensions) {
            throw new ParameterException(spec.commandLine(),
                    "Give --indentation-significant or --clear-indentation-significant, not both.");
        }
        boolean changes = repositoryRoot != null || clearRepositoryRoot || clinicalGlobs != null || clearClinicalGlobs
                || indentationExtensions != null || clearIndentationExtensions;
        try (HazardLogService log = changes ? parent.openLog(who) : parent.readLog(who)) {
            ProjectSettings settings = new CodeReviewService(log).settings();
            if (repositoryRoot != null) {
                settings.setRepositoryRoot(repositoryRoot);
            } else if (clearRepositoryRoot) {
                settings.clearRepositoryRoot();
            }
            if (clinicalGlobs != null) {
                settings.setClinicalGlobs(clinicalGlobs);
            } else if (clearClinicalGlobs) {
                settings.setClinicalGlobs(List.of());
            }
            if (indentationExtensions != null) {
                settings.setIndentationExtensions(indentationExtensions);
            } else if (clearIndentationExtensions) {
                settings.setIndentationExtensions(List.of());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Settings of " + log.file());
            out.println("Repository root: " + settings.repositoryRoot().map(Path::toString).orElse("not set"));
            List<String> globs = settings.clinicalGlobs();
            out.println("Clinical files:  " + (globs.isEmpty() ? "not set" : String.join("\n                 ", globs)));
            List<String> extensions = settings.indentationExtensions();
            out.println("Indentation also counts in: " + (extensions.isEmpty() ? "no extension besides the built-in ones"
                    : String.join(", ", extensions.stream().map(e -> "." + e).toList())));
            out.flush();
            return HazardLogCommand.OK;
        }
    }
}
