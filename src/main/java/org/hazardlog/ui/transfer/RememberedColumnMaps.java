package org.hazardlog.ui.transfer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.hazardlog.app.UserSettings;
import org.hazardlog.report.xlsx.ColumnMap;

/**
 * The column choices a user made in the import preview, remembered in the user settings per
 * workbook layout (the header row's normalised text), so that next month's copy of the same
 * workbook is read the same way without asking again.
 */
final class RememberedColumnMaps {

    private static final String PREFIX = "import.columns.";

    private RememberedColumnMaps() {
    }

    static ColumnMap forLayout(String layout) {
        return UserSettings.load().get(key(layout)).map(ColumnMap::fromSetting).orElse(ColumnMap.none());
    }

    /** Remembers that {@code header} of workbooks laid out as {@code layout} is read as {@code field} (or ignored). */
    static void remember(String layout, String header, String field) {
        ColumnMap map = forLayout(layout).with(header, field);
        UserSettings.load().put(key(layout), map.toSetting());
    }

    /** A short, stable key: a header row can be long and hold characters a settings key should not. */
    static String key(String layout) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(layout.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
