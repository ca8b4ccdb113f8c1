package org.hazardlog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;

/** The repository on a real H2 file after the real migrations. */
class HazardRepositoryTest {

    @TempDir
    Path folder;

    private HazardLogDatabase db;
    private final HazardRepository repository = new HazardRepository();

    @BeforeEach
    void open() {
        db = HazardLogDatabase.openOrCreate(TempLogs.in(folder));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Hazard insert(Hazard h) {
        return db.jdbi().inTransaction(handle -> repository.insert(handle, h));
    }

    private Hazard update(Hazard h) {
        return db.jdbi().inTransaction(handle -> repository.update(handle, h));
    }

    private List<Hazard> all() {
        return db.jdbi().withHandle(repository::findAll);
    }

    @Test
    void aCreatedHazardReadsBackWithEveryField() {
        Hazard written = TempLogs.fullHazard(27);
        Hazard stored = insert(written);

        assertThat(stored.id()).isNotNull();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.controls()).allSatisfy(c -> assertThat(c.id()).isNotNull());
        Hazard read = db.jdbi().withHandle(h -> repository.findByNumber(h, 27)).orElseThrow();
        assertThat(read).isEqualTo(stored);
        assertThat(read.toBuilder().controls(written.controls()).build().sameContent(written)).isTrue();
        assertThat(read.controls()).extracting(Control::text, Control::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Strike through discontinued doses.", ControlStatus.IMPLEMENTED),
                org.assertj.core.groups.Tuple.tuple("Brief ward pharmacists.", ControlStatus.PROPOSED));
    }

    @Test
    void anUpdateChangesTheFieldsAndTheRevision() {
        Hazard stored = insert(TempLogs.fullHazard(1));
        Control first = stored.controls().get(0);
        Hazard edited = stored.toBuilder()
                .name("Renamed")
                .residual(Assessment.of(1, 3))
                .status(HazardStatus.CLOSED)
                .causes(List.of("Only cause"))
                .controls(List.of(stored.controls().get(1), first.withStatus(ControlStatus.EFFECTIVENESS_VERIFIED)))
                .build();

        Hazard saved = update(edited);

        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.sameContent(edited)).isTrue();
        assertThat(saved.controls().get(1).id()).as("a control keeps its id when reordered").isEqualTo(first.id());
        assertThat(all()).containsExactly(saved);
    }

    @Test
    void aSaveBasedOnAStaleCopyIsRefusedAndTheOtherChangeIsKept() {
        Hazard stored = insert(TempLogs.fullHazard(5));
        Hazard theirs = update(stored.toBuilder().name("Their name").build());

        Hazard mine = stored.toBuilder().name("My name").build();
        assertThatThrownBy(() -> update(mine))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("Hazard 5")
                .hasMessageContaining("changed by someone else")
                .hasMessageContaining("revision 1")
                .hasMessageContaining("revision 2");

        assertThat(all()).containsExactly(theirs);
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        insert(TempLogs.fullHazard(1));
        assertThatThrownBy(() -> db.jdbi().useTransaction(handle -> {
            repository.insert(handle, TempLogs.fullHazard(2));
            repository.insert(handle, TempLogs.fullHazard(3));
            throw new IllegalStateException("the third step of the operation failed");
        })).hasMessageContaining("third step");

        assertThat(all()).extracting(Hazard::number).containsExactly(1);
        int controls = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM control").mapTo(Integer.class).one());
        assertThat(controls).isEqualTo(2);
    }

    @Test
    void aSecondHazardWithATakenNumberIsRefused() {
        insert(TempLogs.fullHazard(9));
        assertThatThrownBy(() -> insert(TempLogs.fullHazard(9)))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("Hazard 9 already exists");
    }

    @Test
    void hazardsAreListedInNumberOrderAndTheNextNumberFollowsTheHighest() {
        insert(TempLogs.fullHazard(12));
        insert(TempLogs.fullHazard(3));
        assertThat(all()).extracting(Hazard::number).containsExactly(3, 12);
        int next = db.jdbi().withHandle(repository::nextNumber);
        assertThat(next).isEqualTo(13);
    }

    @Test
    void theDatabaseRefusesAStatusThatIsNotOneOfTheFour() {
        insert(TempLogs.fullHazard(1));
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("UPDATE hazard SET status = 'MAYBE'")))
                .hasMessageContaining("HAZARD_STATUS_NAME");
    }
}
