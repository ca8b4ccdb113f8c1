package org.hazardlog.domain.version;

import org.hazardlog.domain.audit.ChainHead;

/** One line of the list of issued versions, without the snapshot itself. */
public record VersionSummary(int number, String summary, Signature signature, int hazardCount, ChainHead anchor,
                             String contentHash) {
}
