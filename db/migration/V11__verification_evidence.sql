-- Verification evidence. Portable SQL for H2 and PostgreSQL; enums by name with CHECK constraints.
--
-- control_test: the tests that verify a control (an exact test id or a pattern), each saying
-- whether it is evidence of the control's implementation or of its effectiveness. Rewritten with
-- the control on every save, like the control's other parts.
CREATE TABLE control_test (
    control_id BIGINT NOT NULL REFERENCES control (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    pattern    VARCHAR(1000) NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    PRIMARY KEY (control_id, position),
    CONSTRAINT control_test_kind_name CHECK (kind IN ('IMPLEMENTATION', 'EFFECTIVENESS'))
);

-- One evidence run: the test reports of one build, recorded all or nothing. Runs are history:
-- they are never changed, and they outlive the controls they speak of.
CREATE TABLE evidence_run (
    number       INTEGER NOT NULL PRIMARY KEY,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by  VARCHAR(200) NOT NULL,
    commit_id    VARCHAR(100),
    build_url    VARCHAR(2000),
    reports      VARCHAR(100000) NOT NULL,
    test_cases   INTEGER NOT NULL,
    linked_tests INTEGER NOT NULL,
    unlinked     INTEGER NOT NULL,
    CONSTRAINT evidence_run_number_positive CHECK (number > 0)
);

-- The result of one link of one control in one run. basis is the fingerprint of what the control
-- said when the run was recorded (category, party, text, links): evidence counts for a control only
-- while it still says the same, so a reworded control or a changed link needs a new run.
CREATE TABLE evidence_result (
    run_number    INTEGER NOT NULL REFERENCES evidence_run (number),
    control_id    BIGINT NOT NULL,
    hazard_number INTEGER NOT NULL,
    position      INTEGER NOT NULL,
    pattern       VARCHAR(1000) NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    outcome       VARCHAR(20) NOT NULL,
    matched       INTEGER NOT NULL,
    failed        INTEGER NOT NULL,
    skipped       INTEGER NOT NULL,
    failed_tests  VARCHAR(10000) NOT NULL,
    basis         CHAR(64) NOT NULL,
    PRIMARY KEY (run_number, control_id, position),
    CONSTRAINT evidence_result_kind_name CHECK (kind IN ('IMPLEMENTATION', 'EFFECTIVENESS')),
    CONSTRAINT evidence_result_outcome_name CHECK (outcome IN ('PASSED', 'FAILED', 'SKIPPED', 'MISSING'))
);
CREATE INDEX evidence_result_control ON evidence_result (control_id, run_number);
