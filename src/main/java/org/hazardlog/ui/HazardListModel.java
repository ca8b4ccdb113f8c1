package org.hazardlog.ui;

import java.util.Map;
import java.util.WeakHashMap;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardFilter;
import org.hazardlog.domain.evidence.ControlVerification;
import org.hazardlog.domain.evidence.EvidenceExceptions;
import org.hazardlog.domain.RiskScheme;

/**
 * The hazards the table shows: all of the log's, narrowed by the user's filter. The searchable text
 * of each hazard is built once and kept until the hazard changes, so filtering as the user types
 * stays fast on large logs.
 */
final class HazardListModel {

    private final ObservableList<Hazard> all;
    private final FilteredList<Hazard> shown;
    private final ObjectProperty<HazardFilter> filter = new SimpleObjectProperty<>(HazardFilter.ALL);
    private final ObjectProperty<RiskScheme> scheme;
    /** Kept beside the filter, not in it: the exceptions are judged against the log's risk scheme and evidence. */
    private final BooleanProperty exceptionsOnly = new SimpleBooleanProperty();
    /** The control states of the latest evidence run, and whether to show only hazards whose residual they leave unverified. */
    private final ObjectProperty<ControlVerification> evidence = new SimpleObjectProperty<>(ControlVerification.none());
    private final BooleanProperty unverifiedOnly = new SimpleBooleanProperty();
    private final Map<Hazard, String> searchText = new WeakHashMap<>();

    HazardListModel(ObservableList<Hazard> all, ObjectProperty<RiskScheme> scheme) {
        this.all = all;
        this.scheme = scheme;
        this.shown = new FilteredList<>(all);
        filter.addListener((o, was, now) -> apply());
        scheme.addListener((o, was, now) -> apply());
        exceptionsOnly.addListener((o, was, now) -> apply());
        evidence.addListener((o, was, now) -> apply());
        unverifiedOnly.addListener((o, was, now) -> apply());
    }

    private void apply() {
        HazardFilter f = filter.get();
        RiskScheme s = scheme.get();
        if (s == null || (f.isEmpty() && !exceptionsOnly.get() && !unverifiedOnly.get())) {
            shown.setPredicate(null);
            return;
        }
        java.util.function.Predicate<Hazard> p = f.matcher(s, this::searchTextOf);
        ControlVerification v = evidence.get();
        if (exceptionsOnly.get()) {
            p = p.and(h -> EvidenceExceptions.hasAny(h, s, v));
        }
        if (unverifiedOnly.get()) {
            p = p.and(h -> v.residualUnverified(h, s));
        }
        shown.setPredicate(p);
    }

    ObjectProperty<ControlVerification> evidenceProperty() {
        return evidence;
    }

    /** Whether the table shows only hazards whose residual rests on a control with failing or missing evidence. */
    BooleanProperty unverifiedOnlyProperty() {
        return unverifiedOnly;
    }

    /** Whether the table shows only hazards with an exception a safety case must list. */
    BooleanProperty exceptionsOnlyProperty() {
        return exceptionsOnly;
    }

    /** Hazards are immutable, so a hazard object's text never goes stale; a saved copy is a new object. */
    private String searchTextOf(Hazard h) {
        return searchText.computeIfAbsent(h, HazardFilter::searchText);
    }

    /**
     * Builds the searchable text of many hazards; safe to call off the UI thread, so that the first
     * keystroke in the quick filter does not pay for a whole large log.
     */
    static Map<Hazard, String> searchTexts(java.util.List<Hazard> hazards) {
        Map<Hazard, String> texts = new java.util.HashMap<>(hazards.size() * 2);
        hazards.forEach(h -> texts.put(h, HazardFilter.searchText(h)));
        return texts;
    }

    void remember(Map<Hazard, String> texts) {
        searchText.putAll(texts);
    }

    ObservableList<Hazard> shown() {
        return shown;
    }

    ObjectProperty<HazardFilter> filterProperty() {
        return filter;
    }

    HazardFilter filter() {
        return filter.get();
    }

    void setFilter(HazardFilter f) {
        filter.set(f);
    }

    /** "42 of 310 hazards", or "310 hazards" when nothing is filtered out. */
    StringBinding countText() {
        return Bindings.createStringBinding(() -> {
            int total = all.size();
            String noun = total == 1 ? " hazard" : " hazards";
            return shown.size() == total ? total + noun : shown.size() + " of " + total + noun;
        }, shown, all);
    }
}
