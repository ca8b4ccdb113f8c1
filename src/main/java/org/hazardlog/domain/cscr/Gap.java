package org.hazardlog.domain.cscr;

/**
 * Something a safety case cannot state, or a state of the log a reader must not miss: a fact not
 * provided, hazards at an unacceptable or unknown residual risk, an exception. The CSO confirms
 * each one by its {@code key} before approving a safety case that has it.
 */
public record Gap(String key, String description) {
}
