package org.hazardlog.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.version.VersionSummary;

/** {@code hazardlog versions}: the issued versions of the log. */
@Command(name = "versions", mixinStandardHelpOptions = true,
        description = "List the issued versions: number, when and by whom signed, hazards, summary.")
final class VersionsCommand implements Callable<Integer> {

    @ParentCommand
    private HazardLogCommand root;
    @Spec
    private CommandSpec spec;
    @Mixin
    private WhoIsWorking who;

    @Override
    public Integer call() {
        try (HazardLogService log = root.readLog(who)) {
            List<VersionSummary> versions = log.versions().list();
            PrintWriter out = spec.commandLine().getOut();
            if (versions.isEmpty()) {
                out.println("No issued versions in " + log.file() + " yet.");
            } else {
                ListCommand.PlainTable table = new ListCommand.PlainTable("Version", "Signed (UTC)", "Signed by",
                        "Meaning", "Hazards", "Summary");
                for (VersionSummary v : versions) {
                    table.add(String.valueOf(v.number()), v.signature().time().toString(),
                            v.signature().name() + " (" + v.signature().role().label() + ")", v.signature().meaning(),
                            String.valueOf(v.hazardCount()), v.summary().replace('\n', ' '));
                }
                table.print(out);
                out.println(versions.size() + (versions.size() == 1 ? " version" : " versions") + " in " + log.file() + ".");
            }
            out.flush();
            return HazardLogCommand.OK;
        }
    }
}
