package org.hazardlog.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;


/**
 * How an organisation scores risk: its likelihood and severity scales, its risk levels, and the
 * lookup table from a (likelihood, severity) cell to a risk level. DCB0129 leaves these to each
 * Clinical Risk Management Plan, so they are data; the risk level is a table lookup, never a
 * product of the two numbers.
 */
public final class RiskScheme {

    private final String name;
    private final String source;
    private final List<ScaleLevel> likelihoods;
    private final List<ScaleLevel> severities;
    private final List<RiskLevel> riskLevels;
    /** matrix[likelihood - 1][severity - 1] is a risk level number. */
    private final int[][] matrix;

    public RiskScheme(String name, String source, List<ScaleLevel> likelihoods, List<ScaleLevel> severities,
                      List<RiskLevel> riskLevels, int[][] matrix) {
        this.name = requireText("scheme name", name);
        this.source = source == null ? "" : source;
        this.likelihoods = numberedFromOne("likelihood", likelihoods, ScaleLevel::number);
        this.severities = numberedFromOne("severity", severities, ScaleLevel::number);
        this.riskLevels = numberedFromOne("risk level", riskLevels, RiskLevel::number);
        this.matrix = copyAndCheck(matrix);
    }

    private static String requireText(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("risk scheme has no " + what);
        }
        return value;
    }

    private interface Numbered<T> {
        int number(T t);
    }

    private static <T> List<T> numberedFromOne(String what, List<T> levels, Numbered<T> numbering) {
        if (levels == null || levels.isEmpty()) {
            throw new InvalidValueException("risk scheme has no " + what + " levels");
        }
        for (int i = 0; i < levels.size(); i++) {
            int n = numbering.number(levels.get(i));
            if (n != i + 1) {
                throw new InvalidValueException("risk scheme " + what + " levels must be numbered 1 to "
                        + levels.size() + " in order; position " + (i + 1) + " has number " + n);
            }
        }
        return List.copyOf(levels);
    }

    private int[][] copyAndCheck(int[][] cells) {
        Objects.requireNonNull(cells, "matrix");
        if (cells.length != likelihoods.size()) {
            throw new InvalidValueException("risk matrix has " + cells.length + " likelihood rows; the scheme has "
                    + likelihoods.size() + " likelihood levels");
        }
        int[][] copy = new int[cells.length][];
        for (int l = 0; l < cells.length; l++) {
            if (cells[l] == null || cells[l].length != severities.size()) {
                throw new InvalidValueException("risk matrix row for likelihood " + (l + 1) + " must have "
                        + severities.size() + " cells, one per severity level");
            }
            for (int s = 0; s < cells[l].length; s++) {
                int level = cells[l][s];
                if (level < 1 || level > riskLevels.size()) {
                    throw new InvalidValueException("risk matrix cell likelihood " + (l + 1) + ", severity " + (s + 1)
                            + " gives risk level " + level + ", which is not one of the scheme's "
                            + riskLevels.size() + " levels");
                }
            }
            copy[l] = cells[l].clone();
        }
        return copy;
    }

    public String name() {
        return name;
    }

    /** Where the scheme comes from, for the statement in every report. */
    public String source() {
        return source;
    }

    public List<ScaleLevel> likelihoods() {
        return likelihoods;
    }

    public List<ScaleLevel> severities() {
        return severities;
    }

    public List<RiskLevel> riskLevels() {
        return riskLevels;
    }

    public ScaleLevel likelihood(int number) {
        return level("likelihood", likelihoods, number);
    }

    public ScaleLevel severity(int number) {
        return level("severity", severities, number);
    }

    public RiskLevel riskLevel(int number) {
        if (number < 1 || number > riskLevels.size()) {
            throw new InvalidValueException("risk level " + number + " is not in the risk scheme \"" + name
                    + "\" (1-" + riskLevels.size() + ")");
        }
        return riskLevels.get(number - 1);
    }

    private ScaleLevel level(String what, List<ScaleLevel> scale, int number) {
        if (number < 1 || number > scale.size()) {
            throw new InvalidValueException(what + " " + number + " is not in the risk scheme \"" + name
                    + "\" (1-" + scale.size() + ")");
        }
        return scale.get(number - 1);
    }

    /** The risk level of one cell of the matrix. */
    public RiskLevel riskLevel(int likelihood, int severity) {
        likelihood(likelihood);
        severity(severity);
        return riskLevels.get(matrix[likelihood - 1][severity - 1] - 1);
    }

    /** The risk level of an assessment, or empty while it is not fully scored. */
    public Optional<RiskLevel> riskLevel(Assessment assessment) {
        if (!assessment.isScored()) {
            return Optional.empty();
        }
        return Optional.of(riskLevel(assessment.likelihood(), assessment.severity()));
    }

    /** Refuses an assessment whose likelihood or severity is not a level of this scheme. */
    public void check(Assessment assessment) {
        if (assessment.likelihood() != null) {
            likelihood(assessment.likelihood());
        }
        if (assessment.severity() != null) {
            severity(assessment.severity());
        }
    }

    /** A copy of the lookup table, likelihood rows by severity columns. */
    public int[][] matrix() {
        int[][] copy = new int[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RiskScheme other
                && name.equals(other.name)
                && source.equals(other.source)
                && likelihoods.equals(other.likelihoods)
                && severities.equals(other.severities)
                && riskLevels.equals(other.riskLevels)
                && Arrays.deepEquals(matrix, other.matrix);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, likelihoods, severities, riskLevels, Arrays.deepHashCode(matrix));
    }

    @Override
    public String toString() {
        return name;
    }
}
