package org.hazardlog.transfer;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.hazardlog.domain.RiskScheme;
import org.hazardlog.scheme.RiskSchemeFile;
import org.hazardlog.transfer.markdown.MarkdownHazardReader;
import org.hazardlog.transfer.taxonomy.HazardTypeTaxonomy;

/** The project's own test files under src/test/resources/fixtures, and the readers the tests share. */
public final class Fixtures {

    public static final RiskScheme SCHEME = RiskSchemeFile.defaultScheme();
    public static final HazardTypeTaxonomy TAXONOMY = HazardTypeTaxonomy.builtIn();

    private Fixtures() {
    }

    public static Path fixture(String name) {
        URL url = Fixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static MarkdownHazardReader markdownReader() {
        return new MarkdownHazardReader(SCHEME, TAXONOMY);
    }

    /** A minimal Quill-form hazard with one section's body replaced, for tests of one value. */
    public static String quillWith(String heading, String body) {
        StringBuilder sb = new StringBuilder("# Hazard\n\n---\n\n## Hazard name\n\nA test hazard\n\n");
        if (!heading.equals("Hazard name")) {
            sb.append("---\n\n## ").append(heading).append("\n\n").append(body).append("\n");
        }
        return sb.toString();
    }
}
