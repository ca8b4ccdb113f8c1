package org.hazardlog.transfer.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The hazard types HazardLog knows, read from {@code templates/hazard-types.json}. Users also write
 * their own types; the taxonomy only tells which ones are unknown, so that they can be reported.
 */
public final class HazardTypeTaxonomy {

    public static final String BUILT_IN_RESOURCE = "/templates/hazard-types.json";

    private final Map<String, HazardType> byName;

    private HazardTypeTaxonomy(List<HazardType> types) {
        Map<String, HazardType> map = new LinkedHashMap<>();
        for (HazardType t : types) {
            map.put(t.name(), t);
        }
        this.byName = map;
    }

    public static HazardTypeTaxonomy of(List<HazardType> types) {
        return new HazardTypeTaxonomy(types);
    }

    /** The taxonomy shipped inside the application. */
    public static HazardTypeTaxonomy builtIn() {
        return Holder.BUILT_IN;
    }

    private static final class Holder {
        static final HazardTypeTaxonomy BUILT_IN = load();

        private static HazardTypeTaxonomy load() {
            try (InputStream in = HazardTypeTaxonomy.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the hazard-type taxonomy " + BUILT_IN_RESOURCE
                            + " is missing from the application");
                }
                return fromTree(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static HazardTypeTaxonomy fromTree(JsonNode root) {
        List<HazardType> types = new ArrayList<>();
        for (JsonNode group : root.path("groups")) {
            String groupName = group.path("name").asText();
            for (JsonNode t : group.path("types")) {
                types.add(new HazardType(t.path("name").asText(), groupName, t.path("description").asText()));
            }
        }
        if (types.isEmpty()) {
            throw new IllegalStateException("the hazard-type taxonomy lists no types");
        }
        return new HazardTypeTaxonomy(types);
    }

    public List<HazardType> types() {
        return List.copyOf(byName.values());
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    public Optional<HazardType> type(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The taxonomy's spelling of a name written with other capitals ("dataloss" -> "DataLoss"). */
    public Optional<String> spellingOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return byName.keySet().stream().filter(n -> n.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }
}
