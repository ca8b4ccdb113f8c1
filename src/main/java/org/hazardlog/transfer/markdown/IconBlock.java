package org.hazardlog.transfer.markdown;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a DCSP icon block shows: image names such as {@code likelihood-2.png} and {@code risk-3.png}. */
record IconBlock(Optional<Integer> likelihood, Optional<Integer> severity, Optional<Integer> risk) {

    private static final Pattern ICON = Pattern.compile("(likelihood|severity|risk)-(\\d{1,2})\\.png");

    static IconBlock of(List<String> lines) {
        Integer l = null;
        Integer s = null;
        Integer r = null;
        for (String line : lines) {
            Matcher m = ICON.matcher(line);
            while (m.find()) {
                int n = Integer.parseInt(m.group(2));
                switch (m.group(1)) {
                    case "likelihood" -> l = n;
                    case "severity" -> s = n;
                    default -> r = n;
                }
            }
        }
        return new IconBlock(Optional.ofNullable(l), Optional.ofNullable(s), Optional.ofNullable(r));
    }
}
