package org.hazardlog.report.document;

/** Starts a new page in portrait or landscape, for wide tables such as the full hazard log. */
public record PageLayout(boolean landscape) implements Block {
}
