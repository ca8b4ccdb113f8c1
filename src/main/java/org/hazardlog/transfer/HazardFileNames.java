package org.hazardlog.transfer;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The file-name convention of hazard logs kept as files: {@code Hazard-0027.md}, {@code hazard-4.md}. */
public final class HazardFileNames {

    private static final Pattern NUMBERED = Pattern.compile("(?i)hazard[-_ ]?0*(\\d{1,9})\\.(md|markdown|txt)");

    private HazardFileNames() {
    }

    /** The hazard number a file name carries, if it follows the convention. */
    public static Optional<Integer> numberOf(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        Matcher m = NUMBERED.matcher(name.toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1));
        return n >= 1 ? Optional.of(n) : Optional.empty();
    }

    /** The name HazardLog writes a hazard under: {@code Hazard-0027.md}. */
    public static String fileName(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("hazard number must be 1 or more, not " + number);
        }
        return String.format(Locale.ROOT, "Hazard-%04d.md", number);
    }
}
