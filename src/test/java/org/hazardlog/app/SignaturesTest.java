package org.hazardlog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.access.AccessRefusedException;
import org.hazardlog.domain.access.PasswordHash;
import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.access.WrongPasswordException;
import org.hazardlog.domain.audit.AuditAction;
import org.hazardlog.domain.audit.AuditChain;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.domain.audit.ChainHead;
import org.hazardlog.domain.audit.UserLedger;
import org.hazardlog.store.AuditRepository;
import org.hazardlog.store.HazardLogDatabase;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.store.UserRepository;

/** Only a CSO whose password came from the log's creator or another CSO can sign. */
class SignaturesTest {

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static TeamLog team;
    private HazardLogFile file;

    @BeforeAll
    static void makeTeam() {
        team = TeamLog.makeIn(shared);
    }

    @BeforeEach
    void copy() {
        file = team.copyTo(folder);
    }

    @Test
    void theCsoNamedAtCreationSignsWithThePasswordTheCreatorGave() {
        HazardLogFile fresh = HazardLogFile.at(folder.resolve("fresh"));
        char[] password = "the creator's choice".toCharArray();
        try (HazardLogService log = HazardLogService.create(fresh, "alice", password)) {
            assertThat(password).containsOnly('\0');
            assertThat(log.users().find("alice").orElseThrow().role()).isEqualTo(Role.CSO);
            assertThat(log.versions().issue("First", "the creator's choice".toCharArray()).signature().name())
                    .isEqualTo("alice");
            assertThat(log.audit().verify().isIntact()).isTrue();
        }
    }

    @Test
    void creatingRefusesAnExistingFileAndAnEmptyPassword() throws Exception {
        long before = Files.size(file.file());
        assertThatThrownBy(() -> HazardLogService.create(file, "alice", "long enough".toCharArray()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("already exists");
        assertThat(Files.size(file.file())).isEqualTo(before);
        HazardLogFile fresh = HazardLogFile.at(folder.resolve("empty-password"));
        assertThatThrownBy(() -> HazardLogService.create(fresh, "alice", new char[0]))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("needs a password");
        assertThat(fresh.exists()).isFalse();
    }

    /** The attack: a CSO without a password, claimed by anyone who names themselves that CSO. */
    @Test
    void nobodyGivesAPasswordlessCsoTheirFirstPasswordByNamingThemselves() {
        try (HazardLogService log = HazardLogService.open(file, TeamLog.CSO)) {
            log.users().add("alice", Role.CSO);
        }
        try (HazardLogService mallory = HazardLogService.open(file, "alice")) {
            assertThatThrownBy(() -> mallory.users().setPassword(null, "mallory's secret".toCharArray(), null))
                    .isInstanceOf(WrongPasswordException.class)
                    .hasMessageContaining("nobody sets their own first password")
                    .hasMessageContaining("hazardlog users passwd alice, run by that CSO");
            assertThatThrownBy(() -> mallory.versions().issue("Forged", "mallory's secret".toCharArray()))
                    .isInstanceOf(WrongPasswordException.class).hasMessageContaining("alice has none");
            assertThat(mallory.versions().list()).isEmpty();
            assertThat(mallory.users().find("alice").orElseThrow().hasPassword()).isFalse();
        }
    }

    @Test
    void anotherCsoGivesThePasswordWithTheirOwnAndThenTheOwnerSigns() {
        try (HazardLogService log = HazardLogService.open(file, TeamLog.CSO)) {
            log.users().add("alice", Role.CSO);
            assertThatThrownBy(() -> log.users().setPassword("alice", "alice's password".toCharArray(),
                    "not my password".toCharArray())).isInstanceOf(WrongPasswordException.class);
            log.users().setPassword("alice", "alice's password".toCharArray(), TeamLog.PASSWORD.toCharArray());
        }
        try (HazardLogService alice = HazardLogService.open(file, "alice")) {
            assertThat(alice.versions().issue("Signed by alice", "alice's password".toCharArray()).number()).isEqualTo(1);
            alice.users().setPassword(null, "alice's own choice".toCharArray(), "alice's password".toCharArray());
            assertThat(alice.versions().issue("Still alice", "alice's own choice".toCharArray()).number()).isEqualTo(2);
        }
    }

    @Test
    void aCsoAddedWithAPasswordSignsAndAddingOneNeedsTheAddersPassword() {
        try (HazardLogService log = HazardLogService.open(file, TeamLog.CSO)) {
            assertThatThrownBy(() -> log.users().add("alice", Role.CSO, "alice's password".toCharArray(),
                    "a guess at it".toCharArray())).isInstanceOf(WrongPasswordException.class);
            assertThat(log.users().find("alice")).isEmpty();
            log.users().add("alice", Role.CSO, "alice's password".toCharArray(), TeamLog.PASSWORD.toCharArray());
        }
        try (HazardLogService alice = HazardLogService.open(file, "alice")) {
            assertThat(alice.versions().issue("By alice", "alice's password".toCharArray()).signature().name())
                    .isEqualTo("alice");
        }
    }

    /** A log from before this rule, whose owner gave themselves a first password: it cannot sign. */
    @Test
    void aFirstPasswordItsOwnerGaveThemselvesCannotSign() {
        try (HazardLogService log = HazardLogService.open(file, TeamLog.CSO)) {
            log.users().setRole(TeamLog.ENGINEER, Role.CSO);
        }
        try (HazardLogDatabase db = HazardLogDatabase.open(file)) {
            db.jdbi().useTransaction(h -> {
                AuditRepository events = new AuditRepository();
                ChainHead head = events.lockHead(h);
                PasswordHash hash = PasswordHash.of("self-chosen pass".toCharArray());
                new UserRepository().setPassword(h, TeamLog.ENGINEER, hash);
                events.append(h, java.util.List.of(AuditChain.next(head, Instant.now(), TeamLog.ENGINEER, Role.CSO,
                        AuditAction.USER_PASSWORD, AuditEvent.USER, TeamLog.ENGINEER, "password", null,
                        UserLedger.passwordValue(hash.fingerprint()), null)));
            });
        }
        try (HazardLogService eng = HazardLogService.open(file, TeamLog.ENGINEER)) {
            assertThatThrownBy(() -> eng.versions().issue("Self-made", "self-chosen pass".toCharArray()))
                    .isInstanceOf(WrongPasswordException.class)
                    .hasMessageContaining("set by eng alone on an account that had none");
            assertThat(eng.audit().verify().isIntact()).as("that history is not tampering").isTrue();
        }
    }

    @Test
    void aPasswordWrittenIntoTheUsersTableOutsideHazardLogCannotSign() {
        try (HazardLogService log = HazardLogService.open(file, TeamLog.CSO)) {
            log.users().setRole(TeamLog.ENGINEER, Role.CSO);
        }
        PasswordHash planted = PasswordHash.of("planted password".toCharArray());
        try (HazardLogDatabase db = HazardLogDatabase.open(file)) {
            db.jdbi().useHandle(h -> {
                new UserRepository().setPassword(h, TeamLog.ENGINEER, planted);
                new UserRepository().setPassword(h, TeamLog.CSO, planted);
            });
        }
        try (HazardLogService eng = HazardLogService.open(file, TeamLog.ENGINEER)) {
            assertThatThrownBy(() -> eng.versions().issue("Planted", "planted password".toCharArray()))
                    .isInstanceOf(WrongPasswordException.class).hasMessageContaining("no record of eng's password");
        }
        try (HazardLogService cso = HazardLogService.open(file, TeamLog.CSO)) {
            assertThatThrownBy(() -> cso.versions().issue("Replaced", "planted password".toCharArray()))
                    .isInstanceOf(WrongPasswordException.class).hasMessageContaining("not the one the audit trail recorded");
            assertThat(cso.versions().list()).isEmpty();
        }
    }

    @Test
    void deletingAllUsersDoesNotMakeTheNextPersonTheCso() {
        try (HazardLogDatabase db = HazardLogDatabase.open(file)) {
            db.jdbi().useHandle(h -> h.execute("DELETE FROM log_user"));
        }
        try (HazardLogService mallory = HazardLogService.open(file, "mallory")) {
            assertThatThrownBy(() -> mallory.create(Hazard.builder().name("Mine now").build()))
                    .isInstanceOf(AccessRefusedException.class).hasMessageContaining("users were removed outside HazardLog");
            assertThat(mallory.users().list()).isEmpty();
            assertThat(mallory.actor().isUser()).isFalse();
        }
    }

    /** Naming yourself a CSO is enough to change roles, but not to hand someone with a password the right to sign. */
    @Test
    void makingSomeoneWithAPasswordACsoNeedsTheActingCsosPassword() {
        try (HazardLogService log = HazardLogService.open(file, TeamLog.CSO)) {
            log.users().setPassword(TeamLog.ENGINEER, "eng's password".toCharArray(), TeamLog.PASSWORD.toCharArray());
            assertThatThrownBy(() -> log.users().setRole(TeamLog.ENGINEER, Role.CSO))
                    .isInstanceOf(WrongPasswordException.class).hasMessageContaining("Making eng a CSO");
            assertThatThrownBy(() -> log.users().setRole(TeamLog.ENGINEER, Role.CSO, "a guess".toCharArray()))
                    .isInstanceOf(WrongPasswordException.class);
            assertThat(log.users().find(TeamLog.ENGINEER).orElseThrow().role()).isEqualTo(Role.ENGINEER);
            log.users().setRole(TeamLog.VIEWER, Role.CSO);
            char[] mine = TeamLog.PASSWORD.toCharArray();
            log.users().setRole(TeamLog.ENGINEER, Role.CSO, mine);
            assertThat(mine).containsOnly('\0');
            assertThat(log.users().find(TeamLog.ENGINEER).orElseThrow().role()).isEqualTo(Role.CSO);
        }
    }
}
