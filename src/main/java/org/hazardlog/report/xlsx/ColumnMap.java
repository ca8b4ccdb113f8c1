package org.hazardlog.report.xlsx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hazardlog.domain.InvalidValueException;

/**
 * A user's choice of field for workbook columns whose headers HazardLog does not know (or reads
 * otherwise): {@code "Possible causes=causes"}, {@code "Reviewer notes=ignore"}. Headers match as
 * known headers do, ignoring case, spaces and punctuation; a field is named as in HazardLog's own
 * workbook ("Causes", "Action summary") or by any header name HazardLog knows for it.
 */
public final class ColumnMap {

    /** The field word that leaves a column out on purpose, without a warning. */
    public static final String IGNORE = "ignore";

    private record Choice(String header, Optional<HazardColumn> field) {
    }

    private final Map<String, Choice> byKey;

    private ColumnMap(Map<String, Choice> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    public static ColumnMap none() {
        return new ColumnMap(Map.of());
    }

    /** Reads {@code HEADER=FIELD} pairs, refusing the first that does not name a field, and saying which fields there are. */
    public static ColumnMap parse(List<String> pairs) {
        ColumnMap map = none();
        for (String pair : pairs) {
            int at = pair.lastIndexOf('=');
            if (at <= 0 || pair.substring(0, at).isBlank() || pair.substring(at + 1).isBlank()) {
                throw new InvalidValueException("--map \"" + pair + "\" is not HEADER=FIELD (for example \"Possible causes=causes\")");
            }
            map = map.with(pair.substring(0, at).strip(), pair.substring(at + 1).strip());
        }
        return map;
    }

    /** This map with {@code header} read as {@code field} (or left out, for {@value #IGNORE}). */
    public ColumnMap with(String header, String field) {
        Optional<HazardColumn> target;
        if (field.strip().equalsIgnoreCase(IGNORE)) {
            target = Optional.empty();
        } else {
            HazardColumn c = HazardColumn.byHeader(field).orElseThrow(() -> new InvalidValueException("--map \"" + header
                    + "=" + field + "\": \"" + field + "\" is not a field HazardLog imports; use one of: "
                    + String.join(", ", fields()) + ", or " + IGNORE));
            if (c.isComputed()) {
                throw new InvalidValueException("--map \"" + header + "=" + field + "\": risk levels are looked up in the risk"
                        + " scheme from likelihood and severity, never read; map the column to " + IGNORE + " instead");
            }
            target = Optional.of(c);
        }
        Map<String, Choice> next = new LinkedHashMap<>(byKey);
        next.put(HazardColumn.key(header), new Choice(header, target));
        return new ColumnMap(next);
    }

    /** The field names a column may be mapped to, in the order of HazardLog's workbook. */
    public static List<String> fields() {
        return Arrays.stream(HazardColumn.values()).filter(c -> !c.isComputed()).map(HazardColumn::header).toList();
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    /** The headers given, as written. */
    public List<String> headers() {
        return byKey.values().stream().map(Choice::header).toList();
    }

    /** Whether {@code header} is mapped; if so, to which column (empty: ignored). */
    Optional<Optional<HazardColumn>> target(String header) {
        Choice c = byKey.get(HazardColumn.key(header));
        return c == null ? Optional.empty() : Optional.of(c.field());
    }

    /** The field a mapped header is read as, by its name, or {@value #IGNORE}; empty when not mapped. */
    public Optional<String> fieldOf(String header) {
        return target(header).map(t -> t.map(HazardColumn::header).orElse(IGNORE));
    }

    /** As remembered in user settings: one {@code HEADER=FIELD} per line. */
    public String toSetting() {
        List<String> lines = new ArrayList<>();
        byKey.values().forEach(c -> lines.add(c.header().replace('\n', ' ') + "=" + c.field().map(HazardColumn::header).orElse(IGNORE)));
        return String.join("\n", lines);
    }

    /** A remembered map; an entry that no longer names a field is dropped rather than refusing the import. */
    public static ColumnMap fromSetting(String setting) {
        ColumnMap map = none();
        for (String line : setting.split("\n")) {
            try {
                map = map.merged(parse(List.of(line)));
            } catch (InvalidValueException e) {
                // a field renamed by a later version: the user maps the column again
            }
        }
        return map;
    }

    /** This map with {@code other}'s choices added; {@code other} wins for a header both map. */
    public ColumnMap merged(ColumnMap other) {
        Map<String, Choice> next = new LinkedHashMap<>(byKey);
        next.putAll(other.byKey);
        return new ColumnMap(next);
    }

    /** Whether two headers are the same header to HazardLog: "Possible causes" and "possible-causes" are. */
    public static boolean sameHeader(String a, String b) {
        return HazardColumn.key(a).equals(HazardColumn.key(b));
    }

    /** Which remembered map belongs to a header row: its headers, normalised, in order. */
    public static String layoutKey(List<String> headers) {
        return String.join("|", headers.stream().map(HazardColumn::key).filter(k -> !k.isEmpty()).toList())
                .toLowerCase(Locale.ROOT);
    }
}
