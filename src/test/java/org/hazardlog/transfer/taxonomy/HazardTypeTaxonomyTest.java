package org.hazardlog.transfer.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HazardTypeTaxonomyTest {

    private final HazardTypeTaxonomy taxonomy = HazardTypeTaxonomy.builtIn();

    @Test
    void shipsTheThirtySixTemplateTypes() {
        assertThat(taxonomy.types()).hasSize(36);
        assertThat(taxonomy.contains("WrongPatient")).isTrue();
        assertThat(taxonomy.contains("GeneralHazard")).isTrue();
    }

    @Test
    void givesEveryTypeAGroupAndADescription() {
        assertThat(taxonomy.types()).allSatisfy(t -> {
            assertThat(t.name()).matches("[A-Z][A-Za-z]+");
            assertThat(t.group()).isNotBlank();
            assertThat(t.description()).isNotBlank().endsWith(".");
        });
        assertThat(taxonomy.type("DataBreach")).get().extracting(HazardType::group).isEqualTo("Security");
    }

    @Test
    void doesNotKnowTheTypesUsersInvent() {
        assertThat(taxonomy.contains("UnauthorizedAccess")).isFalse();
        assertThat(taxonomy.contains("dataloss")).isFalse();
    }

    @Test
    void suggestsTheSpellingOfATypeWrittenWithOtherCapitals() {
        assertThat(taxonomy.spellingOf("dataloss")).contains("DataLoss");
        assertThat(taxonomy.spellingOf("Nonsense")).isEmpty();
    }
}
