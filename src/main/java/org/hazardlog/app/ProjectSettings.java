package org.hazardlog.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hazardlog.code.Glob;
import org.hazardlog.code.IndentationRules;
import org.hazardlog.code.SourceTree;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.access.AccessPolicy;
import org.hazardlog.domain.access.Permission;
import org.hazardlog.domain.audit.AuditAction;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.store.LogInfoRepository;

/**
 * Settings that belong to the project, not to a user, so they are stored in the log itself and
 * travel with it: the repository root its code locations point into, and the patterns of the
 * clinically relevant files.
 *
 * <p>A repository root that contains the log file is stored relative to the log's folder (such as
 * {@code ..}), so the setting holds in every checkout of the repository: a colleague's, and CI's.
 */
public final class ProjectSettings {

    static final String REPOSITORY_ROOT = "code.repository_root";
    static final String CLINICAL_GLOBS = "code.clinical_globs";
    static final String INDENTATION_EXTENSIONS = "code.indentation_extensions";

    private final HazardLogService log;
    private final LogInfoRepository info = new LogInfoRepository();

    ProjectSettings(HazardLogService log) {
        this.log = log;
    }

    public Optional<Path> repositoryRoot() {
        return log.read(h -> info.get(h, REPOSITORY_ROOT))
                .map(stored -> logFolder().resolve(stored).normalize());
    }

    /** Sets the repository root; refuses a folder that does not exist or is not a folder. */
    public void setRepositoryRoot(Path folder) {
        Path root = SourceTree.open(folder).root();
        Path logFolder = logFolder();
        String stored = logFolder.startsWith(root) ? relative(logFolder, root) : root.toString();
        change(REPOSITORY_ROOT, "repository root", stored);
    }

    private static String relative(Path from, Path to) {
        String rel = from.relativize(to).toString();
        return rel.isEmpty() ? "." : rel;
    }

    public void clearRepositoryRoot() {
        change(REPOSITORY_ROOT, "repository root", null);
    }

    /** The patterns of clinically relevant files, such as {@code src/**}{@code /*.py}. */
    public List<String> clinicalGlobs() {
        return log.read(h -> info.get(h, CLINICAL_GLOBS))
                .map(v -> Arrays.stream(v.split("\n")).filter(s -> !s.isBlank()).toList())
                .orElse(List.of());
    }

    /** Replaces the clinical patterns; refuses the lot if one is not a valid pattern. */
    public void setClinicalGlobs(List<String> globs) {
        List<String> kept = globs.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        for (String g : kept) {
            if (g.contains("\n")) {
                throw new InvalidValueException("A file pattern cannot span lines: \"" + g + "\"");
            }
            Glob.of(g);
        }
        change(CLINICAL_GLOBS, "clinical file patterns", kept.isEmpty() ? null : String.join("\n", kept));
    }

    /**
     * Extensions this project adds to the built-in ones whose indentation the code check compares
     * ({@link IndentationRules}), such as a template language of its own.
     */
    public List<String> indentationExtensions() {
        return log.read(h -> info.get(h, INDENTATION_EXTENSIONS))
                .map(v -> Arrays.stream(v.split("\n")).filter(s -> !s.isBlank()).toList())
                .orElse(List.of());
    }

    /** Replaces the project's extra extensions; refuses the lot if one is not an extension. */
    public void setIndentationExtensions(List<String> extensions) {
        List<String> kept = extensions.stream().filter(s -> !s.isBlank()).map(IndentationRules::extension)
                .distinct().sorted().toList();
        change(INDENTATION_EXTENSIONS, "indentation-significant extensions", kept.isEmpty() ? null : String.join("\n", kept));
    }

    /** Which files' indentation the code check compares: the built-in languages and this project's. */
    public IndentationRules indentationRules() {
        return IndentationRules.withExtra(indentationExtensions());
    }

    /** Settings shape what the code check reports, so they are the CSO's, and audited. */
    private void change(String key, String field, String value) {
        log.write(w -> {
            AccessPolicy.require(w.actor(), Permission.CHANGE_SETTINGS);
            String old = info.get(w.handle(), key).orElse(null);
            if (value == null) {
                info.remove(w.handle(), key);
            } else {
                info.put(w.handle(), key, value);
            }
            if (!Objects.equals(old, value)) {
                w.audit().record(w.actor(), AuditAction.SETTINGS, AuditEvent.LOG, "settings", field, old, value, null);
            }
            return null;
        });
    }

    private Path logFolder() {
        return log.file().file().getParent();
    }
}
