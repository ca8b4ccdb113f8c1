package org.hazardlog.domain.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.TestLink;

/**
 * The fingerprint of what a control claims and how it is tested: category, party, text and links
 * (not its status, owner or free-text evidence, which record progress). Kept with each result, so
 * a run counts only for the control as it was when the run was recorded: "the latest run at or
 * after the control's last change".
 */
public final class ControlBasis {

    private ControlBasis() {
    }

    public static String of(Control c) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        field(sha, "hazardlog-control-basis-v1");
        field(sha, c.category().name());
        field(sha, c.party().name());
        field(sha, c.text());
        for (TestLink t : c.tests()) {
            field(sha, t.pattern());
            field(sha, t.kind().name());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Length-prefixed, so that no two different controls encode alike. */
    private static void field(MessageDigest sha, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }
}
