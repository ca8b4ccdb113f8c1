-- Test issues: defects found in testing, with the hazards they bear on and their safety impact,
-- open until a resolution is recorded. The identifier is kept as written (TI-001, BUG-1234) and
-- compared ignoring case through id_key. An open issue has no resolution; a resolved one has its
-- text, who recorded it and when (the CHECK keeps the two states apart).
CREATE TABLE test_issue (
    id_key         VARCHAR(40) NOT NULL PRIMARY KEY,
    id             VARCHAR(40) NOT NULL,
    revision       BIGINT NOT NULL,
    title          VARCHAR(1000) NOT NULL,
    description    VARCHAR(100000) NOT NULL,
    safety_impact  VARCHAR(100000) NOT NULL,
    status         VARCHAR(20) NOT NULL,
    resolution     VARCHAR(100000),
    resolved_by    VARCHAR(200),
    resolved_at    TIMESTAMP WITH TIME ZONE,
    recorded_by    VARCHAR(200) NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT test_issue_status_name CHECK (status IN ('OPEN', 'RESOLVED')),
    CONSTRAINT test_issue_resolution CHECK (
        (status = 'OPEN' AND resolution IS NULL AND resolved_by IS NULL AND resolved_at IS NULL)
        OR (status = 'RESOLVED' AND resolution IS NOT NULL AND resolved_by IS NOT NULL AND resolved_at IS NOT NULL)),
    CONSTRAINT test_issue_revision_positive CHECK (revision > 0)
);

-- The hazards a test issue bears on, by the hazard's row, so a link follows a hazard renumbered later.
CREATE TABLE test_issue_hazard (
    test_issue_key VARCHAR(40) NOT NULL REFERENCES test_issue (id_key),
    hazard_id      BIGINT NOT NULL REFERENCES hazard (id),
    PRIMARY KEY (test_issue_key, hazard_id)
);
CREATE INDEX test_issue_hazard_hazard ON test_issue_hazard (hazard_id);
