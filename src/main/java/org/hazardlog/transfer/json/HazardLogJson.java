package org.hazardlog.transfer.json;

/** The names of HazardLog's JSON export format, shared by its writer and reader. */
public final class HazardLogJson {

    public static final String FORMAT = "hazardlog";
    /** The version this HazardLog writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;
    /**
     * Says what a file is: {@link #DRAFT} for the log as it was (no one approved it), or "ISSUED" for
     * an issued version, which then carries its {@link #APPROVAL}. Import reads hazards the same
     * either way; the approval is for people and {@code verify-export}.
     */
    public static final String DOCUMENT_STATUS = "documentStatus";
    public static final String DRAFT = "DRAFT: the hazard log as it was when exported; not an issued version, no one has approved it";
    public static final String APPROVAL = "approval";

    private HazardLogJson() {
    }
}
