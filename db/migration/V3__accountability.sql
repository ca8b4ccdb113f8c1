-- Accountability: users and roles, the hash-chained audit trail, and issued (signed) versions.
-- Portable SQL for H2 and PostgreSQL; enums by name with CHECK constraints. V2 belongs to the
-- code review fingerprints of another feature; this migration does not depend on it.

-- People who work on the log. name_key is the name in lower case, so one person is one user
-- however their name is typed. A password is only ever stored as a salted PBKDF2 hash.
CREATE TABLE log_user (
    name_key            VARCHAR(200) NOT NULL PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    role                VARCHAR(20) NOT NULL,
    password_algorithm  VARCHAR(50),
    password_iterations INTEGER,
    password_salt       VARCHAR(100),
    password_hash       VARCHAR(100),
    added_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT log_user_role_name CHECK (role IN ('CSO', 'ENGINEER', 'VIEWER')),
    CONSTRAINT log_user_password_whole CHECK (
        (password_algorithm IS NULL AND password_iterations IS NULL AND password_salt IS NULL AND password_hash IS NULL)
        OR (password_algorithm IS NOT NULL AND password_iterations >= 210000 AND password_salt IS NOT NULL
            AND password_hash IS NOT NULL))
);

-- Append-only: HazardLog inserts events and never updates or deletes them. Each event holds the
-- hash of the one before; seq runs from 1 without gaps.
CREATE TABLE audit_event (
    seq           BIGINT NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    user_name     VARCHAR(200) NOT NULL,
    user_role     VARCHAR(20) NOT NULL,
    action        VARCHAR(30) NOT NULL,
    entity        VARCHAR(20) NOT NULL,
    entity_key    VARCHAR(200) NOT NULL,
    field         VARCHAR(1000) NOT NULL,
    old_value     VARCHAR(1000000),
    new_value     VARCHAR(1000000),
    reason        VARCHAR(100000),
    previous_hash CHAR(64) NOT NULL,
    hash          CHAR(64) NOT NULL,
    CONSTRAINT audit_event_seq_positive CHECK (seq > 0),
    CONSTRAINT audit_event_role_name CHECK (user_role IN ('CSO', 'ENGINEER', 'VIEWER')),
    CONSTRAINT audit_event_action_name CHECK (action IN ('CREATE', 'EDIT', 'IMPORT', 'ISSUE', 'USER_ADD',
        'USER_ROLE', 'USER_PASSWORD', 'SETTINGS', 'CODE_REVIEW'))
);
CREATE INDEX audit_event_entity ON audit_event (entity, entity_key);
CREATE INDEX audit_event_user ON audit_event (user_name);

-- The newest event, one row. Every write locks it first, so writers from the window and the
-- command line take turns and the sequence has no gaps or duplicates.
CREATE TABLE audit_head (
    id       INTEGER NOT NULL PRIMARY KEY,
    last_seq BIGINT NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT audit_head_single CHECK (id = 1)
);
INSERT INTO audit_head (id, last_seq, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Versions the CSO issued and signed. The snapshot is kept as JSON (HazardLog's export format),
-- one row per hazard; content_hash covers the whole version and the audit head it was signed at.
CREATE TABLE issued_version (
    number        INTEGER NOT NULL PRIMARY KEY,
    summary       VARCHAR(100000) NOT NULL,
    signed_by     VARCHAR(200) NOT NULL,
    signed_role   VARCHAR(20) NOT NULL,
    signed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    meaning       VARCHAR(100) NOT NULL,
    scheme_json   VARCHAR(1000000) NOT NULL,
    anchor_seq    BIGINT NOT NULL,
    anchor_hash   CHAR(64) NOT NULL,
    content_hash  CHAR(64) NOT NULL,
    CONSTRAINT issued_version_number_positive CHECK (number > 0),
    CONSTRAINT issued_version_role_name CHECK (signed_role IN ('CSO', 'ENGINEER', 'VIEWER'))
);

CREATE TABLE issued_hazard (
    version_number INTEGER NOT NULL REFERENCES issued_version (number),
    hazard_number  INTEGER NOT NULL,
    hazard_json    VARCHAR(10000000) NOT NULL,
    PRIMARY KEY (version_number, hazard_number)
);
