package org.hazardlog.domain.audit;

/** The newest event of the audit trail: its sequence number and hash. An empty trail is event 0. */
public record ChainHead(long sequence, String hash) {

    /** The "previous hash" of the first event. */
    public static final String GENESIS_HASH = "0".repeat(64);

    public static final ChainHead EMPTY = new ChainHead(0, GENESIS_HASH);

    /** How the head is written down outside the log, for example in a safety case: {@code 41:ab12...}. */
    @Override
    public String toString() {
        return sequence + ":" + hash;
    }
}
