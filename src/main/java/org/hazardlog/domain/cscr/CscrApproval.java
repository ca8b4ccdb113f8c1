package org.hazardlog.domain.cscr;

import java.util.List;
import java.util.Objects;

import org.hazardlog.domain.version.Signature;

/**
 * The CSO's approval of one Clinical Safety Case Report: which issued version of the log it rests
 * on, the SHA-256 of the exact report content signed, the CSO's own summary safety statement and
 * sign-off wording, the gaps the CSO confirmed, and the password-checked signature. Approving a
 * report is a separate act from issuing the version it describes.
 */
public record CscrApproval(int number, int versionNumber, String contentHash, String statement, String signOff,
                           List<Gap> confirmedGaps, Signature signature) {

    public static final String MEANING = "approved the Clinical Safety Case Report";

    public CscrApproval {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(signOff, "signOff");
        Objects.requireNonNull(signature, "signature");
        confirmedGaps = List.copyOf(confirmedGaps);
    }
}
