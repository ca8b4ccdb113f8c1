package org.hazardlog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.access.AccessRefusedException;
import org.hazardlog.domain.access.WrongPasswordException;
import org.hazardlog.store.HazardLogDatabase;
import org.hazardlog.store.HazardLogFile;

/** Passwords are kept only as slow salted hashes and guarded like the signatures they protect. */
class PasswordsTest {

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

    private List<Map<String, Object>> rows(String table) {
        try (HazardLogDatabase db = HazardLogDatabase.open(file)) {
            return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM " + table).mapToMap().list());
        }
    }

    @Test
    void noTableHoldsThePasswordInClearAndTheHashIsSaltedAndSlow() {
        try (HazardLogService log = HazardLogService.openOrCreate(file, TeamLog.CSO)) {
            log.users().setPassword(TeamLog.ENGINEER, TeamLog.PASSWORD.toCharArray(), TeamLog.PASSWORD.toCharArray());
        }
        List<String> everything = new ArrayList<>();
        for (String table : List.of("log_user", "audit_event", "log_info", "audit_head")) {
            rows(table).forEach(r -> r.values().forEach(v -> everything.add(String.valueOf(v))));
        }
        assertThat(everything).noneMatch(v -> v.contains(TeamLog.PASSWORD)).noneMatch(v -> v.contains("correct horse"));

        List<Map<String, Object>> users = rows("log_user");
        Map<String, Object> cso = users.stream().filter(r -> r.get("name").equals("cso")).findFirst().orElseThrow();
        Map<String, Object> eng = users.stream().filter(r -> r.get("name").equals("eng")).findFirst().orElseThrow();
        assertThat(cso.get("password_algorithm")).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat((Integer) cso.get("password_iterations")).isGreaterThanOrEqualTo(210_000);
        assertThat(Base64.getDecoder().decode((String) cso.get("password_salt"))).hasSize(16);
        assertThat(cso.get("password_salt")).as("a fresh salt for each password").isNotEqualTo(eng.get("password_salt"));
        assertThat(cso.get("password_hash")).as("same password, different hash").isNotEqualTo(eng.get("password_hash"));
    }

    @Test
    void changingYourOwnPasswordNeedsTheOldOne() {
        try (HazardLogService log = HazardLogService.openOrCreate(file, TeamLog.CSO)) {
            assertThatThrownBy(() -> log.users().setPassword(null, "a new password".toCharArray(), "guess guess".toCharArray()))
                    .isInstanceOf(WrongPasswordException.class);
            log.users().setPassword(null, "a new password".toCharArray(), TeamLog.PASSWORD.toCharArray());
            assertThatThrownBy(() -> log.versions().issue("Old password", TeamLog.PASSWORD.toCharArray()))
                    .isInstanceOf(WrongPasswordException.class);
            assertThat(log.versions().issue("New password", "a new password".toCharArray()).number()).isEqualTo(1);
        }
    }

    @Test
    void onlyACsoResetsSomeoneElsesPasswordAndOnlyWithTheirOwn() {
        try (HazardLogService log = HazardLogService.openOrCreate(file, TeamLog.ENGINEER)) {
            assertThatThrownBy(() -> log.users().setPassword(TeamLog.VIEWER, "a new password".toCharArray(), null))
                    .isInstanceOf(AccessRefusedException.class).hasMessageContaining("needs the CSO role");
            assertThatThrownBy(() -> log.users().setPassword(null, "my own password".toCharArray(), null))
                    .isInstanceOf(WrongPasswordException.class)
                    .hasMessageContaining("nobody sets their own first password");
        }
        try (HazardLogService log = HazardLogService.openOrCreate(file, TeamLog.CSO)) {
            assertThatThrownBy(() -> log.users().setPassword(TeamLog.VIEWER, "a new password".toCharArray(), null))
                    .isInstanceOf(WrongPasswordException.class);
            log.users().setPassword(TeamLog.VIEWER, "a new password".toCharArray(), TeamLog.PASSWORD.toCharArray());
            assertThat(log.users().find(TeamLog.VIEWER).orElseThrow().hasPassword()).isTrue();
        }
    }

    @Test
    void aShortPasswordIsRefusedAndThePassedArraysAreCleared() {
        char[] short_ = "short".toCharArray();
        try (HazardLogService log = HazardLogService.open(file, TeamLog.CSO)) {
            assertThatThrownBy(() -> log.users().setPassword(TeamLog.VIEWER, short_, TeamLog.PASSWORD.toCharArray()))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least 8 characters");
            char[] good = "long enough".toCharArray();
            char[] mine = TeamLog.PASSWORD.toCharArray();
            log.users().setPassword(TeamLog.VIEWER, good, mine);
            assertThat(good).containsOnly('\0');
            assertThat(mine).containsOnly('\0');
        }
        char[] zeros = new char[5];
        Arrays.fill(zeros, '\0');
        assertThat(short_).isEqualTo(zeros);
    }
}
