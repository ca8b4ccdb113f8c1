package org.hazardlog.report.cscr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;

import org.hazardlog.report.ReportException;

/**
 * The editable wording of the safety case: Markdown snippets in {@code templates/cscr/}, one per
 * section plus the executive summary and the sign-off statement. The built-in set is on the class
 * path; an organisation may point at its own folder. Every file is checked when loaded, so an
 * unknown placeholder stops the export before anything is written.
 */
public final class CscrTemplates {

    public static final String BUILT_IN = "/templates/cscr/";
    public static final String EXECUTIVE_SUMMARY = "executive-summary.md";
    public static final String SIGN_OFF = "sign-off.md";
    private static final String BUILT_IN_ORIGIN = "the built-in templates";

    private final Map<String, String> texts;
    private final String origin;

    private CscrTemplates(Map<String, String> texts, String origin) {
        this.texts = texts;
        this.origin = origin;
    }

    /** Every template file a folder must hold. */
    public static List<String> fileNames() {
        List<String> names = new ArrayList<>();
        names.add(EXECUTIVE_SUMMARY);
        for (CscrSection s : CscrSection.values()) {
            names.add(s.template());
        }
        names.add(SIGN_OFF);
        return names;
    }

    public static CscrTemplates builtIn() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : fileNames()) {
            try (InputStream in = CscrTemplates.class.getResourceAsStream(BUILT_IN + name)) {
                if (in == null) {
                    throw new IllegalStateException("the built-in template " + BUILT_IN + name + " is missing from the application");
                }
                texts.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the built-in template " + name, e);
            }
        }
        return checked(texts, BUILT_IN_ORIGIN, "");
    }

    /** The templates of a folder, or the built-in ones when none is given. */
    public static CscrTemplates load(Optional<Path> folder) {
        return folder.map(CscrTemplates::folder).orElseGet(CscrTemplates::builtIn);
    }

    public static CscrTemplates folder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ReportException("The template folder " + folder + " does not exist.");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String name : fileNames()) {
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file)) {
                missing.add(name);
                continue;
            }
            try {
                texts.put(name, Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ReportException("Cannot read the template " + file + ": " + e.getMessage(), e);
            }
        }
        if (!missing.isEmpty()) {
            throw new ReportException("The template folder " + folder + " lacks " + String.join(", ", missing)
                    + ". Copy the missing files from the built-in templates (templates/cscr/).");
        }
        return checked(texts, folder.toString(), folder + java.io.File.separator);
    }

    private static CscrTemplates checked(Map<String, String> texts, String origin, String prefix) {
        List<String> unknown = new ArrayList<>();
        texts.forEach((name, text) -> {
            String[] lines = text.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = Placeholders.PLACEHOLDER.matcher(lines[i]);
                while (m.find()) {
                    if (!Placeholders.NAMES.contains(m.group(1))) {
                        unknown.add(prefix + name + " line " + (i + 1) + ": unknown placeholder " + m.group());
                    }
                }
            }
        });
        if (!unknown.isEmpty()) {
            throw new ReportException(String.join("\n", unknown) + "\nKnown placeholders: "
                    + String.join(", ", new TreeSet<>(Placeholders.NAMES).stream().map(n -> "{{" + n + "}}").toList()) + ".");
        }
        return new CscrTemplates(Map.copyOf(texts), origin);
    }

    public String text(String name) {
        String t = texts.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no template " + name);
        }
        return t;
    }

    public String text(CscrSection section) {
        return text(section.template());
    }

    /** The templates shipped with HazardLog, which say only what the log supports. */
    public boolean isBuiltIn() {
        return origin.equals(BUILT_IN_ORIGIN);
    }

    /** Where the templates came from, for the configuration section. */
    public String origin() {
        return origin;
    }
}
