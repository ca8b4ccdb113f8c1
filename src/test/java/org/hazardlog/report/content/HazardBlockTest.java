package org.hazardlog.report.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.report.RiskPalette;
import org.hazardlog.report.document.Table;
import org.hazardlog.report.document.Table.Cell;
import org.hazardlog.scheme.RiskSchemeFile;
import org.hazardlog.store.TempLogs;

/** A hazard's block shades exactly what the deploying organisation carries out or owns, never in a risk colour. */
class HazardBlockTest {

    private final RiskScheme scheme = RiskSchemeFile.defaultScheme();

    @Test
    void theDeployingOrganisationsControlsSitInABlueCellBelowTheManufacturers() {
        Hazard h = TempLogs.fullHazard(4).toBuilder().controls(List.of(
                new Control(null, ControlCategory.DESIGN, ControlParty.MANUFACTURER, "Strike through discontinued doses.",
                        ControlStatus.IMPLEMENTED, "", ""),
                new Control(null, ControlCategory.DESIGN, ControlParty.DEPLOYMENT, "Configure the ward's filter.",
                        ControlStatus.PROPOSED, "", ""))).build();
        List<List<Cell>> rows = HazardBlock.of(h, scheme).rows();
        List<Cell> ours = rowWith(rows, "Strike through");
        List<Cell> theirs = rowWith(rows, "Configure the ward");
        assertThat(ours.get(0).text()).isEqualTo("Design controls");
        assertThat(ours.get(1).fill()).isNull();
        assertThat(ours.get(1).text()).doesNotContain("Configure");
        assertThat(rows.indexOf(theirs)).isEqualTo(rows.indexOf(ours) + 1);
        assertThat(theirs.get(0).text()).as("one category, labelled once").isEmpty();
        assertThat(theirs.get(1).fill()).isEqualTo(HazardBlock.DEPLOYMENT_FILL);
        assertThat(theirs.get(1).text()).contains("(Deploying organisation, Proposed)");
    }

    @Test
    void aTransferredHazardsOwnerAndStatusAreVioletAndTheLegendNamesBothShades() {
        Hazard h = TempLogs.fullHazard(5).toBuilder().status(HazardStatus.TRANSFERRED).statusText("Transferred").build();
        List<Cell> status = rowWith(HazardBlock.of(h, scheme).rows(), "Transferred");
        assertThat(status.get(1).fill()).isEqualTo(HazardBlock.TRANSFERRED_FILL);
        Table legend = HazardBlock.legend();
        assertThat(legend.rows().get(0)).extracting(Cell::fill)
                .containsExactly(HazardBlock.TRANSFERRED_FILL, HazardBlock.DEPLOYMENT_FILL);
        for (int level = 1; level <= scheme.riskLevels().size(); level++) {
            assertThat(RiskPalette.fill(scheme, level)).as("a shade that is not risk level " + level)
                    .isNotIn(HazardBlock.TRANSFERRED_FILL, HazardBlock.DEPLOYMENT_FILL);
        }
    }

    private static List<Cell> rowWith(List<List<Cell>> rows, String text) {
        return rows.stream().filter(r -> r.get(1).text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text));
    }
}
