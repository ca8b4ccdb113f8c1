package org.hazardlog.transfer.json;

/** The names of HazardLog's JSON export format, shared by its writer and reader. */
public final class HazardLogJson {

    public static final String FORMAT = "hazardlog";
    /** The version this HazardLog writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    private HazardLogJson() {
    }
}
