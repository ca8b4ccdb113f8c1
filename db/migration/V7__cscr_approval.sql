-- Clinical Safety Case Report approvals: the CSO's signature on the exact content of one report,
-- made from one issued version of the log. Separate from issuing the version. The report content
-- is kept as its format-neutral JSON (document_json), so an approved report renders the same
-- every time; content_hash is the SHA-256 of that text. Insert only.
CREATE TABLE cscr_approval (
    number          INTEGER NOT NULL PRIMARY KEY,
    version_number  INTEGER NOT NULL REFERENCES issued_version (number),
    content_hash    CHAR(64) NOT NULL,
    statement       VARCHAR(1000000) NOT NULL,
    sign_off        VARCHAR(1000000) NOT NULL,
    confirmed_gaps  VARCHAR(1000000) NOT NULL,
    document_json   CLOB NOT NULL,
    signed_by       VARCHAR(200) NOT NULL,
    signed_role     VARCHAR(20) NOT NULL,
    signed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    meaning         VARCHAR(100) NOT NULL,
    CONSTRAINT cscr_approval_number_positive CHECK (number > 0),
    CONSTRAINT cscr_approval_role_name CHECK (signed_role IN ('CSO', 'ENGINEER', 'VIEWER'))
);
CREATE INDEX cscr_approval_version ON cscr_approval (version_number);

-- The audit trail gains one action: approving a safety case report.
ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_name;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_name CHECK (action IN ('CREATE', 'EDIT', 'IMPORT',
    'ISSUE', 'USER_ADD', 'USER_ROLE', 'USER_PASSWORD', 'SETTINGS', 'CODE_REVIEW', 'APPROVE'));
