package org.hazardlog.ui.code;

/** One line of a file as the snippet shows it: its number, its text, and whether it is in the location's range. */
public record SnippetLine(int number, String text, boolean inRange) {
}
